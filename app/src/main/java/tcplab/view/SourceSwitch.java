package tcplab.view;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.i18n.Message;

/**
 * The source the window shows now, as one {@link TraceSource}: the playback listens to this alone,
 * and a switch to another source (a capture opened, the lessons again) reaches it as a new trace
 * that starts from its beginning. The traces a source publishes while it is shown pass through as
 * they are, revisions included; a source not shown is not listened to.
 */
final class SourceSwitch implements TraceSource {

    private final ObjectProperty<TraceSource> current = new SimpleObjectProperty<>(this, "current");
    private final ReadOnlyObjectWrapper<PublishedTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ChangeListener<PublishedTrace> forwardTrace = (obs, old, now) -> trace.set(now);
    private final ChangeListener<Message> forwardError = (obs, old, now) -> error.set(now);

    SourceSwitch(TraceSource first) {
        show(first);
    }

    /** Shows {@code source} from the start of its trace. */
    void show(TraceSource source) {
        TraceSource old = current.get();
        if (old == source) {
            return;
        }
        if (old != null) {
            old.traceProperty().removeListener(forwardTrace);
            old.errorProperty().removeListener(forwardError);
        }
        current.set(source);
        source.traceProperty().addListener(forwardTrace);
        source.errorProperty().addListener(forwardError);
        error.set(source.errorProperty().get());
        trace.set(new PublishedTrace(source.traceProperty().get().trace(), false));
    }

    ReadOnlyObjectProperty<TraceSource> currentProperty() {
        return current;
    }

    @Override
    public ReadOnlyObjectProperty<PublishedTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    public List<ScriptedFault> learnerFaults() {
        return current.get().learnerFaults();
    }

    @Override
    public Set<Side> fixedIsns() {
        return current.get().fixedIsns();
    }

    @Override
    public boolean timeEstimated(int eventIndex) {
        return current.get().timeEstimated(eventIndex);
    }
}
