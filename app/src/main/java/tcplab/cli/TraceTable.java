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
import tcplab.engine.TimerFired;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * A trace as the tab-separated table {@code trace} prints: one row per segment transmission,
 * delivery, loss and duplication, state change, timeout and application call. Timer starts and
 * stops are left out; their effect shows as {@code timeout} rows and retransmissions.
 *
 * <p>Sequence numbers are shown as Wireshark shows them by default: {@code seq} relative to the
 * sender's ISN, {@code ack} relative to the receiver's, and 0 for the acknowledgment field of a
 * segment without ACK; {@code absolute} prints the raw 32-bit fields instead. The ISNs are those of
 * the connection the segment was sent in ({@link RelativeNumbers}, which the window uses too), and
 * every row of one transmission (send, dup, drop, recv) shows the same numbers, even when an old
 * duplicate arrives during a later connection.
 */
final class TraceTable {

    static final String HEADER = "t_ms\tside\tevent\tflags\tseq\tack\tlen\tstate";

    private static final String NONE = "-";

    private final Trace trace;
    private final boolean absolute;
    private final Map<Integer, TcpState> alternatives;

    TraceTable(Trace trace, boolean absolute) {
        this(trace, absolute, Map.of());
    }

    /**
     * @param alternatives for a state change (by event index) that a capture cannot tell from
     *                     another, the other state: the row shows both, e.g. {@code CLOSED|LAST-ACK}
     */
    TraceTable(Trace trace, boolean absolute, Map<Integer, TcpState> alternatives) {
        this.trace = trace;
        this.absolute = absolute;
        this.alternatives = Map.copyOf(alternatives);
    }

    /** Prints the header and every row. */
    void print(PrintWriter out) {
        out.println(HEADER);
        for (String row : rows()) {
            out.println(row);
        }
    }

    /** The rows below the header, in trace order. */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        List<TraceEvent> events = trace.events();
        for (int i = 0; i < events.size(); i++) {
            row(i, events.get(i)).ifPresent(rows::add);
        }
        return rows;
    }

    private Optional<String> row(int index, TraceEvent event) {
        if (event instanceof SegmentSent) {
            return Optional.of(segmentRow((SegmentSent) event, "send"));
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
        return String.join("\t", millis(event.time()), event.side().letter(), kind, flags, seq, ack, len, state);
    }

    /** Microseconds as milliseconds with three decimals, independent of the default locale. */
    static String millis(long micros) {
        String sign = micros < 0 ? "-" : "";
        long magnitude = Math.abs(micros);
        String fraction = Long.toString(magnitude % 1000);
        return sign + magnitude / 1000 + "." + "000".substring(fraction.length()) + fraction;
    }
}
