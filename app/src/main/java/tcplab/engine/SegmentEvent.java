package tcplab.engine;

/** A trace event about one transmission of a segment. */
public interface SegmentEvent {

    /** Identifies one transmission (a link's duplicate gets an id of its own). */
    int transmissionId();

    Segment segment();
}
