package tcplab.playback;

import tcplab.engine.Segment;
import tcplab.engine.Side;

/**
 * One transmission of a segment across the wire, from leaving its sender to arriving, being lost
 * mid-wire, or still travelling when the trace ends.
 *
 * @param transmissionId the trace's id of this transmission (a link duplicate has its own)
 * @param segment        what travels
 * @param ordinal        which segment of its sender this is (1-based), the number a drop fault names
 * @param sentAt         when it left the sender (for a duplicate: when the link copied it)
 * @param endAt          when it arrived, or the moment it is shown falling off the wire
 * @param outcome        how the flight ended
 * @param retransmission whether the sender repeated an earlier segment
 * @param duplicate      whether this is a copy the link made
 * @param sentIndex      the index in the trace of the event that put it on the wire
 * @param endIndex       the index of the event that ended its flight, or the trace's size if none did
 * @param trainIndex     its place among the segments its sender put on the wire in the same instant,
 *                       0 for the first: they travel as a train, the first one ahead
 * @param trainSize      how many segments that train has
 * @param oldDuplicate   whether this is an old duplicate of an earlier connection that reached the
 *                       wire during the run ({@link tcplab.engine.SegmentSent#oldDuplicate()})
 */
public record Flight(int transmissionId, Segment segment, int ordinal, long sentAt, long endAt,
                     Outcome outcome, boolean retransmission, boolean duplicate,
                     int sentIndex, int endIndex, int trainIndex, int trainSize, boolean oldDuplicate) {

    /** A flight of a segment sent during the run. */
    public Flight(int transmissionId, Segment segment, int ordinal, long sentAt, long endAt,
                  Outcome outcome, boolean retransmission, boolean duplicate,
                  int sentIndex, int endIndex, int trainIndex, int trainSize) {
        this(transmissionId, segment, ordinal, sentAt, endAt, outcome, retransmission, duplicate, sentIndex,
                endIndex, trainIndex, trainSize, false);
    }

    /** How a flight ends. */
    public enum Outcome {
        DELIVERED,
        DROPPED,
        /** The trace ended while the segment was still on the wire. */
        UNFINISHED
    }

    public Side sender() {
        return segment.from();
    }

    public boolean dropped() {
        return outcome == Outcome.DROPPED;
    }

    /**
     * How long a lost segment is shown falling after it leaves the wire: as long as it travelled,
     * so a fall looks the same at any link delay.
     */
    public long fallDuration() {
        return Math.max(1, endAt - sentAt);
    }

    /** The last moment this flight is drawn on the network stage. */
    public long visibleUntil() {
        return dropped() ? endAt + fallDuration() : endAt;
    }

    /**
     * How far along the wire the segment is at {@code t}, from 0 at its sender to 1 at its
     * receiver. A lost segment is shown vanishing at mid-wire, so its travel covers half the wire.
     */
    public double progressAt(long t) {
        double span = Math.max(1, endAt - sentAt);
        double fraction = Math.min(1, Math.max(0, (t - sentAt) / span));
        return dropped() ? fraction * 0.5 : fraction;
    }
}
