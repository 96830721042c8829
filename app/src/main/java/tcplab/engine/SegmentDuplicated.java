package tcplab.engine;

/**
 * The link made a second copy of a segment; the copy travels as transmission {@code copyId}
 * and is later delivered or dropped on its own.
 */
public record SegmentDuplicated(long time, Side side, int transmissionId, int copyId, Segment segment)
        implements TraceEvent, SegmentEvent {
}
