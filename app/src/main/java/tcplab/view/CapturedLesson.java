package tcplab.view;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import tcplab.capture.CaptureContents;
import tcplab.capture.CapturedConnection;
import tcplab.capture.CapturedTrace;
import tcplab.i18n.Message;

/**
 * A connection of a capture file, played like a lesson: the file's connections, the one chosen
 * (the first complete one at first), and its trace as inferred from the packets. Choosing
 * another connection starts its trace from the beginning. The learner adds no faults here: the
 * losses are those the capture shows.
 */
public final class CapturedLesson implements TraceSource {

    private final Path file;
    private final CaptureContents contents;
    private final ObjectProperty<CapturedConnection> connection = new SimpleObjectProperty<>(this, "connection");
    private final ReadOnlyObjectWrapper<CapturedTrace> captured = new ReadOnlyObjectWrapper<>(this, "captured");
    private final ReadOnlyObjectWrapper<PublishedTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>(this, "error");

    /**
     * @param file     the file read, for its name
     * @param contents what it holds: at least one connection
     * @throws IllegalArgumentException if it holds no TCP connection
     */
    public CapturedLesson(Path file, CaptureContents contents) {
        this.file = file;
        this.contents = contents;
        CapturedConnection first = contents.defaultConnection()
                .orElseThrow(() -> new IllegalArgumentException("no TCP connection in " + file));
        infer(first);
        connection.set(first);
        connection.addListener((obs, old, chosen) -> infer(chosen));
    }

    /** Infers the trace of {@code chosen} and publishes it, or says why it could not; the trace before stays. */
    private void infer(CapturedConnection chosen) {
        try {
            CapturedTrace inferred = chosen.toTrace();
            captured.set(inferred);
            trace.set(new PublishedTrace(inferred.trace(), false));
            error.set(null);
        } catch (RuntimeException e) {
            error.set(Message.of("capture.error.connection", chosen.number(), String.valueOf(e.getMessage())));
        }
    }

    /** The file's name, as the lesson panel shows it. */
    public String fileName() {
        return String.valueOf(file.getFileName());
    }

    public Path file() {
        return file;
    }

    /** Every connection of the file. */
    public CaptureContents contents() {
        return contents;
    }

    /** The connection shown; set it to show another of the file's. */
    public ObjectProperty<CapturedConnection> connectionProperty() {
        return connection;
    }

    /** The chosen connection's trace with what only a capture has: capture point, round trip, estimates. */
    public ReadOnlyObjectProperty<CapturedTrace> capturedProperty() {
        return captured.getReadOnlyProperty();
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
    public boolean timeEstimated(int eventIndex) {
        return captured.get().timeEstimated(eventIndex);
    }
}
