package tcplab.view;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.i18n.Message;

/**
 * Where the trace the window plays comes from: a simulated lesson, a captured connection, an
 * exercise later. The playback and the views that draw the trace depend on this alone, never
 * on where a trace came from; a source's own panels (faults for a simulation, the connection
 * chooser for a capture) come with it.
 */
public interface TraceSource {

    /** The trace to play now; never null. */
    ReadOnlyObjectProperty<PublishedTrace> traceProperty();

    /** Why the source could not give a new trace, or null; the trace before stays. */
    ReadOnlyObjectProperty<Message> errorProperty();

    /** The segments the learner chose to drop, so the explanations can say whose drop it was; none by default. */
    default List<ScriptedFault> learnerFaults() {
        return List.of();
    }

    /**
     * Whether the time of the trace's event {@code eventIndex} is an estimate rather than a
     * measurement (a capture sees only one place on the path); a simulation knows every time.
     */
    default boolean timeEstimated(int eventIndex) {
        return false;
    }

    /**
     * The sides whose ISN the run fixed rather than drew as RFC 9293 does, so the explanation of a
     * SYN can say which; none by default (a capture shows ISNs as the hosts chose them).
     */
    default Set<Side> fixedIsns() {
        return Set.of();
    }
}
