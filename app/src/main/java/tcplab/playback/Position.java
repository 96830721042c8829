package tcplab.playback;

/**
 * A point of the playback: a simulated time and how many of the trace's events have happened.
 * Several events can share one instant (a segment arrives, the state changes, the answer leaves);
 * stepping walks through them one state change at a time, so a state that lasts no time at all,
 * such as CLOSE-WAIT when the application closes at once, is still seen. Playing and scrubbing
 * use {@link TraceCursor#position(long)}, where every event up to the time has happened.
 *
 * @param time    simulated microseconds
 * @param applied the number of events, counted from the start of the trace, that have happened
 */
public record Position(long time, int applied) {
}
