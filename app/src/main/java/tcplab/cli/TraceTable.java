package tcplab.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tcplab.engine.AppAction;
import tcplab.engine.AppCall;
import tcplab.engine.RelativeNumbers;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentEvent;
import tcplab.engine.SegmentSent;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.explain.Formats;

/**
 * A trace as the tab-separated table {@code trace} prints: one row per segment transmission,
 * delivery, loss and duplication, state change, timeout and application call. Timer starts and
 * stops are left out; their effect shows as {@code timeout} rows and retransmissions. An old SYN of
 * an earlier connection that enters the link during the run is an {@code old} row, not a
 * {@code send}: its side did not send it then.
 *
 * <p>Sequence numbers are shown as Wireshark shows them by default: {@code seq} relative to the
 * sender's ISN, {@code ack} relative to the receiver's, and 0 for the acknowledgment field of a
 * segment without ACK; {@code absolute} prints the raw 32-bit fields instead. The ISNs are those of
 * the connection the segment was sent in ({@link RelativeNumbers}, which the window uses too), and
 * every row of one transmission (send, dup, drop, recv) shows the same numbers, even when an old
 * duplicate arrives during a later connection.
 *
 * <p>With an {@link ExplanationColumn}, every row ends with the event's explanation, escaped so
 * that it stays one field ({@link #escape}), and timer starts and stops get rows too ({@code arm},
 * {@code stop}), so that every event's explanation is printed.
 */
final class TraceTable {

    static final String HEADER = "t_ms\tside\tevent\tflags\tseq\tack\tlen\tstate";

    private static final String NONE = "-";

    private final Trace trace;
    private final boolean absolute;
    private final Map<Integer, TcpState> alternatives;
    private final Optional<ExplanationColumn> explanation;

    TraceTable(Trace trace, boolean absolute) {
        this(trace, absolute, Map.of(), Optional.empty());
    }

    TraceTable(Trace trace, boolean absolute, Optional<ExplanationColumn> explanation) {
        this(trace, absolute, Map.of(), explanation);
    }

    /**
     * @param alternatives for a state change (by event index) that a capture cannot tell from
     *                     another, the other state: the row shows both, e.g. {@code CLOSED|LAST-ACK}
     */
    TraceTable(Trace trace, boolean absolute, Map<Integer, TcpState> alternatives,
               Optional<ExplanationColumn> explanation) {
        this.trace = trace;
        this.absolute = absolute;
        this.alternatives = Map.copyOf(alternatives);
        this.explanation = explanation;
    }

    /** Prints the header and every row. */
    void print(PrintWriter out) {
        out.println(explanation.isPresent() ? HEADER + "\t" + ExplanationColumn.HEADER : HEADER);
        for (String row : rows()) {
            out.println(row);
        }
    }

    /** The rows below the header, in trace order. */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        List<TraceEvent> events = trace.events();
        for (int index = 0; index < events.size(); index++) {
            TraceEvent event = events.get(index);
            int current = index;
            if (explanation.isEmpty()) {
                row(current, event).ifPresent(rows::add);
            } else {
                timerRow(event).or(() -> row(current, event))
                        .map(row -> row + "\t" + escape(explanation.get().text(current)))
                        .ifPresent(rows::add);
            }
        }
        return rows;
    }

    /**
     * A text as one tab-separated field: a backslash becomes {@code \\}, a tab {@code \t}, a
     * newline {@code \n} and a carriage return {@code \r}, so unescaping gives the text back.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The rows only an explained table has: a timer started or stopped. */
    private static Optional<String> timerRow(TraceEvent event) {
        if (event instanceof TimerArmed) {
            return Optional.of(line(event, "arm", NONE, NONE, NONE, NONE, NONE));
        } else if (event instanceof TimerCancelled) {
            return Optional.of(line(event, "stop", NONE, NONE, NONE, NONE, NONE));
        }
        return Optional.empty();
    }

    private Optional<String> row(int index, TraceEvent event) {
        if (event instanceof SegmentSent) {
            SegmentSent sent = (SegmentSent) event;
            return Optional.of(segmentRow(sent, sent.oldDuplicate() ? "old" : "send"));
        } else if (event instanceof SegmentDelivered) {
            return Optional.of(segmentRow((SegmentDelivered) event, "recv"));
        } else if (event instanceof SegmentDropped) {
            return Optional.of(segmentRow((SegmentDropped) event, "drop"));
        } else if (event instanceof SegmentDuplicated) {
            return Optional.of(segmentRow((SegmentDuplicated) event, "dup"));
        } else if (event instanceof StateChanged) {
            TcpState alternative = alternatives.get(index);
            String state = ((StateChanged) event).to().rfcName() + (alternative == null ? "" : "|" + alternative.rfcName());
            return Optional.of(line(event, "state", NONE, NONE, NONE, NONE, state));
        } else if (event instanceof TimerFired) {
            return Optional.of(line(event, "timeout", NONE, NONE, NONE, NONE, NONE));
        } else if (event instanceof AppCall) {
            AppCall call = (AppCall) event;
            boolean carriesBytes = call.action() == AppAction.WRITE || call.action() == AppAction.READ;
            return Optional.of(line(event, "app", call.action().traceName(), NONE, NONE,
                    carriesBytes ? Integer.toString(call.bytes()) : NONE, NONE));
        }
        return Optional.empty();
    }

    private <E extends TraceEvent & SegmentEvent> String segmentRow(E event, String kind) {
        Segment segment = event.segment();
        String flags = segment.flags().isEmpty() ? NONE : segment.flagsJoined(",");
        int id = event.transmissionId();
        RelativeNumbers relative = trace.relativeNumbers();
        long seq = absolute ? segment.seq() : relative.seq(id, segment);
        long ack = absolute ? segment.ack() : relative.ack(id, segment);
        return line(event, kind, flags, Long.toString(seq), Long.toString(ack), Integer.toString(segment.length()),
                NONE);
    }

    private static String line(TraceEvent event, String kind, String flags, String seq, String ack, String len,
                              String state) {
        return String.join("\t", Formats.millis(event.time()), event.side().letter(), kind, flags, seq, ack, len, state);
    }
}
