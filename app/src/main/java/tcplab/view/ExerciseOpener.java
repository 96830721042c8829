package tcplab.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import tcplab.exercise.ClassPack;
import tcplab.exercise.Exercise;
import tcplab.exercise.ExerciseCode;
import tcplab.exercise.ExerciseFiles;
import tcplab.exercise.ExerciseProblem;
import tcplab.exercise.TeacherText;
import tcplab.i18n.Message;
import tcplab.settings.Settings;

/**
 * Applies exercises to the lesson in the window: from a file, a folder of numbered exercises (a
 * class pack), or a pasted text code. An exercise is checked whole before anything changes; one
 * that cannot be read leaves the current run as it was and says why in the window's language.
 * The window's File menu, drag and drop and a double-clicked file all come here through
 * {@link #open(Path)}.
 */
public final class ExerciseOpener {

    /** The remembered setting: the exercise file or class pack opened last. */
    static final String LAST_EXERCISE = "exercise.last";

    private final LanguageModel language;
    private final LabModel lab;
    private final Settings settings;
    private final Supplier<Window> owner;
    private final ReadOnlyObjectWrapper<TeacherText> teacher = new ReadOnlyObjectWrapper<>(this, "teacher",
            TeacherText.NONE);
    private final ReadOnlyObjectWrapper<ClassPack> pack = new ReadOnlyObjectWrapper<>(this, "pack");
    private final ReadOnlyIntegerWrapper packIndex = new ReadOnlyIntegerWrapper(this, "packIndex");
    private final ReadOnlyObjectWrapper<Message> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    /**
     * @param owner the window a message about a bad exercise is shown over
     */
    public ExerciseOpener(LanguageModel language, LabModel lab, Settings settings, Supplier<Window> owner) {
        this.language = language;
        this.lab = lab;
        this.settings = settings;
        this.owner = owner;
    }

    /**
     * Opens an exercise file, or a folder as a class pack at its first exercise, and remembers it.
     *
     * @return whether it opened; if not, the window shows why and the lesson is unchanged
     */
    public boolean open(Path fileOrFolder) {
        try {
            if (Files.isDirectory(fileOrFolder)) {
                pack.set(ClassPack.read(fileOrFolder));
                showPackExercise(0);
                remember(fileOrFolder);
            } else {
                opened(fileOrFolder, ExerciseFiles.read(fileOrFolder));
            }
        } catch (ExerciseProblem refused) {
            refuse(refused);
            return false;
        }
        return true;
    }

    /** Shows an exercise read from {@code file} already (by the File menu's reader), and remembers the file. */
    void opened(Path file, Exercise read) {
        pack.set(null);
        apply(read);
        remember(file);
    }

    private void remember(Path fileOrFolder) {
        settings.putString(LAST_EXERCISE, fileOrFolder.toAbsolutePath().toString());
        try {
            settings.save();
        } catch (IOException e) {
            // Remembering is a convenience; the exercise is open all the same.
        }
    }

    /** Opens the exercise a pasted text code holds; see {@link #open(Path)}. */
    public boolean openCode(String code) {
        try {
            Exercise read = ExerciseCode.decode(code);
            pack.set(null);
            apply(read);
            return true;
        } catch (ExerciseProblem refused) {
            refuse(refused);
            return false;
        }
    }

    /** The exercise file or class pack opened last, if any was. */
    public Optional<Path> last() {
        String remembered = settings.getString(LAST_EXERCISE, "");
        return remembered.isEmpty() ? Optional.empty() : Optional.of(Path.of(remembered));
    }

    /** Shows the class pack's exercise {@code index} (from 0); outside the pack nothing changes. */
    public void showPackExercise(int index) {
        ClassPack open = pack.get();
        if (open != null && index >= 0 && index < open.exercises().size()) {
            packIndex.set(index);
            apply(open.exercises().get(index).exercise());
        }
    }

    /**
     * Shows an exercise: its inputs in one step, its start time, its language and its teacher's
     * text. An exercise with teacher questions starts guided from the beginning, so that they are asked.
     */
    public void apply(Exercise exercise) {
        problem.set(null);
        // An exercise is a lesson: a capture shown gives way to it.
        lab.showLesson();
        exercise.language().ifPresent(language::show);
        teacher.set(exercise.teacher());
        lab.guided().askTeacherQuestions(exercise.inputs(), exercise.teacher().questions());
        lab.lesson().inputsProperty().set(exercise.inputs());
        lab.playback().seek(exercise.startMillis() * 1000);
        if (!exercise.teacher().questions().isEmpty()) {
            lab.guided().start();
        }
    }

    /**
     * Keeps a teacher's texts with the lesson as it stands (saved with it, shown in the exercise
     * bar); its questions, checked against the current run by the editor, are asked in guided mode.
     */
    public void setTeacher(TeacherText written) {
        teacher.set(written);
        lab.guided().askTeacherQuestions(lab.lesson().inputsProperty().get(), written.questions());
    }

    /** The lesson as it stands, as an exercise: its inputs, the current time, the language and the teacher's text. */
    public Exercise current() {
        return new Exercise(lab.lesson().inputsProperty().get(), lab.playback().time() / 1000,
                Optional.of(language.language()), teacher.get());
    }

    /** How many events the run shown has: a teacher's question is asked before one of them. */
    int runEvents() {
        return lab.playback().cursorProperty().get().trace().events().size();
    }

    /** How many of the run's events playback shows now. */
    int eventsShown() {
        return lab.playback().frameProperty().get().position().applied();
    }

    /** Saves the lesson as it stands as an exercise file. */
    public void save(Path file) throws IOException {
        ExerciseFiles.write(current(), file);
    }

    private void refuse(ExerciseProblem refused) {
        problem.set(refused.problem());
        Alert alert = new Alert(Alert.AlertType.WARNING,
                language.text("exercise.open.failed", refused.problem()));
        alert.setHeaderText(null);
        alert.setTitle(language.text("error.title"));
        alert.initOwner(owner.get());
        alert.show();
    }

    /** The teacher's task and hints of the exercise shown last. */
    public ReadOnlyObjectProperty<TeacherText> teacherProperty() {
        return teacher.getReadOnlyProperty();
    }

    /** The class pack open, or null when none is. */
    public ReadOnlyObjectProperty<ClassPack> packProperty() {
        return pack.getReadOnlyProperty();
    }

    /** Which of the class pack's exercises is shown, from 0. */
    public ReadOnlyIntegerProperty packIndexProperty() {
        return packIndex.getReadOnlyProperty();
    }

    /** Why the exercise asked for last was not opened, or null if it was. */
    public ReadOnlyObjectProperty<Message> problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
