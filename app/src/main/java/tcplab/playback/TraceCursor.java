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

    private final Trace trace;
    private final List<TraceEvent> events;
    private final List<Flight> flights;
    private final List<TimerSpan> timerSpans;
    private final Map<Side, List<StateChanged>> stateChanges = new EnumMap<>(Side.class);
    private final DiagramRows rows;

    public TraceCursor(Trace trace) {
        this.trace = trace;
        this.events = trace.events();
        this.flights = List.copyOf(collectFlights());
        this.timerSpans = List.copyOf(collectTimerSpans());
        for (Side side : Side.values()) {
            stateChanges.put(side, new ArrayList<>());
        }
        for (TraceEvent event : events) {
            if (event instanceof StateChanged change) {
                stateChanges.get(change.side()).add(change);
            }
        }
        this.rows = DiagramRows.of(events);
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

    /** The start: time 0, before any event has happened. */
    public Position start() {
        return new Position(0, 0);
    }

    /** The number of events in the trace: the steps there are. */
    public int eventCount() {
        return events.size();
    }

    /** The event at {@code index}, in trace order. */
    public TraceEvent event(int index) {
        return events.get(index);
    }

    /** The step onto the event at {@code eventIndex}: it and every event before it have happened. */
    public Position stepOnto(int eventIndex) {
        return new Position(events.get(eventIndex).time(), eventIndex + 1);
    }

    /** The next step after {@code from}: onto the next event, or to the end of the trace. */
    public Position nextStep(Position from) {
        if (from.applied() < events.size()) {
            Position next = stepOnto(from.applied());
            if (next.compareTo(from) > 0) {
                return next;
            }
            // Standing later in time than the next event can only mean its instant is done.
            return nextStep(position(from.time()));
        }
        Position end = position(endTime());
        return end.compareTo(from) > 0 ? end : from;
    }

    /** The step before {@code from}: onto the last event that happened before it, or the start. */
    public Position previousStep(Position from) {
        for (int index = Math.min(from.applied(), events.size()) - 1; index >= 0; index--) {
            Position step = stepOnto(index);
            if (step.compareTo(from) < 0) {
                return step;
            }
        }
        return start();
    }

    /**
     * The position at {@code time} closest to {@code wanted}: the same number of events happened if
     * this trace allows it at that time. Used to stay where the learner was when the trace changes.
     */
    public Position nearest(Position wanted) {
        long time = Math.max(0, Math.min(wanted.time(), endTime()));
        Position all = position(time);
        int first = all.applied();
        while (first > 0 && events.get(first - 1).time() == time) {
            first--;
        }
        return new Position(time, Math.max(first, Math.min(wanted.applied(), all.applied())));
    }

    /** Where each event sits on the sequence diagram's rows. */
    public DiagramRows rows() {
        return rows;
    }

    /** The state of {@code side} at {@code t}: after its last state change at or before t. */
    public TcpState stateAt(Side side, long t) {
        return frameAt(position(t)).state(side);
    }

    /** The picture at time {@code t}, with every event up to it happened. */
    public Frame frameAt(long t) {
        return frameAt(position(t));
    }

    /** The picture at a position: exactly the events it counts have happened. */
    public Frame frameAt(Position position) {
        long t = position.time();
        int applied = Math.min(position.applied(), events.size());
        Map<Side, TcpState> states = new EnumMap<>(Side.class);
        Map<Side, StateChanged> transitions = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            List<StateChanged> changes = stateChanges.get(side);
            states.put(side, changes.isEmpty() ? TcpState.CLOSED : changes.get(0).from());
        }
        for (int i = 0; i < applied; i++) {
            if (events.get(i) instanceof StateChanged change) {
                states.put(change.side(), change.to());
                transitions.put(change.side(), change);
            }
        }
        List<PacketPosition> packets = new ArrayList<>();
        for (Flight flight : flights) {
            if (flight.sentIndex() >= applied) {
                continue;
            }
            boolean ended = flight.endIndex() < applied;
            boolean lost = ended && flight.dropped();
            if (ended && !(lost && t < flight.visibleUntil())) {
                continue;
            }
            double fall = lost ? Math.max(0, (double) (t - flight.endAt()) / flight.fallDuration()) : 0;
            packets.add(new PacketPosition(flight, flight.progressAt(t), lost, fall));
        }
        List<TimerCountdown> timers = new ArrayList<>();
        for (TimerSpan span : timerSpans) {
            if (span.armedIndex() < applied && span.stoppedIndex() >= applied) {
                timers.add(new TimerCountdown(span.side(), span.kind(), span.armedAt(), span.expiresAt(), span.attempt(), t));
            }
        }
        return new Frame(new Position(t, applied), states, transitions, packets, timers, latestEvents(applied));
    }

    /** The events of the instant of the last event that happened, up to it. */
    private List<TraceEvent> latestEvents(int applied) {
        if (applied == 0) {
            return List.of();
        }
        long instant = events.get(applied - 1).time();
        int first = applied - 1;
        while (first > 0 && events.get(first - 1).time() == instant) {
            first--;
        }
        return events.subList(first, applied);
    }

    private List<Flight> collectFlights() {
        record Start(long at, int index, int ordinal, boolean retransmission, boolean duplicate, Segment segment,
                     int trainIndex, boolean oldDuplicate) {
        }
        record Departure(long at, Side side) {
        }
        Map<Integer, Start> starts = new HashMap<>();
        Map<Integer, Integer> ends = new HashMap<>();
        Map<Departure, Integer> trains = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (event instanceof SegmentSent sent) {
                int place = trains.merge(new Departure(sent.time(), sent.side()), 1, Integer::sum) - 1;
                starts.put(sent.transmissionId(), new Start(sent.time(), i, sent.ordinal(), sent.retransmission(),
                        false, sent.segment(), place, sent.oldDuplicate()));
                order.add(sent.transmissionId());
            } else if (event instanceof SegmentDuplicated copy) {
                Start original = starts.get(copy.transmissionId());
                int ordinal = original == null ? 0 : original.ordinal();
                boolean retransmission = original != null && original.retransmission();
                int place = trains.merge(new Departure(copy.time(), copy.side()), 1, Integer::sum) - 1;
                boolean oldDuplicate = original != null && original.oldDuplicate();
                starts.put(copy.copyId(), new Start(copy.time(), i, ordinal, retransmission, true, copy.segment(), place,
                        oldDuplicate));
                order.add(copy.copyId());
            } else if (event instanceof SegmentDelivered || event instanceof SegmentDropped) {
                ends.putIfAbsent(((SegmentEvent) event).transmissionId(), i);
            }
        }
        List<Flight> found = new ArrayList<>();
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
            int trainSize = trains.get(new Departure(start.at(), start.segment().from()));
            found.add(new Flight(id, start.segment(), start.ordinal(), start.at(), endAt, outcome,
                    start.retransmission(), start.duplicate(), start.index(),
                    endIndex == null ? events.size() : endIndex, start.trainIndex(), trainSize, start.oldDuplicate()));
        }
        return found;
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
