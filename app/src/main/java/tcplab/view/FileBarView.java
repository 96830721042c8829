package tcplab.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tcplab.files.IoProblem;
import tcplab.i18n.Message;
import tcplab.settings.RecentFiles;

/**
 * Opens files in the background and tells how it went, in a band above the playback controls:
 * while a file is read, its name, a progress bar and a cancel button (the window stays usable, a
 * big file included); afterwards, what went wrong or what was saved, until the learner closes the
 * note or the next file opens. What the window showed before stays until a file is read whole.
 * A file read is remembered among the recent files; one that is gone is forgotten.
 */
public final class FileBarView extends VBox {

    public static final String STYLE_CLASS = "file-bar";

    private final LanguageModel language;
    private final RecentFiles recent;
    private final List<FileKind> kinds;
    private final HBox progressRow = new HBox(8);
    private final Label reading = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final HBox noteRow = new HBox(8);
    private final Label note = new Label();
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private Task<Runnable> task;

    FileBarView(LanguageModel language, RecentFiles recent, List<FileKind> kinds) {
        this.language = language;
        this.recent = recent;
        this.kinds = List.copyOf(kinds);
        getStyleClass().add(STYLE_CLASS);

        reading.getStyleClass().add("file-reading");
        progress.setId("file-progress");
        cancel.setId("file-cancel");
        cancel.textProperty().bind(language.bind("file.cancel"));
        cancel.setOnAction(event -> cancelReading());
        progressRow.getChildren().addAll(reading, progress, cancel);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(progress, Priority.ALWAYS);
        progress.setMaxWidth(Double.MAX_VALUE);

        note.setId("file-note");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(note, Priority.ALWAYS);
        Button close = new Button("✕");
        close.getStyleClass().addAll("file-note-close", ViewStyles.LANGUAGE_NEUTRAL);
        close.setOnAction(event -> clearNote());
        noteRow.getChildren().addAll(note, close);
        noteRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(progressRow, noteRow);
        show(progressRow, false);
        show(noteRow, false);
    }

    private static void show(HBox row, boolean shown) {
        row.setVisible(shown);
        row.setManaged(shown);
    }

    /**
     * Reads {@code file} in the background with the kind that recognizes it, and shows it when
     * read whole. A file being read already is given up for the new one.
     */
    public void open(Path file) {
        open(file, problem -> { });
    }

    /**
     * As {@link #open(Path)}, then tells {@code done} why the file was not opened, or null once it
     * is shown; a read given up for another file tells nothing.
     */
    public void open(Path file, Consumer<Message> done) {
        cancelReading();
        clearNote();
        FileKind kind;
        try {
            kind = kindOf(file);
        } catch (FileProblem e) {
            fail(file, e.message());
            done.accept(e.message());
            return;
        }
        String name = String.valueOf(file.getFileName());
        Task<Runnable> reader = new Task<>() {
            @Override
            protected Runnable call() throws Exception {
                return kind.read(file, (offset, size) -> updateProgress(offset, size > 0 ? size : -1), this::isCancelled);
            }
        };
        task = reader;
        reading.textProperty().bind(language.bind("file.reading", name));
        progress.progressProperty().bind(reader.progressProperty());
        show(progressRow, true);
        reader.setOnSucceeded(event -> {
            finish(reader);
            reader.getValue().run();
            remember(file);
            done.accept(null);
        });
        reader.setOnFailed(event -> {
            finish(reader);
            Throwable error = reader.getException();
            if (error instanceof FileProblem known) {
                fail(file, known.message());
                done.accept(known.message());
            } else if (!(error instanceof InterruptedIOException)) {
                Message unreadable = Message.of("file.error.read", name, IoProblem.of(error));
                fail(file, unreadable);
                done.accept(unreadable);
            }
        });
        reader.setOnCancelled(event -> finish(reader));
        Thread thread = new Thread(reader, "read " + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Which kind reads {@code file}, from its first bytes. */
    private FileKind kindOf(Path file) throws FileProblem {
        String name = String.valueOf(file.getFileName());
        byte[] head;
        if (Files.isDirectory(file)) {
            throw new FileProblem(Message.of("file.error.folder", name));
        }
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FileKind.HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw new FileProblem(Message.of("file.error.missing", name));
        } catch (IOException e) {
            throw new FileProblem(Message.of("file.error.read", name, IoProblem.of(e)));
        }
        for (FileKind kind : kinds) {
            if (kind.recognizes(name, head)) {
                return kind;
            }
        }
        throw new FileProblem(Message.of("file.error.kind", name));
    }

    private void finish(Task<Runnable> finished) {
        if (task == finished) {
            task = null;
            progress.progressProperty().unbind();
            reading.textProperty().unbind();
            show(progressRow, false);
        }
    }

    private void cancelReading() {
        if (task != null) {
            Task<Runnable> cancelled = task;
            finish(cancelled);
            cancelled.cancel();
        }
    }

    private void remember(Path file) {
        try {
            recent.add(file);
        } catch (IOException e) {
            tell(Message.of("error.preferences", IoProblem.of(e)), false);
        }
    }

    private void fail(Path file, Message message) {
        if (!Files.exists(file)) {
            try {
                recent.remove(file);
            } catch (IOException e) {
                // The problem with the file is what the learner needs to read; the list stays as it was.
            }
        }
        tell(message, true);
    }

    /** Shows {@code message} until it is closed: a problem, or news such as a file saved. */
    void tell(Message message, boolean isProblem) {
        note.textProperty().bind(language.bind(message));
        note.pseudoClassStateChanged(ViewStyles.PROBLEM, isProblem);
        problem.set(isProblem ? message : null);
        show(noteRow, true);
    }

    private void clearNote() {
        note.textProperty().unbind();
        note.setText("");
        problem.set(null);
        show(noteRow, false);
    }

    /** Whether a file is being read now. */
    public boolean reading() {
        return task != null;
    }

    /** The last problem shown and not yet closed, or null. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The text of the note shown, or empty, for tests. */
    public String noteText() {
        return noteRow.isVisible() ? note.getText() : "";
    }
}
