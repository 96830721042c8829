package tcplab.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tcplab.engine.Flag;
import tcplab.engine.Side;
import tcplab.engine.Trace;
import tcplab.playback.Flight;
import tcplab.playback.TraceCursor;

/**
 * Where two traces of one connection differ (a capture and the simulator's run of it, say),
 * transmission by transmission. Two transmissions are the same segment when the same side sends
 * the same flags, relative sequence and acknowledgment numbers and length; the n-th such
 * transmission of one trace is paired with the n-th of the other, so an original and its
 * retransmission pair with their counterparts in order. Times are compared from each trace's first
 * transmission, so a capture that starts late lines up with a run that starts at zero.
 *
 * <p>A difference is a segment only one trace sends, a segment that one trace loses and the other
 * delivers, or a segment sent at times further apart than the tolerance.
 */
public final class TraceComparison {

    /** What differs about a segment. */
    public enum Kind {
        /** Only the first trace sends it. */
        ONLY_FIRST,
        /** Only the second trace sends it. */
        ONLY_SECOND,
        /** Both send it, but one loses it and the other does not. */
        OUTCOME,
        /** Both send it, at times further apart than the tolerance. */
        TIMING
    }

    /**
     * One difference.
     *
     * @param first  the transmission in the first trace; null for {@link Kind#ONLY_SECOND}
     * @param second the transmission in the second trace; null for {@link Kind#ONLY_FIRST}
     * @param offsetMicros for {@link Kind#TIMING}, how much later the second sends it (negative: earlier); else 0
     */
    public record Difference(Kind kind, Flight first, Flight second, long offsetMicros) {
    }

    /** The same segment in both traces. */
    public record Pair(Flight first, Flight second) {
    }

    /** What identifies a segment across traces: who sends it and its header, numbers relative. */
    private record SegmentKey(Side sender, Set<Flag> flags, long seq, long ack, int length) {
    }

    private final List<Pair> pairs;
    private final List<Difference> differences;
    private final long toleranceMicros;

    private TraceComparison(List<Pair> pairs, List<Difference> differences, long toleranceMicros) {
        this.pairs = List.copyOf(pairs);
        this.differences = List.copyOf(differences);
        this.toleranceMicros = toleranceMicros;
    }

    /**
     * Compares {@code first} with {@code second}.
     *
     * @param toleranceMicros how far apart (in microseconds) the sending times of one segment may
     *                        be before they count as a difference
     */
    public static TraceComparison of(Trace first, Trace second, long toleranceMicros) {
        if (toleranceMicros < 0) {
            throw new IllegalArgumentException("negative tolerance " + toleranceMicros);
        }
        List<Flight> firstFlights = new TraceCursor(first).flights();
        List<Flight> secondFlights = new TraceCursor(second).flights();
        long firstStart = firstFlights.isEmpty() ? 0 : firstFlights.get(0).sentAt();
        long secondStart = secondFlights.isEmpty() ? 0 : secondFlights.get(0).sentAt();

        Map<SegmentKey, List<Flight>> unmatched = new HashMap<>();
        for (Flight flight : secondFlights) {
            unmatched.computeIfAbsent(key(second, flight), k -> new ArrayList<>()).add(flight);
        }
        List<Pair> pairs = new ArrayList<>();
        List<Difference> differences = new ArrayList<>();
        for (Flight flight : firstFlights) {
            List<Flight> candidates = unmatched.getOrDefault(key(first, flight), List.of());
            if (candidates.isEmpty()) {
                differences.add(new Difference(Kind.ONLY_FIRST, flight, null, 0));
                continue;
            }
            Flight other = candidates.remove(0);
            pairs.add(new Pair(flight, other));
            if (flight.dropped() != other.dropped()) {
                differences.add(new Difference(Kind.OUTCOME, flight, other, 0));
            }
            long offset = (other.sentAt() - secondStart) - (flight.sentAt() - firstStart);
            if (Math.abs(offset) > toleranceMicros) {
                differences.add(new Difference(Kind.TIMING, flight, other, offset));
            }
        }
        for (Flight flight : secondFlights) {
            if (unmatched.getOrDefault(key(second, flight), List.of()).contains(flight)) {
                differences.add(new Difference(Kind.ONLY_SECOND, null, flight, 0));
            }
        }
        return new TraceComparison(pairs, differences, toleranceMicros);
    }

    private static SegmentKey key(Trace trace, Flight flight) {
        var segment = flight.segment();
        long ack = segment.has(Flag.ACK) ? trace.relativeNumbers().ack(flight.transmissionId(), segment) : 0;
        return new SegmentKey(flight.sender(), segment.flags(),
                trace.relativeNumbers().seq(flight.transmissionId(), segment), ack, segment.length());
    }

    /** The segments both traces send, in the first trace's order. */
    public List<Pair> pairs() {
        return pairs;
    }

    /** Every difference: the first trace's in its order, then the segments only the second sends. */
    public List<Difference> differences() {
        return differences;
    }

    public long toleranceMicros() {
        return toleranceMicros;
    }

    /** Whether the transmission {@code transmissionId} of the first (or the second) trace differs in any way. */
    public boolean differs(boolean inFirst, int transmissionId) {
        for (Difference difference : differences) {
            Flight flight = inFirst ? difference.first() : difference.second();
            if (flight != null && flight.transmissionId() == transmissionId) {
                return true;
            }
        }
        return false;
    }
}
