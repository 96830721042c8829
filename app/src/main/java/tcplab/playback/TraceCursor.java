package tcplab.playback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentEvent;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerKind;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * Random access into a finished trace: the picture at any position, and the steps to move
 * between. It does not assume the trace came from the simulator; a captured trace works as well.
 */
public final class TraceCursor {

    /** A flight with the indices of the events that start and end it. */
    private record FlightSpan(Flight flight, int sentIndex, int endIndex) {
    }

    private final Trace trace;
    private final List<TraceEvent> events;
    private final List<FlightSpan> flightSpans;
    private final List<Flight> flights;
    private final List<TimerSpan> timerSpans;
    private final Map<Side, List<StateChanged>> stateChanges = new EnumMap<>(Side.class);
    private final List<Position> steps;

    public TraceCursor(Trace trace) {
        this.trace = trace;
        this.events = trace.events();
        this.flightSpans = List.copyOf(collectFlights());
        this.flights = flightSpans.stream().map(FlightSpan::flight).toList();
        this.timerSpans = List.copyOf(collectTimerSpans());
        for (Side side : Side.values()) {
            stateChanges.put(side, new ArrayList<>());
        }
        for (TraceEvent event : events) {
            if (event instanceof StateChanged change) {
                stateChanges.get(change.side()).add(change);
            }
        }
        this.steps = List.copyOf(collectSteps());
    }

    public Trace trace() {
        return trace;
    }

    /** The last moment of the trace: its end time, or its last event if that is later. */
    public long endTime() {
        long lastEvent = events.isEmpty() ? 0 : events.get(events.size() - 1).time();
        return Math.max(trace.endTime(), lastEvent);
    }

    /** Every transmission in the order it left its sender. */
    public List<Flight> flights() {
        return flights;
    }

    /** Each side's state changes in time order. */
    public List<StateChanged> stateChanges(Side side) {
        return List.copyOf(stateChanges.get(side));
    }

    /** The position at time {@code t} with every event up to and including {@code t} happened. */
    public Position position(long t) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (events.get(middle).time() <= t) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return new Position(t, low);
    }

    /** The stopping points of stepping, in order: one per state change within an instant, at least one per event time. */
    public List<Position> steps() {
        return steps;
    }

    /** The first step after {@code from}, or the end of the trace. */
    public Position nextStep(Position from) {
        for (Position step : steps) {
            if (step.time() > from.time() || step.time() == from.time() && step.applied() > from.applied()) {
                return step;
            }
        }
        return position(endTime());
    }

    /** The last step before {@code from}, or the start of the trace. */
    public Position previousStep(Position from) {
        Position found = null;
        for (Position step : steps) {
            if (step.time() < from.time() || step.time() == from.time() && step.applied() < from.applied()) {
                found = step;
            } else {
                break;
            }
        }
        return found == null ? position(0) : found;
    }

    /** The state of {@code side} at {@code t}: after its last state change at or before t. */
    public TcpState stateAt(Side side, long t) {
        return frameAt(position(t)).state(side);
    }

    /** The picture at time {@code t}. */
    public Frame frameAt(long t) {
        return frameAt(position(t));
    }

    /** The picture at a position. */
    public Frame frameAt(Position position) {
        long t = position.time();
        int applied = position.applied();
        Map<Side, TcpState> states = new EnumMap<>(Side.class);
        Map<Side, StateChanged> transitions = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            List<StateChanged> changes = stateChanges.get(side);
            states.put(side, changes.isEmpty() ? TcpState.CLOSED : changes.get(0).from());
        }
        for (int i = 0; i < applied && i < events.size(); i++) {
            if (events.get(i) instanceof StateChanged change) {
                states.put(change.side(), change.to());
                transitions.put(change.side(), change);
            }
        }
        List<PacketPosition> packets = new ArrayList<>();
        for (FlightSpan span : flightSpans) {
            Flight flight = span.flight();
            if (span.sentIndex() >= applied) {
                continue;
            }
            boolean ended = span.endIndex() < applied;
            if (ended && !(flight.dropped() && t < flight.visibleUntil())) {
                continue;
            }
            double fall = ended && flight.dropped() ? (double) (t - flight.endAt()) / flight.fallDuration() : 0;
            packets.add(new PacketPosition(flight, flight.progressAt(t), Math.max(0, fall)));
        }
        List<TimerCountdown> timers = new ArrayList<>();
        for (TimerSpan span : timerSpans) {
            if (span.armedIndex() < applied && span.stoppedIndex() >= applied) {
                timers.add(new TimerCountdown(span.side(), span.kind(), span.armedAt(), span.expiresAt(), span.attempt(), t));
            }
        }
        return new Frame(t, Math.min(applied, events.size()), states, transitions, packets, timers, latestEvents(applied));
    }

    /** The events of the step that ends at {@code applied}: what just happened. */
    private List<TraceEvent> latestEvents(int applied) {
        int last = Math.min(applied, events.size()) - 1;
        if (last < 0) {
            return List.of();
        }
        long time = events.get(last).time();
        int start = 0;
        for (Position step : steps) {
            if (step.applied() > last) {
                break;
            }
            start = step.applied();
        }
        int first = start;
        while (first <= last && events.get(first).time() != time) {
            first++;
        }
        return events.subList(first, last + 1);
    }

    /**
     * Splits each instant after a state change when the same side changes state again in that
     * instant, so each state is seen while stepping.
     */
    private List<Position> collectSteps() {
        List<Position> found = new ArrayList<>();
        int index = 0;
        while (index < events.size()) {
            long time = events.get(index).time();
            int end = index;
            while (end < events.size() && events.get(end).time() == time) {
                end++;
            }
            for (int i = index; i < end; i++) {
                if (events.get(i) instanceof StateChanged change && changesAgain(change.side(), i + 1, end)) {
                    found.add(new Position(time, i + 1));
                }
            }
            found.add(new Position(time, end));
            index = end;
        }
        return found;
    }

    private boolean changesAgain(Side side, int from, int to) {
        for (int i = from; i < to; i++) {
            if (events.get(i) instanceof StateChanged change && change.side() == side) {
                return true;
            }
        }
        return false;
    }

    private List<FlightSpan> collectFlights() {
        record Start(long at, int index, int ordinal, boolean retransmission, boolean duplicate, Segment segment) {
        }
        Map<Integer, Start> starts = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (event instanceof SegmentSent sent) {
                starts.put(sent.transmissionId(),
                        new Start(sent.time(), i, sent.ordinal(), sent.retransmission(), false, sent.segment()));
                order.add(sent.transmissionId());
            } else if (event instanceof SegmentDuplicated copy) {
                Start original = starts.get(copy.transmissionId());
                int ordinal = original == null ? 0 : original.ordinal();
                boolean retransmission = original != null && original.retransmission();
                starts.put(copy.copyId(), new Start(copy.time(), i, ordinal, retransmission, true, copy.segment()));
                order.add(copy.copyId());
            } else if (event instanceof SegmentDelivered || event instanceof SegmentDropped) {
                ends.putIfAbsent(((SegmentEvent) event).transmissionId(), i);
            }
        }
        List<FlightSpan> spans = new ArrayList<>();
        for (int id : order) {
            Start start = starts.get(id);
            Integer endIndex = ends.get(id);
            Flight.Outcome outcome;
            long endAt;
            if (endIndex == null) {
                outcome = Flight.Outcome.UNFINISHED;
                endAt = Math.max(endTime(), start.at() + 1);
            } else {
                TraceEvent end = events.get(endIndex);
                outcome = end instanceof SegmentDropped ? Flight.Outcome.DROPPED : Flight.Outcome.DELIVERED;
                endAt = end.time();
            }
            Flight flight = new Flight(id, start.segment(), start.ordinal(), start.at(), endAt, outcome,
                    start.retransmission(), start.duplicate());
            spans.add(new FlightSpan(flight, start.index(), endIndex == null ? Integer.MAX_VALUE : endIndex));
        }
        return spans;
    }

    private List<TimerSpan> collectTimerSpans() {
        record Key(Side side, TimerKind kind) {
        }
        record Armed(TimerArmed event, int index) {
        }
        Map<Key, Armed> running = new HashMap<>();
        List<TimerSpan> spans = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (event instanceof TimerArmed armed) {
                Armed previous = running.put(new Key(armed.side(), armed.kind()), new Armed(armed, i));
                if (previous != null) {
                    spans.add(span(previous.event(), previous.index(), i));
                }
            } else if (event instanceof TimerFired fired) {
                Armed previous = running.remove(new Key(fired.side(), fired.kind()));
                if (previous != null) {
                    spans.add(span(previous.event(), previous.index(), i));
                }
            } else if (event instanceof TimerCancelled cancelled) {
                Armed previous = running.remove(new Key(cancelled.side(), cancelled.kind()));
                if (previous != null) {
                    spans.add(span(previous.event(), previous.index(), i));
                }
            }
        }
        running.values().forEach(armed -> spans.add(span(armed.event(), armed.index(), Integer.MAX_VALUE)));
        return spans;
    }

    private static TimerSpan span(TimerArmed armed, int armedIndex, int stoppedIndex) {
        return new TimerSpan(armed.side(), armed.kind(), armed.time(), armed.expiresAt(), armed.attempt(),
                armedIndex, stoppedIndex);
    }
}
