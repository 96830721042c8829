package tcplab.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tcplab.engine.Flag;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * Compares the states inferred from a capture of a simulated run with the simulated ones. For
 * each host the states it enters, in order, are the same, and each change that a segment shows
 * happens at the same microsecond. Two kinds of change are outside what a capture can show:
 * <ul>
 *   <li>entering CLOSED without a segment (TIME-WAIT or FIN-WAIT-2 running out, connect() giving
 *       up, a host skipping TIME-WAIT) is in no packet: such simulated changes are left out, and
 *       the inference claims them only when a later segment proves them
 *       ({@link StateEvidence#LATER_SEGMENT}), no earlier than the simulator made them;</li>
 *   <li>a change an application call makes without sending (a server's listen()) shows only in
 *       the segments that follow: the inference puts it before the capture
 *       ({@link StateEvidence#BEFORE_CAPTURE}), so its state is compared, not its time;</li>
 *   <li>a listen() after a host lost its connection without a segment (a restart) shows in no
 *       segment unless a SYN reaches the port: a closed port and a listening one answer any other
 *       segment alike, with a RST (RFC 9293 section 3.10.7.1 and 3.10.7.2). Such a change to
 *       LISTEN, from a CLOSED entered without a segment and with no change of the host after it,
 *       is left out.</li>
 * </ul>
 * A change the inference shows with an alternative (the capture cannot tell the change from the
 * host staying where it was: a segment that may have been lost after the capture point, a RST in
 * TIME-WAIT that an RFC 1337 host ignores) equals either the simulated change or, when the
 * simulated host made no such change, its staying in exactly that alternative state.
 * The connections of one file follow each other (a lesson may open a second connection on the same
 * ports), so their inferred changes are compared in sequence.
 */
final class SimulatedStates {

    /** One host's state change, at an absolute time in microseconds. */
    private record Change(TcpState to, long time, boolean timed) {
    }

    /** An inferred change, with the state the host would be in instead when the capture cannot tell (else null). */
    private record Inferred(Change change, TcpState alternative) {
    }

    private SimulatedStates() {
    }

    static void assertInferredAsSimulated(Trace simulated, List<CapturedTrace> captured) {
        for (Side side : Side.values()) {
            List<Change> expected = shownBySegments(simulated, side);
            List<Inferred> inferred = new ArrayList<>();
            for (CapturedTrace trace : captured) {
                for (InferredState state : trace.states()) {
                    if (state.side() != side) {
                        continue;
                    }
                    long time = trace.originNanos() / 1000 + trace.trace().events().get(state.eventIndex()).time();
                    if (state.evidence() == StateEvidence.LATER_SEGMENT) {
                        assertThat(unshownClosedEntries(simulated, side)).as("%s: %s proved later at %d", side,
                                state.state(), time).anyMatch(c -> c.to() == state.state() && c.time() <= time);
                        continue;
                    }
                    inferred.add(new Inferred(new Change(state.state(), time,
                            state.evidence() != StateEvidence.BEFORE_CAPTURE), state.alternative().orElse(null)));
                }
            }
            List<Change> shown = resolved(side, inferred, expected);
            assertThat(shown).as("%s's states", side).extracting(Change::to)
                    .containsExactlyElementsOf(expected.stream().map(Change::to).toList());
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).timed() && expected.get(i).timed()) {
                    assertThat(shown.get(i).time()).as("%s's change %d to %s", side, i, shown.get(i).to())
                            .isEqualTo(expected.get(i).time());
                }
            }
        }
    }

    /**
     * The inferred changes, each one the capture cannot tell from staying in its alternative state
     * resolved against the simulation: kept where the simulated host made that change next, left
     * out where it did not, and then the host must have stayed in exactly the alternative state.
     */
    private static List<Change> resolved(Side side, List<Inferred> inferred, List<Change> expected) {
        List<Change> shown = new ArrayList<>();
        for (Inferred change : inferred) {
            int next = shown.size();
            boolean made = next < expected.size() && expected.get(next).to() == change.change().to();
            if (change.alternative() != null && !made) {
                TcpState stayedIn = next == 0 ? TcpState.CLOSED : expected.get(next - 1).to();
                assertThat(change.alternative()).as("%s: the state it stayed in instead of %s at %d", side,
                        change.change().to(), change.change().time()).isEqualTo(stayedIn);
                continue;
            }
            shown.add(change.change());
        }
        return shown;
    }

    /** The simulated changes of {@code side} that a capture can show: all but entries to CLOSED that no segment makes. */
    private static List<Change> shownBySegments(Trace trace, Side side) {
        List<Change> changes = new ArrayList<>();
        List<StateChanged> all = trace.events().stream()
                .filter(e -> e instanceof StateChanged c && c.side() == side).map(StateChanged.class::cast).toList();
        for (int i = 0; i < all.size(); i++) {
            StateChanged change = all.get(i);
            boolean listensUnseen = i == all.size() - 1 && i > 0 && change.to() == TcpState.LISTEN
                    && closedWithoutSegment(trace, all.get(i - 1)) && !withSegment(trace, change);
            if (!closedWithoutSegment(trace, change) && !listensUnseen) {
                changes.add(new Change(change.to(), change.time(), withSegment(trace, change)));
            }
        }
        return changes;
    }

    private static List<Change> unshownClosedEntries(Trace trace, Side side) {
        return trace.events().stream()
                .filter(e -> e instanceof StateChanged c && c.side() == side && closedWithoutSegment(trace, c))
                .map(e -> new Change(((StateChanged) e).to(), e.time(), false)).toList();
    }

    private static boolean closedWithoutSegment(Trace trace, StateChanged change) {
        return change.to() == TcpState.CLOSED && change.from() != TcpState.LAST_ACK && !resetAt(trace, change);
    }

    /** Whether the host sent or received a RST at the moment of the change. */
    private static boolean resetAt(Trace trace, StateChanged change) {
        return trace.events().stream().anyMatch(e -> e.time() == change.time() && e.side() == change.side()
                && (e instanceof SegmentSent s && s.segment().has(Flag.RST)
                    || e instanceof SegmentDelivered d && d.segment().has(Flag.RST)));
    }

    /** Whether the host sent or received a segment at the moment of the change (else an application call made it). */
    private static boolean withSegment(Trace trace, StateChanged change) {
        return trace.events().stream().anyMatch(e -> e.time() == change.time() && e.side() == change.side()
                && (e instanceof SegmentSent || e instanceof SegmentDelivered));
    }
}
