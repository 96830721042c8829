package tcplab.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import tcplab.engine.Trace;
import tcplab.files.AtomicFile;
import tcplab.guided.QuestionGenerator;
import tcplab.handout.Handout;
import tcplab.handout.HandoutRun;
import tcplab.i18n.Language;

/**
 * Writes the lesson shown as a printable handout: its inputs, faults included, its trace in the
 * numbering the window shows, and the questions the guided mode asks of it. A captured
 * connection has no lesson, no setup to tell and no questions, so it gets no handout.
 */
final class HandoutExport {

    private final LabModel lab;

    HandoutExport(LabModel lab) {
        this.lab = lab;
    }

    /** Whether the window shows a lesson, whose handout can be written. */
    BooleanBinding available() {
        return Bindings.createBooleanBinding(() -> lab.sourceProperty().get() == lab.lesson(), lab.sourceProperty());
    }

    /** Writes the handout in {@code languages} to {@code file}, replacing it, whole or not at all. */
    void write(List<Language> languages, Path file) throws IOException {
        boolean relative = lab.playback().relativeNumbersProperty().get();
        Trace trace = lab.lesson().traceProperty().get().trace();
        HandoutRun run = HandoutRun.of(lab.lesson().inputsProperty().get(), trace, relative);
        AtomicFile.write(file, out -> Handout.write(run, new QuestionGenerator(trace, relative).questions(),
                languages, out));
    }
}
