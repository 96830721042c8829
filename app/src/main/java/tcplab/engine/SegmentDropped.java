package tcplab.engine;

/**
 * The link lost a segment. {@link #side()} is the sender; {@link #time()} is the moment it is
 * shown falling from the wire, between sending and where it would have arrived.
 */
public record SegmentDropped(long time, Side side, int transmissionId, Segment segment, DropCause cause)
        implements TraceEvent, SegmentEvent {
}
