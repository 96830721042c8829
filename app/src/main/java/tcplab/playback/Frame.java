package tcplab.playback;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TraceEvent;

/**
 * Everything the window shows at one playback time: the same time always gives an equal frame.
 *
 * @param time          the playback time, in simulated microseconds
 * @param applied       how many of the trace's events have happened, counted from its start
 * @param states        each side's state: the last state change at or before {@code time}
 * @param transitions   each side's last state change at or before {@code time}, if any
 * @param packets       the segments on (or falling off) the wire
 * @param timers        the timers running
 * @param latestEvents  the events of the latest event time at or before {@code time}: what just happened;
 *                      they are the trace's events just before index {@code applied}
 */
public record Frame(long time, int applied, Map<Side, TcpState> states, Map<Side, StateChanged> transitions,
                    List<PacketPosition> packets, List<TimerCountdown> timers, List<TraceEvent> latestEvents) {

    public Frame {
        states = Map.copyOf(states);
        transitions = Map.copyOf(transitions);
        packets = List.copyOf(packets);
        timers = List.copyOf(timers);
        latestEvents = List.copyOf(latestEvents);
    }

    /** The index in the trace of the first of {@link #latestEvents()}. */
    public int firstLatestEvent() {
        return applied - latestEvents.size();
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
}
