package tcplab.engine;

import java.util.Locale;

/**
 * Renders a trace as compact text for golden tests, one event a line:
 * {@code time_ms side event details}, with sequence and acknowledgment numbers relative to the
 * ISNs as Wireshark shows them. A SYN's options are not shown: golden files pin the schedule.
 */
final class TraceText {

    private TraceText() {
    }

    static String render(Trace trace) {
        StringBuilder out = new StringBuilder();
        for (TraceEvent event : trace.events()) {
            out.append(String.format(Locale.ROOT, "%10.3f %s ", event.time() / 1000.0, event.side().letter()));
            out.append(describe(trace, event)).append('\n');
        }
        return out.toString();
    }

    private static String describe(Trace trace, TraceEvent event) {
        if (event instanceof SegmentSent e) {
            return "send" + (e.retransmission() ? "*" : " ") + " #" + e.ordinal() + " " + segment(trace, e)
                    + (e.oldDuplicate() ? " (old duplicate of an earlier connection)" : "");
        } else if (event instanceof SegmentDelivered e) {
            return "recv     " + segment(trace, e);
        } else if (event instanceof SegmentDropped e) {
            return "drop     " + segment(trace, e) + " (" + e.cause().name().toLowerCase(Locale.ROOT) + ")";
        } else if (event instanceof SegmentDuplicated e) {
            return "dup      " + segment(trace, e);
        } else if (event instanceof StateChanged e) {
            return "state    " + e.from().rfcName() + " -> " + e.to().rfcName();
        } else if (event instanceof TimerArmed e) {
            return String.format(Locale.ROOT, "arm      %s until %.3f%s", timer(e.kind()), e.expiresAt() / 1000.0,
                    e.attempt() > 0 ? " (attempt " + e.attempt() + ")" : "");
        } else if (event instanceof TimerFired e) {
            return "fire     " + timer(e.kind());
        } else if (event instanceof TimerCancelled e) {
            return "stop     " + timer(e.kind());
        }
        AppCall e = (AppCall) event;
        return "app      " + e.action().traceName() + (e.bytes() > 0 ? " " + e.bytes() : "");
    }

    private static String segment(Trace trace, SegmentEvent event) {
        Segment s = event.segment();
        RelativeNumbers numbers = trace.relativeNumbers();
        String text = s.flagsJoined("+") + " seq=" + numbers.seq(event.transmissionId(), s);
        if (s.has(Flag.ACK)) {
            text += " ack=" + numbers.ack(event.transmissionId(), s);
        }
        return s.length() > 0 ? text + " len=" + s.length() : text;
    }

    private static String timer(TimerKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
