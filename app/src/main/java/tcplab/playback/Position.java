package tcplab.playback;

/**
 * A point of the playback: a simulated time and how many of the trace's events have happened.
 * Many events can share one instant (a segment arrives, the state changes, the answer leaves);
 * stepping walks through them one event at a time, so every view can show each of them. Playing
 * and scrubbing use {@link TraceCursor#position(long)}, where every event up to the time has
 * happened: the same picture as the step onto the last event of that instant.
 *
 * @param time    simulated microseconds
 * @param applied the number of events, counted from the start of the trace, that have happened
 */
public record Position(long time, int applied) implements Comparable<Position> {

    /** Positions run in time order, and within an instant in the order of the events. */
    @Override
    public int compareTo(Position other) {
        int byTime = Long.compare(time, other.time);
        return byTime != 0 ? byTime : Integer.compare(applied, other.applied);
    }
}
