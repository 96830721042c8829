package tcplab.engine;

/** A segment reached the receiver ({@link #side()}). */
public record SegmentDelivered(long time, Side side, int transmissionId, Segment segment)
        implements TraceEvent, SegmentEvent {
}
