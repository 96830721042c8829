package tcplab.capture;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tcplab.engine.DropCause;
import tcplab.engine.FaultAction;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * Turns a captured connection into a {@link CapturedTrace}: estimates send and arrival times from
 * the handshake's round trip for the capture point, decides which segments arrived, follows both
 * hosts' states through the sends and arrivals in time order and writes it all as trace events.
 */
final class ConnectionInference {

    /** What happens to a transmission at one moment: it is sent, it arrives, or it is lost. */
    private enum Step {
        // At equal times an arrival comes first: what a host sends at the moment a segment
        // arrives is its answer to it.
        ARRIVE,
        SEND,
        LOSE
    }

    private record Action(long time, Step step, Transmission transmission) {
    }

    private final CapturePoint point;
    private final List<TraceEvent> events = new ArrayList<>();
    private final BitSet estimated = new BitSet();
    private final List<InferredState> states = new ArrayList<>();
    /** For each state change caused by an arrival whose receiver's later segments may confirm it: its index in {@link #states}. */
    private final Map<Integer, Action> arrivalChanges = new HashMap<>();

    private ConnectionInference(CapturePoint point) {
        this.point = point;
    }

    static CapturedTrace infer(CapturedConnection connection, CapturePoint point, boolean chosen) {
        HandshakeTiming timing = HandshakeTiming.of(connection);
        List<Transmission> sent = Transmissions.of(connection, point, timing);
        DeliveryInference.decide(sent, point);
        long origin = sent.isEmpty() ? 0 : sent.get(0).sent;
        List<Action> actions = actions(sent, origin);

        ConnectionInference inference = new ConnectionInference(point);
        inference.play(sent, actions);
        inference.markUnconfirmedArrivals(actions);

        long firstNanos = connection.packets().isEmpty() ? 0 : connection.packets().get(0).timeNanos();
        long end = inference.events.isEmpty() ? 0 : inference.events.get(inference.events.size() - 1).time();
        long[] client = timing.offsets(point, Side.CLIENT);
        long[] server = timing.offsets(point, Side.SERVER);
        return new CapturedTrace(new Trace(inference.events, end), point, chosen, connection.clientEvidence(),
                firstNanos + origin * 1000, timing.roundTrip(point), client[0] + client[1], server[0] + server[1],
                segments(sent), inference.states, losses(sent), inference.estimated);
    }

    /** Every send, arrival and loss in time order, with times counted from {@code origin}. */
    private static List<Action> actions(List<Transmission> sent, long origin) {
        List<Action> actions = new ArrayList<>();
        for (Transmission t : sent) {
            t.sent -= origin;
            t.arrival -= origin;
            actions.add(new Action(t.sent, Step.SEND, t));
            if (t.arrived()) {
                actions.add(new Action(t.arrival, Step.ARRIVE, t));
            } else {
                actions.add(new Action(lossTime(t, origin), Step.LOSE, t));
            }
        }
        actions.sort(Comparator.comparingLong(Action::time).thenComparing(Action::step)
                .thenComparingInt(a -> a.transmission().id));
        return actions;
    }

    /** Where a lost segment is shown falling: halfway to the capture point, or halfway beyond it. */
    private static long lossTime(Transmission t, long origin) {
        long seen = t.seen - origin;
        return t.fate == SegmentFate.LOST_BEFORE_CAPTURE ? t.sent + (seen - t.sent) / 2 : seen + (t.arrival - seen) / 2;
    }

    private void play(List<Transmission> sent, List<Action> actions) {
        StateInference inference = new StateInference();
        for (StateInference.Change change : inference.start(sent)) {
            addState(0, change, true);
        }
        Map<Side, Integer> ordinals = new EnumMap<>(Side.class);
        for (int i = 0; i < actions.size(); i++) {
            Action action = actions.get(i);
            Transmission t = action.transmission();
            switch (action.step()) {
                case SEND -> {
                    boolean seen = HandshakeTiming.sendSeen(point, t.from);
                    if (t.original != null) {
                        add(new SegmentDuplicated(action.time(), t.from, t.original.id, t.id, t.segment), !seen);
                        continue;
                    }
                    for (StateInference.Change change : inference.send(t)) {
                        addState(action.time(), change, !seen);
                    }
                    int ordinal = ordinals.merge(t.from, 1, Integer::sum);
                    add(new SegmentSent(action.time(), t.from, t.id, ordinal, t.segment, t.retransmission), !seen);
                }
                case ARRIVE -> {
                    boolean seen = HandshakeTiming.arrivalSeen(point, t.from);
                    add(new SegmentDelivered(action.time(), t.from.peer(), t.id, t.segment), !seen);
                    for (StateInference.Change change : inference.receive(t, nextSendIsReset(actions, i, t.from.peer()))) {
                        if (!seen && change.evidence() == StateEvidence.SEGMENT) {
                            arrivalChanges.put(states.size(), action);
                        }
                        addState(action.time(), change, !seen);
                    }
                }
                case LOSE -> add(new SegmentDropped(action.time(), t.from, t.id, t.segment, DropCause.RANDOM_LOSS), true);
            }
        }
    }

    /** Whether the next segment {@code side} sends after action {@code index} is a RST. */
    private static boolean nextSendIsReset(List<Action> actions, int index, Side side) {
        for (int j = index + 1; j < actions.size(); j++) {
            Action later = actions.get(j);
            if (later.step() == Step.SEND && later.transmission().from == side) {
                return later.transmission().segment.has(Flag.RST);
            }
        }
        return false;
    }

    /**
     * A state change caused by an arrival the capture does not show stays unconfirmed if its host
     * sends nothing afterwards: the segment may have been lost after the capture point.
     */
    private void markUnconfirmedArrivals(List<Action> actions) {
        Map<Side, Long> lastSend = new EnumMap<>(Side.class);
        for (Action action : actions) {
            if (action.step() == Step.SEND && action.transmission().original == null) {
                lastSend.merge(action.transmission().from, action.time(), Math::max);
            }
        }
        arrivalChanges.forEach((stateIndex, arrival) -> {
            InferredState state = states.get(stateIndex);
            Long last = lastSend.get(state.side());
            if (last == null || last < arrival.time()) {
                StateChanged change = (StateChanged) events.get(state.eventIndex());
                states.set(stateIndex, new InferredState(state.eventIndex(), state.side(), state.state(),
                        StateEvidence.UNCONFIRMED_ARRIVAL, Optional.of(change.from())));
            }
        });
    }

    private void addState(long time, StateInference.Change change, boolean timeEstimated) {
        Optional<TcpState> alternative = change.evidence() == StateEvidence.RESET_IN_TIME_WAIT
                ? Optional.of(change.from()) : Optional.empty();
        states.add(new InferredState(events.size(), change.side(), change.to(), change.evidence(), alternative));
        add(new StateChanged(time, change.side(), change.from(), change.to()), timeEstimated);
    }

    private void add(TraceEvent event, boolean timeEstimated) {
        estimated.set(events.size(), timeEstimated);
        events.add(event);
    }

    private static List<CapturedSegment> segments(List<Transmission> sent) {
        List<CapturedSegment> segments = new ArrayList<>();
        for (Transmission t : sent) {
            segments.add(new CapturedSegment(t.id, t.from, t.packetNumber, t.retransmission, t.original != null, t.fate));
        }
        return segments;
    }

    /** Each lost transmission as the fault that drops it: its sender's n-th segment with exactly its flags. */
    private static List<ScriptedFault> losses(List<Transmission> sent) {
        Map<Side, Map<Set<Flag>, Integer>> counts = new EnumMap<>(Side.class);
        List<ScriptedFault> losses = new ArrayList<>();
        for (Transmission t : sent) {
            if (t.original != null) {
                continue; // a copy the network made: the engine's faults name what senders send
            }
            int nth = counts.computeIfAbsent(t.from, side -> new HashMap<>()).merge(t.segment.flags(), 1, Integer::sum);
            if (!t.arrived()) {
                losses.add(new ScriptedFault(t.from, Optional.of(t.segment.flags()), nth, FaultAction.DROP, 0));
            }
        }
        return losses;
    }
}
