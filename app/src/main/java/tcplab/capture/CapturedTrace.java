package tcplab.capture;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.Trace;

/**
 * One captured connection as a trace every view plays like a simulated one, with what only a
 * capture has. Trace time 0 is the earliest estimated send time of the connection.
 *
 * @param trace              the events: segments sent, delivered and lost, and the inferred state
 *                           changes (no timers and no application calls: a capture shows neither)
 * @param capturePoint       where the capture was taken, as found or as chosen
 * @param capturePointChosen whether it was chosen, and differs from the point found
 * @param clientEvidence     how the client was told from the server
 * @param originNanos        the capture time, in nanoseconds since the epoch, of trace time 0
 * @param roundTripMicros    the round trip, client to server and back, as measured on the handshake
 *                           (or, without one, on the first data and its acknowledgment) for the
 *                           capture point; empty when nothing measures it
 * @param clientToServerMicros the estimated one-way time from client to server
 * @param serverToClientMicros the estimated one-way time from server to client
 * @param segments           one entry per transmission of the trace, in transmission id order
 * @param states             every state change of the trace, in trace order
 * @param losses             the lost transmissions as faults the engine understands: the same
 *                           segment (its sender's n-th with exactly its flags), the same direction
 */
public record CapturedTrace(Trace trace, CapturePoint capturePoint, boolean capturePointChosen,
                            ClientEvidence clientEvidence, long originNanos, OptionalLong roundTripMicros,
                            long clientToServerMicros, long serverToClientMicros, List<CapturedSegment> segments,
                            List<InferredState> states, List<ScriptedFault> losses, BitSet estimatedTimes) {

    public CapturedTrace {
        Objects.requireNonNull(trace, "trace");
        segments = List.copyOf(segments);
        states = List.copyOf(states);
        losses = List.copyOf(losses);
        estimatedTimes = (BitSet) estimatedTimes.clone();
    }

    /**
     * Whether the time of the trace's event {@code eventIndex} is estimated from the round trip
     * rather than read from the capture: a send on the far side of the capture point, an
     * arrival on the far side, a loss, and the state changes they cause.
     */
    public boolean timeEstimated(int eventIndex) {
        return estimatedTimes.get(eventIndex);
    }

    /** The indices of the events whose times are estimated (a copy). */
    @Override
    public BitSet estimatedTimes() {
        return (BitSet) estimatedTimes.clone();
    }

    /** The estimated one-way time of segments {@code from} that side, in microseconds. */
    public long oneWayMicros(Side from) {
        return from == Side.CLIENT ? clientToServerMicros : serverToClientMicros;
    }

    /** What the capture tells of the transmission {@code transmissionId}. */
    public CapturedSegment segment(int transmissionId) {
        return segments.stream().filter(s -> s.transmissionId() == transmissionId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no transmission " + transmissionId));
    }
}
