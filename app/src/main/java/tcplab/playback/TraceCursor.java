package tcplab.playback;

import java.util.ArrayList;
import java.util.Arrays;
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
 * Random access into a finished trace: the picture at any time, and the event times to step
 * between. It does not assume the trace came from the simulator; a captured trace works as well.
 */
public final class TraceCursor {

    private final Trace trace;
    private final List<Flight> flights;
    private final List<TimerSpan> timerSpans;
    private final Map<Side, List<StateChanged>> stateChanges = new EnumMap<>(Side.class);
    private final long[] eventTimes;

    public TraceCursor(Trace trace) {
        this.trace = trace;
        this.flights = List.copyOf(collectFlights(trace));
        this.timerSpans = List.copyOf(collectTimerSpans(trace));
        for (Side side : Side.values()) {
            stateChanges.put(side, new ArrayList<>());
        }
        for (TraceEvent event : trace.events()) {
            if (event instanceof StateChanged change) {
                stateChanges.get(change.side()).add(change);
            }
        }
        this.eventTimes = trace.events().stream().mapToLong(TraceEvent::time).distinct().sorted().toArray();
    }

    public Trace trace() {
        return trace;
    }

    /** The last moment of the trace: its end time, or its last event if that is later. */
    public long endTime() {
        long lastEvent = eventTimes.length == 0 ? 0 : eventTimes[eventTimes.length - 1];
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

    /** The state of {@code side} at {@code t}: after its last state change at or before t. */
    public TcpState stateAt(Side side, long t) {
        List<StateChanged> changes = stateChanges.get(side);
        TcpState state = changes.isEmpty() ? TcpState.CLOSED : changes.get(0).from();
        for (StateChanged change : changes) {
            if (change.time() > t) {
                break;
            }
            state = change.to();
        }
        return state;
    }

    /** The distinct event times, ascending. */
    public long[] eventTimes() {
        return eventTimes.clone();
    }

    /** The first event time after {@code t}, or the end of the trace. */
    public long nextEventTime(long t) {
        int index = Arrays.binarySearch(eventTimes, t);
        int next = index >= 0 ? index + 1 : -index - 1;
        return next < eventTimes.length ? eventTimes[next] : endTime();
    }

    /** The last event time before {@code t}, or 0. */
    public long previousEventTime(long t) {
        int index = Arrays.binarySearch(eventTimes, t);
        int previous = index >= 0 ? index - 1 : -index - 2;
        return previous >= 0 ? eventTimes[previous] : 0;
    }

    /** The picture at {@code t}. */
    public Frame frameAt(long t) {
        Map<Side, TcpState> states = new EnumMap<>(Side.class);
        Map<Side, StateChanged> transitions = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            states.put(side, stateAt(side, t));
            for (StateChanged change : stateChanges.get(side)) {
                if (change.time() > t) {
                    break;
                }
                transitions.put(side, change);
            }
        }
        List<PacketPosition> packets = new ArrayList<>();
        for (Flight flight : flights) {
            if (flight.sentAt() > t || t >= flight.visibleUntil() && flight.outcome() != Flight.Outcome.UNFINISHED) {
                continue;
            }
            double fall = flight.dropped() && t > flight.endAt()
                    ? (double) (t - flight.endAt()) / flight.fallDuration()
                    : 0;
            packets.add(new PacketPosition(flight, flight.progressAt(t), fall));
        }
        List<TimerCountdown> timers = new ArrayList<>();
        for (TimerSpan span : timerSpans) {
            if (span.runningAt(t)) {
                timers.add(new TimerCountdown(span.side(), span.kind(), span.armedAt(), span.expiresAt(), span.attempt(), t));
            }
        }
        return new Frame(t, states, transitions, packets, timers, latestEventsAt(t));
    }

    private List<TraceEvent> latestEventsAt(long t) {
        int index = Arrays.binarySearch(eventTimes, t);
        int latest = index >= 0 ? index : -index - 2;
        if (latest < 0) {
            return List.of();
        }
        long latestTime = eventTimes[latest];
        return trace.events().stream().filter(event -> event.time() == latestTime).toList();
    }

    private static List<Flight> collectFlights(Trace trace) {
        record Start(int id, long at, int ordinal, boolean retransmission, boolean duplicate) {
        }
        Map<Integer, Start> starts = new HashMap<>();
        Map<Integer, TraceEvent> ends = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        Map<Integer, Segment> segments = new HashMap<>();
        for (TraceEvent event : trace.events()) {
            if (event instanceof SegmentSent sent) {
                starts.put(sent.transmissionId(),
                        new Start(sent.transmissionId(), sent.time(), sent.ordinal(), sent.retransmission(), false));
                segments.put(sent.transmissionId(), sent.segment());
                order.add(sent.transmissionId());
            } else if (event instanceof SegmentDuplicated copy) {
                Start original = starts.get(copy.transmissionId());
                int ordinal = original == null ? 0 : original.ordinal();
                boolean retransmission = original != null && original.retransmission();
                starts.put(copy.copyId(), new Start(copy.copyId(), copy.time(), ordinal, retransmission, true));
                segments.put(copy.copyId(), copy.segment());
                order.add(copy.copyId());
            } else if (event instanceof SegmentDelivered || event instanceof SegmentDropped) {
                ends.putIfAbsent(((SegmentEvent) event).transmissionId(), event);
            }
        }
        List<Flight> flights = new ArrayList<>();
        for (int id : order) {
            Start start = starts.get(id);
            TraceEvent end = ends.get(id);
            Flight.Outcome outcome;
            long endAt;
            if (end instanceof SegmentDelivered delivered) {
                outcome = Flight.Outcome.DELIVERED;
                endAt = delivered.time();
            } else if (end instanceof SegmentDropped dropped) {
                outcome = Flight.Outcome.DROPPED;
                endAt = dropped.time();
            } else {
                outcome = Flight.Outcome.UNFINISHED;
                endAt = Math.max(trace.endTime(), start.at() + 1);
            }
            flights.add(new Flight(id, segments.get(id), start.ordinal(), start.at(), endAt, outcome,
                    start.retransmission(), start.duplicate()));
        }
        return flights;
    }

    private static List<TimerSpan> collectTimerSpans(Trace trace) {
        record Key(Side side, TimerKind kind) {
        }
        Map<Key, TimerArmed> running = new HashMap<>();
        List<TimerSpan> spans = new ArrayList<>();
        for (TraceEvent event : trace.events()) {
            if (event instanceof TimerArmed armed) {
                TimerArmed previous = running.put(new Key(armed.side(), armed.kind()), armed);
                if (previous != null) {
                    spans.add(span(previous, armed.time()));
                }
            } else if (event instanceof TimerFired fired) {
                TimerArmed previous = running.remove(new Key(fired.side(), fired.kind()));
                if (previous != null) {
                    spans.add(span(previous, fired.time()));
                }
            } else if (event instanceof TimerCancelled cancelled) {
                TimerArmed previous = running.remove(new Key(cancelled.side(), cancelled.kind()));
                if (previous != null) {
                    spans.add(span(previous, cancelled.time()));
                }
            }
        }
        long end = Math.max(trace.endTime(), trace.events().isEmpty() ? 0 : trace.events().get(trace.events().size() - 1).time());
        running.values().forEach(armed -> spans.add(span(armed, end + 1)));
        return spans;
    }

    private static TimerSpan span(TimerArmed armed, long stoppedAt) {
        return new TimerSpan(armed.side(), armed.kind(), armed.time(), armed.expiresAt(), armed.attempt(), stoppedAt);
    }
}
