package tcplab.engine;

import java.util.List;
import java.util.Map;

/**
 * The finished record of one run: its events in time order (ties in the order they happened).
 * Immutable; equal inputs and seed give equal traces.
 *
 * @param events         every event, sorted by time
 * @param initialSequence each side's initial sequence number (ISN), used to show numbers relative
 *                        to it as Wireshark does: the seq of the side's first SYN, else of its first
 *                        segment (an RST), else 0. A later connection of the same run keeps these
 *                        bases, so with generated ISNs its relative numbers are large.
 * @param endTime        simulated time, in microseconds, at which the run ended
 */
public record Trace(List<TraceEvent> events, Map<Side, Long> initialSequence, long endTime) {

    private static final long MOD = 1L << 32;

    public Trace {
        events = List.copyOf(events);
        initialSequence = Map.copyOf(initialSequence);
    }

    /** The sequence number relative to the sender's ISN. */
    public long relativeSeq(Segment segment) {
        return Math.floorMod(segment.seq() - initialSequence.getOrDefault(segment.from(), 0L), MOD);
    }

    /** The acknowledgment number relative to the receiver's ISN. */
    public long relativeAck(Segment segment) {
        return Math.floorMod(segment.ack() - initialSequence.getOrDefault(segment.from().peer(), 0L), MOD);
    }
}
