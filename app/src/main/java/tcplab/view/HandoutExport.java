package tcplab.view;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import tcplab.engine.Trace;
import tcplab.guided.QuestionGenerator;
import tcplab.handout.Handout;
import tcplab.handout.HandoutRun;
import tcplab.i18n.Language;

/**
 * The lesson shown as a printable handout page: its inputs, faults included, its trace in the
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

    /** The handout page of the lesson shown, in {@code languages}. */
    String page(List<Language> languages) {
        boolean relative = lab.playback().relativeNumbersProperty().get();
        Trace trace = lab.lesson().traceProperty().get().trace();
        HandoutRun run = HandoutRun.of(lab.lesson().inputsProperty().get(), trace, relative);
        return Handout.render(run, new QuestionGenerator(trace, relative, lab.guided().teacherQuestions()).questions(),
                languages);
    }
}
