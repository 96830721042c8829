package tcplab.playback;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TraceEvent;

/**
 * Everything the window shows at one playback position: exactly the events up to and including the
 * position have happened, however many share its instant. The same position always gives an
 * equal frame.
 *
 * @param position      the playback position
 * @param states        each side's state: after its last state change that happened
 * @param transitions   each side's last state change that happened, if any
 * @param packets       the segments on (or falling off) the wire
 * @param timers        the timers running
 * @param latestEvents  the events that happened in the instant of the last one, up to the position:
 *                      the last of them is the current event, the one just stepped onto
 */
public record Frame(Position position, Map<Side, TcpState> states, Map<Side, StateChanged> transitions,
                    List<PacketPosition> packets, List<TimerCountdown> timers, List<TraceEvent> latestEvents) {

    public Frame {
        states = Map.copyOf(states);
        transitions = Map.copyOf(transitions);
        packets = List.copyOf(packets);
        timers = List.copyOf(timers);
        latestEvents = List.copyOf(latestEvents);
    }

    /** The playback time, in simulated microseconds. */
    public long time() {
        return position.time();
    }

    /** How many of the trace's events have happened, counted from its start. */
    public int applied() {
        return position.applied();
    }

    /** The index in the trace of the first of {@link #latestEvents()}. */
    public int firstLatestEvent() {
        return position.applied() - latestEvents.size();
    }

    /** Whether the trace's event at {@code eventIndex} has happened at this position. */
    public boolean happened(int eventIndex) {
        return eventIndex < position.applied();
    }

    /** The event the position stands on: the last one that happened, if any did. */
    public Optional<TraceEvent> currentEvent() {
        return latestEvents.isEmpty() ? Optional.empty() : Optional.of(latestEvents.get(latestEvents.size() - 1));
    }

    public TcpState state(Side side) {
        return states.get(side);
    }

    public Optional<StateChanged> transition(Side side) {
        return Optional.ofNullable(transitions.get(side));
    }

    /** The timers of one side. */
    public List<TimerCountdown> timers(Side side) {
        return timers.stream().filter(timer -> timer.side() == side).toList();
    }

    /** The segments still on their way, which a learner may drop: not lost, not arrived. */
    public List<Flight> droppable() {
        return packets.stream().filter(packet -> !packet.lost() && packet.flight().endAt() > time())
                .map(PacketPosition::flight).toList();
    }
}
