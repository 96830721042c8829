package tcplab.statediagram;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * What a run has done on the state diagram up to a playback position: the boxes each host has
 * been in, the transitions taken in the order they happened, and each host's box now. A host
 * starts in the state its first state change leaves (CLOSED for a simulation, whatever a capture
 * begins in), or CLOSED if it never changes state.
 */
public final class StateDiagramRun {

    /**
     * One transition taken.
     *
     * @param eventIndex the index of the state change in the trace
     * @param change     the state change
     * @param edge       the diagram's edge it goes along
     */
    public record Step(int eventIndex, StateChanged change, StateEdge edge) {

        /** The host that took it. */
        public Side side() {
            return change.side();
        }
    }

    private final Map<Side, List<StateBox>> visited;
    private final Map<Side, StateBox> current;
    private final List<Step> taken;

    private StateDiagramRun(Map<Side, List<StateBox>> visited, Map<Side, StateBox> current, List<Step> taken) {
        this.visited = visited;
        this.current = current;
        this.taken = taken;
    }

    /**
     * The run of {@code trace} up to the position where its first {@code upToEvent} events have
     * happened (as {@link tcplab.playback.Position#applied()} counts them): 0 for its start,
     * the number of events for its end.
     *
     * @throws IllegalArgumentException if {@code upToEvent} is negative or beyond the last event
     */
    public static StateDiagramRun of(Trace trace, int upToEvent) {
        List<TraceEvent> events = trace.events();
        if (upToEvent < 0 || upToEvent > events.size()) {
            throw new IllegalArgumentException("upToEvent " + upToEvent + " is not from 0 to " + events.size());
        }
        Map<Side, TcpState> initial = new EnumMap<>(Side.class);
        for (TraceEvent event : events) {
            if (event instanceof StateChanged change) {
                initial.putIfAbsent(change.side(), change.from());
            }
        }
        Map<Side, Set<StateBox>> boxes = new EnumMap<>(Side.class);
        Map<Side, StateBox> current = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            StateBox start = StateBox.start(initial.getOrDefault(side, TcpState.CLOSED));
            boxes.put(side, new LinkedHashSet<>(List.of(start)));
            current.put(side, start);
        }
        List<Step> taken = new ArrayList<>();
        for (int index = 0; index < upToEvent; index++) {
            if (events.get(index) instanceof StateChanged change) {
                Step step = new Step(index, change, StateEdge.of(change));
                taken.add(step);
                boxes.get(change.side()).add(step.edge().to());
                current.put(change.side(), step.edge().to());
            }
        }
        Map<Side, List<StateBox>> visited = new EnumMap<>(Side.class);
        boxes.forEach((side, set) -> visited.put(side, List.copyOf(set)));
        return new StateDiagramRun(visited, current, List.copyOf(taken));
    }

    /** The whole run of {@code trace}, every event happened. */
    public static StateDiagramRun whole(Trace trace) {
        return of(trace, trace.events().size());
    }

    /** The boxes {@code side} has been in, each once, in the order it first entered them. */
    public List<StateBox> visited(Side side) {
        return visited.get(side);
    }

    /** The box {@code side} is in now. */
    public StateBox current(Side side) {
        return current.get(side);
    }

    /** Every transition taken by either host, in trace order. */
    public List<Step> taken() {
        return taken;
    }

    /** The last transition {@code side} took, if it took any. */
    public Optional<Step> latest(Side side) {
        for (int i = taken.size() - 1; i >= 0; i--) {
            if (taken.get(i).side() == side) {
                return Optional.of(taken.get(i));
            }
        }
        return Optional.empty();
    }
}
