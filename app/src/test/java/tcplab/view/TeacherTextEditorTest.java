package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.exercise.ExerciseCode;
import tcplab.exercise.ExerciseFiles;
import tcplab.guided.Question;
import tcplab.guided.QuestionKind;
import tcplab.i18n.BilingualText;
import tcplab.i18n.Language;
import tcplab.playback.PlaybackSpeed;

/**
 * A teacher writes the texts and a question in the editor, keeps them, saves the exercise, and a
 * learner who opens it is asked that question in guided mode; the editor refuses what a file
 * would refuse, in the window's language, and stays open.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class TeacherTextEditorTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    @TempDir
    Path folder;
    private LanguageModel language;
    private LabModel model;
    private MainView main;
    private ExerciseOpener opener;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
        language = new LanguageModel(settings.settings());
        language.show(Language.ENGLISH);
        model = Labs.handshake();
        main = new MainView(language, new DisplayModel(settings.settings()), model);
        opener = main.exercises();
        Scene scene = new Scene(main, 1024, 700);
        LabApplication.showExercises(language, main, scene);
        LabApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Opens the editor without waiting for it to close; returns whether it kept texts, once it has. */
    private AtomicReference<Boolean> openEditor(FxRobot robot) {
        AtomicReference<Boolean> kept = new AtomicReference<>();
        Platform.runLater(() -> kept.set(new TeacherTextEditor(language, opener).show(stage, language.text("teacher.keep"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#teacher-task-ko").tryQuery()).as("the editor is open").isPresent();
        return kept;
    }

    private static void set(FxRobot robot, String id, String text) {
        TextInputControl field = robot.lookup("#" + id).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void textsAndAQuestionWrittenInTheEditorAreSavedAndAskedInGuidedMode(FxRobot robot) throws Exception {
        AtomicReference<Boolean> kept = openEditor(robot);

        // From the Korean task, Tab reaches the English one beside it, typed into from the keyboard.
        set(robot, "teacher-task-ko", "서버가 SYN에 어떻게 답하는지 보세요.");
        robot.clickOn("#teacher-task-ko").type(KeyCode.TAB).write("See how the server answers the SYN.");
        assertThat(robot.lookup("#teacher-task-en").queryAs(TextInputControl.class).getText())
                .as("Tab leaves the multi-line Korean field for the English one")
                .isEqualTo("See how the server answers the SYN.");
        set(robot, "teacher-hints-en", "Watch the server's state.\nCount the segments.");
        robot.clickOn("#teacher-question-add");
        Spinner<?> before = robot.lookup("#teacher-q1-before").queryAs(Spinner.class);
        robot.interact(() -> before.getEditor().setText("9"));
        set(robot, "teacher-q1-prompt-ko", "서버는 무엇을 보낼까요?");
        set(robot, "teacher-q1-prompt-en", "What does the server send?");
        set(robot, "teacher-q1-choice1-en", "SYN+ACK");
        set(robot, "teacher-q1-choice2-en", "RST");
        set(robot, "teacher-q1-choice3-ko", "아무것도 보내지 않습니다");
        set(robot, "teacher-q1-feedback1-en", "It accepts the connection and answers with its own SYN.");

        // No right answer marked: refused in the dialog, which stays open.
        robot.clickOn("#teacher-keep");
        assertThat(robot.lookup("#teacher-problem").queryAs(Label.class).getText())
                .isEqualTo("Question 1: exactly one choice must be the right answer, but 0 are marked right.");
        assertThat(kept.get()).isNull();

        mark(robot, "teacher-q1-right1");
        robot.clickOn("#teacher-keep");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kept.get()).isTrue();
        assertThat(robot.lookup("#exercise-task").queryAs(Label.class).getText())
                .isEqualTo("Task: See how the server answers the SYN.");
        assertThat(robot.lookup("#exercise-hints").queryAs(Label.class).getText())
                .isEqualTo("Hint 1: Watch the server's state.\nHint 2: Count the segments.");
        Question written = opener.teacherProperty().get().questions().get(0);
        assertThat(written.kind()).isEqualTo(QuestionKind.TEACHER);
        assertThat(written.askBefore()).isEqualTo(8);
        assertThat(written.choices()).hasSize(3);
        assertThat(written.choices().get(2).text()).isEqualTo(new BilingualText("아무것도 보내지 않습니다", ""));

        // Saved, and the code carries the same texts.
        Path file = folder.resolve("server-answers" + ExerciseFiles.EXTENSION);
        robot.interact(() -> {
            try {
                opener.save(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(ExerciseCode.decode(ExerciseCode.encode(opener.current())).teacher())
                .isEqualTo(opener.teacherProperty().get());

        // Another lesson, then the saved exercise opened again: guided, and the teacher asks first.
        robot.interact(() -> model.lesson().scenarioProperty().set(tcplab.scenario.ScenarioCatalog.find("syn-lost").orElseThrow()));
        robot.interact(() -> assertThat(opener.open(file)).isTrue());
        GuidedModel guided = model.guided();
        assertThat(guided.phaseProperty().get()).isNotEqualTo(GuidedModel.Phase.OFF);
        robot.interact(() -> model.playback().speedProperty().set(PlaybackSpeed.OCTUPLE));
        robot.interact(() -> model.playback().togglePlaying());
        // Generated questions may come first: skipped here, they are another test's subject.
        while (true) {
            waitFor(() -> guided.phaseProperty().get() == GuidedModel.Phase.ASKING);
            if (guided.questionProperty().get().kind() == QuestionKind.TEACHER) {
                break;
            }
            robot.interact(() -> {
                guided.skip();
                guided.proceed();
            });
        }
        assertThat(model.playback().frameProperty().get().applied()).isEqualTo(8);
        assertThat(main.guidedPanel().texts()).contains("What does the server send?");
        assertThat(robot.lookup("#guided-choice-3").queryAs(RadioButton.class).getText())
                .isEqualTo("3. 아무것도 보내지 않습니다");

        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.guidedPanel().texts()).contains(language.text("guided.correct"),
                "It accepts the connection and answers with its own SYN.");

        // In Korean the question reads in Korean, and the English-only choice falls back to English.
        robot.interact(() -> language.show(Language.KOREAN));
        assertThat(main.guidedPanel().texts()).contains("서버는 무엇을 보낼까요?");
    }

    @Test
    void eachProblemIsShownInTheWindowsLanguage(FxRobot robot) {
        robot.interact(() -> language.show(Language.KOREAN));
        AtomicReference<Boolean> kept = openEditor(robot);
        robot.clickOn("#teacher-question-add");

        robot.clickOn("#teacher-keep");
        assertThat(problem(robot)).isEqualTo("질문 1: 질문이 비어 있습니다. 한국어나 영어, 또는 둘 다로 적어야 합니다.");

        set(robot, "teacher-q1-prompt-en", "Which flags?");
        set(robot, "teacher-q1-choice1-en", "SYN");
        mark(robot, "teacher-q1-right1");
        robot.clickOn("#teacher-keep");
        assertThat(problem(robot)).isEqualTo("질문 1: 질문의 보기는 2개에서 6개여야 하는데 1개입니다.");

        set(robot, "teacher-q1-choice2-en", "FIN");
        press(robot, "teacher-question-add");
        robot.clickOn("#teacher-keep");
        assertThat(problem(robot)).isEqualTo("질문 2: 질문이 비어 있습니다. 한국어나 영어, 또는 둘 다로 적어야 합니다.");
        press(robot, "teacher-q2-remove");

        // Varied syllables, which deflate cannot pack as it packs one repeated.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ExerciseCode.MAX_CHARS; i++) {
            text.append((char) ('가' + (i * 7919) % 11_000));
        }
        set(robot, "teacher-task-ko", text.toString());
        robot.clickOn("#teacher-keep");
        assertThat(problem(robot)).startsWith("텍스트가 너무 길어 연습 문제 코드로 만들 수 없습니다: 코드가 ")
                .endsWith("코드는 최대 3000자입니다. 텍스트를 줄여야 합니다.");
        assertThat(kept.get()).isNull();
        assertThat(opener.teacherProperty().get().questions()).isEmpty();

        set(robot, "teacher-task-ko", "플래그를 맞혀 보세요.");
        robot.clickOn("#teacher-keep");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kept.get()).isTrue();
        assertThat(opener.teacherProperty().get().questions()).hasSize(1);
    }

    /** Marks a right answer (far down the dialog, where a click could miss it). */
    private static void mark(FxRobot robot, String id) {
        RadioButton right = robot.lookup("#" + id).queryAs(RadioButton.class);
        robot.interact(() -> right.setSelected(true));
    }

    private static void press(FxRobot robot, String id) {
        javafx.scene.control.Button button = robot.lookup("#" + id).queryAs(javafx.scene.control.Button.class);
        robot.interact(button::fire);
    }

    private static String problem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#teacher-problem").queryAs(Label.class).getText();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        // The condition can hold while the JavaFX thread is still building what it shows.
        WaitForAsyncUtils.waitForFxEvents();
    }
}
