package tcplab.view;

import javafx.beans.property.ReadOnlyObjectProperty;
import tcplab.i18n.Message;

/**
 * Where the trace the window plays comes from: a simulated lesson today, a captured connection or
 * an exercise later. The playback and the views that draw the trace depend on this alone, never
 * on where a trace came from; a source's own panels (faults for a simulation, say) come with it.
 */
public interface TraceSource {

    /** The trace to play now; never null. */
    ReadOnlyObjectProperty<PublishedTrace> traceProperty();

    /** Why the source could not give a new trace, or null; the trace before stays. */
    ReadOnlyObjectProperty<Message> errorProperty();
}
