package tcplab.engine;

/**
 * A segment left its sender.
 *
 * @param ordinal        1 for the first segment this side sent, 2 for the second, ...; the number
 *                       a fault spec such as {@code C>S:#2} names
 * @param retransmission whether this repeats a segment sent before (after a timeout or a duplicate)
 */
public record SegmentSent(long time, Side side, int transmissionId, int ordinal, Segment segment,
                          boolean retransmission) implements TraceEvent, SegmentEvent {
}
