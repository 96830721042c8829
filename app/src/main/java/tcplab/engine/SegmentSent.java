package tcplab.engine;

/**
 * A segment left its sender.
 *
 * @param ordinal        1 for the first segment this side sent, 2 for the second, ...; the number
 *                       a fault spec such as {@code C>S:#2} names
 * @param retransmission whether this repeats a segment sent before (after a timeout or a duplicate)
 * @param oldDuplicate   whether this is an old duplicate of an earlier connection that reaches the
 *                       link now ({@link OldDuplicateSyn}): {@link #side()} sent it before the run,
 *                       not at {@link #time()}; it still counts among that side's segments
 */
public record SegmentSent(long time, Side side, int transmissionId, int ordinal, Segment segment,
                          boolean retransmission, boolean oldDuplicate) implements TraceEvent, SegmentEvent {

    /** A segment its side sends at {@code time}. */
    public SegmentSent(long time, Side side, int transmissionId, int ordinal, Segment segment,
                       boolean retransmission) {
        this(time, side, transmissionId, ordinal, segment, retransmission, false);
    }
}
