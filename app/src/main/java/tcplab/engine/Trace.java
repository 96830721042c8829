package tcplab.engine;

import java.util.List;
import java.util.Objects;

/**
 * The finished record of one run: its events in time order (ties in the order they happened) and
 * the time it ended. Immutable; equal inputs and seed give equal traces.
 */
public final class Trace {

    private final List<TraceEvent> events;
    private final long endTime;
    /** Made on first use: a run whose numbers nobody shows (a benchmark, a sweep) never pays for them. */
    private volatile RelativeNumbers relativeNumbers;
    private volatile Boolean wholeMilliseconds;

    /**
     * @param events  every event, sorted by time
     * @param endTime simulated time, in microseconds, at which the run ended
     */
    public Trace(List<TraceEvent> events, long endTime) {
        this.events = List.copyOf(events);
        this.endTime = endTime;
    }

    /** Every event, sorted by time. */
    public List<TraceEvent> events() {
        return events;
    }

    /** Simulated time, in microseconds, at which the run ended. */
    public long endTime() {
        return endTime;
    }

    /**
     * Whether every event falls on a whole millisecond, as in a lesson without jitter; a capture
     * on loopback, say, has times between two milliseconds.
     */
    public boolean wholeMilliseconds() {
        Boolean whole = wholeMilliseconds;
        if (whole == null) {
            whole = events.stream().allMatch(event -> event.time() % 1000 == 0);
            wholeMilliseconds = whole; // computing twice in a race gives equal results
        }
        return whole;
    }

    /** The sequence numbers as Wireshark shows them, relative to each connection's ISNs. */
    public RelativeNumbers relativeNumbers() {
        RelativeNumbers numbers = relativeNumbers;
        if (numbers == null) {
            numbers = RelativeNumbers.of(events);
            relativeNumbers = numbers; // computing twice in a race gives equal results
        }
        return numbers;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Trace trace && endTime == trace.endTime && events.equals(trace.events);
    }

    @Override
    public int hashCode() {
        return Objects.hash(events, endTime);
    }

    @Override
    public String toString() {
        return "Trace[events=" + events + ", endTime=" + endTime + "]";
    }
}
