package tcplab.statediagram;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tcplab.engine.StateChanged;
import tcplab.explain.FigureTransition;

/**
 * A transition arrow of the state diagram, from one box to another. The RFC's figure draws one
 * for each {@link FigureTransition}; a host may also take a transition the figure does not draw
 * (a reset from ESTABLISHED, say), which is an edge without a figure transition.
 *
 * @param from   the box it leaves
 * @param to     the box it enters
 * @param figure the figure's transition, whose label says its event and action; empty for one
 *               the figure does not draw
 */
public record StateEdge(StateBox from, StateBox to, Optional<FigureTransition> figure) {

    /** The figure's transitions, one edge each, in the order of {@link FigureTransition}. */
    public static final List<StateEdge> FIGURE = Arrays.stream(FigureTransition.values())
            .map(transition -> new StateEdge(StateBox.start(transition.from()),
                    StateBox.of(transition.to(), transition.from()), Optional.of(transition)))
            .toList();

    /** The edge a state change goes along. */
    public static StateEdge of(StateChanged change) {
        return new StateEdge(StateBox.start(change.from()), StateBox.of(change.to(), change.from()),
                FigureTransition.between(change.from(), change.to()));
    }

    /** Whether the RFC's figure draws this edge. */
    public boolean inFigure() {
        return figure.isPresent();
    }
}
