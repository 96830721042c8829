package tcplab.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tcplab.engine.AppCall;
import tcplab.engine.Flag;
import tcplab.engine.RelativeNumbers;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentEvent;
import tcplab.engine.SegmentSent;
import tcplab.engine.StateChanged;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * A trace as CSV (RFC 4180: comma-separated, CR LF line ends, UTF-8, a header row, a field
 * quoted when it holds a comma, a quote or a line break, quotes doubled), one row per event in
 * trace order. Spreadsheets and scripts read it without knowing the lab.
 *
 * <p>The columns:
 * <ul>
 * <li>{@code step}: the event's number, from 1, as the window steps through them;</li>
 * <li>{@code time_us}: simulated (or captured) time in microseconds since the start;</li>
 * <li>{@code side}: {@code client} or {@code server}: the sender for sent, dropped and duplicated
 *     segments, else the host it happens at;</li>
 * <li>{@code event}: {@code sent}, {@code delivered}, {@code dropped}, {@code duplicated},
 *     {@code state}, {@code timer-armed}, {@code timer-fired}, {@code timer-cancelled} or
 *     {@code app};</li>
 * <li>{@code transmission}: a segment event's transmission id (a link's copy has its own);</li>
 * <li>{@code flags}: the segment's flags joined by {@code +}, e.g. {@code SYN+ACK};</li>
 * <li>{@code seq}, {@code ack}: sequence and acknowledgment numbers relative to the ISNs, as
 *     Wireshark shows them ({@code ack} empty without the ACK flag);</li>
 * <li>{@code raw_seq}, {@code raw_ack}: the same numbers as sent on the wire;</li>
 * <li>{@code len}: payload bytes; {@code window}: the advertised window;</li>
 * <li>{@code state}: for a state event, the state entered (RFC 9293 spelling);</li>
 * <li>{@code detail}: what else the event says: {@code retransmission} for a repeated segment,
 *     the cause of a loss ({@code random-loss}, {@code fault}), {@code copy=N} for a duplicate,
 *     {@code from=STATE} for a state event, the timer ({@code RETRANSMISSION expires_us=N
 *     attempt=N}), or the application call ({@code WRITE bytes=N}).</li>
 * </ul>
 */
public final class TraceCsv {

    /** The header row's columns, in order. */
    public static final List<String> COLUMNS = List.of("step", "time_us", "side", "event", "transmission", "flags",
            "seq", "ack", "raw_seq", "raw_ack", "len", "window", "state", "detail");

    private static final String LINE_END = "\r\n";

    private TraceCsv() {
    }

    /** Writes {@code trace} as CSV to {@code out}, which stays open. */
    public static void write(Trace trace, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(row(COLUMNS));
        List<TraceEvent> events = trace.events();
        for (int i = 0; i < events.size(); i++) {
            writer.write(row(fields(trace.relativeNumbers(), i + 1, events.get(i))));
        }
        writer.flush();
    }

    private static List<String> fields(RelativeNumbers numbers, int step, TraceEvent event) {
        String[] row = new String[COLUMNS.size()];
        Arrays.fill(row, "");
        row[0] = Integer.toString(step);
        row[1] = Long.toString(event.time());
        row[2] = event.side().name().toLowerCase(Locale.ROOT);
        if (event instanceof SegmentEvent segmentEvent) {
            Segment segment = segmentEvent.segment();
            row[4] = Integer.toString(segmentEvent.transmissionId());
            row[5] = segment.flagsJoined("+");
            row[6] = Long.toString(numbers.seq(segmentEvent.transmissionId(), segment));
            row[7] = segment.has(Flag.ACK) ? Long.toString(numbers.ack(segmentEvent.transmissionId(), segment)) : "";
            row[8] = Long.toString(segment.seq());
            row[9] = segment.has(Flag.ACK) ? Long.toString(segment.ack()) : "";
            row[10] = Integer.toString(segment.length());
            row[11] = Integer.toString(segment.window());
        }
        if (event instanceof SegmentSent sent) {
            row[3] = "sent";
            row[13] = sent.retransmission() ? "retransmission" : "";
        } else if (event instanceof SegmentDelivered) {
            row[3] = "delivered";
        } else if (event instanceof SegmentDropped dropped) {
            row[3] = "dropped";
            row[13] = dropped.cause().name().toLowerCase(Locale.ROOT).replace('_', '-');
        } else if (event instanceof SegmentDuplicated duplicated) {
            row[3] = "duplicated";
            row[13] = "copy=" + duplicated.copyId();
        } else if (event instanceof StateChanged change) {
            row[3] = "state";
            row[12] = change.to().rfcName();
            row[13] = "from=" + change.from().rfcName();
        } else if (event instanceof TimerArmed armed) {
            row[3] = "timer-armed";
            row[13] = armed.kind().name() + " expires_us=" + armed.expiresAt() + " attempt=" + armed.attempt();
        } else if (event instanceof TimerFired fired) {
            row[3] = "timer-fired";
            row[13] = fired.kind().name();
        } else if (event instanceof TimerCancelled cancelled) {
            row[3] = "timer-cancelled";
            row[13] = cancelled.kind().name();
        } else if (event instanceof AppCall call) {
            row[3] = "app";
            row[13] = call.action().name() + (call.bytes() > 0 ? " bytes=" + call.bytes() : "");
        }
        return List.of(row);
    }

    private static String row(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (String field : fields) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(field(field));
        }
        return line.append(LINE_END).toString();
    }

    /** One field as RFC 4180 writes it: quoted, with its quotes doubled, if it needs to be. */
    static String field(String value) {
        boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
