package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.exercise.Exercise;
import tcplab.exercise.ExerciseCode;
import tcplab.exercise.ExerciseFiles;
import tcplab.exercise.TeacherText;
import tcplab.i18n.BilingualText;
import tcplab.engine.ScriptedFault;
import tcplab.i18n.Language;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/** Exercises opened in the window: from --exercise, a pasted code and a class pack; bad ones keep the run. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class ExerciseWindowTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    @TempDir
    Path folder;
    private LanguageModel language;
    private LabModel model;
    private ExerciseOpener opener;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        BundledFonts.load();
        language = new LanguageModel(settings.settings());
        language.switchTo(Language.ENGLISH);
        model = Labs.handshake();
        MainView main = new MainView(language, new DisplayModel(settings.settings()), model);
        opener = main.exercises();
        Scene scene = new Scene(main, 1280, 800);
        LabApplication.showExercises(language, main, scene);
        LabApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
    }

    private static Exercise synAckLost() {
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("synack-lost").orElseThrow())
                .withProfile(TimerProfile.LINUX).withSeed(9).withFault(ScriptedFault.dropNth(Side.CLIENT, 2));
        return new Exercise(inputs, 1030, Optional.of(Language.KOREAN), new TeacherText(
                new BilingualText("누가 재전송하는지 찾아보세요.", "Find out who retransmits."),
                List.of(new BilingualText("", "Watch the timers."))));
    }

    @Test
    void theExerciseOptionOpensTheExerciseAsTheCommandLineRunsIt(FxRobot robot) throws IOException {
        Path file = folder.resolve("synack" + ExerciseFiles.EXTENSION);
        ExerciseFiles.write(synAckLost(), file);
        LaunchOptions options = LaunchOptions.parse(List.of("--exercise", file.toString()));

        robot.interact(() -> options.exercise().ifPresent(opener::apply));

        assertThat(model.lesson().inputsProperty().get()).isEqualTo(synAckLost().inputs());
        Trace shown = model.lesson().traceProperty().get().trace();
        assertThat(shown).isEqualTo(Simulator.run(synAckLost().inputs().simulationInput()));
        assertThat(model.playback().time()).isEqualTo(1_030_000);
        assertThat(language.language()).isEqualTo(Language.KOREAN);
        assertThat(robot.lookup("#exercise-task").queryAs(Label.class).getText()).isEqualTo("과제: 누가 재전송하는지 찾아보세요.");
        assertThat(robot.lookup("#exercise-hints").queryAs(Label.class).getText()).isEqualTo("힌트 1: Watch the timers.");
    }

    @Test
    void aPastedCodeOpensItsExercise(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea field = robot.lookup("#exercise-code-field").queryAs(TextArea.class);
        assertThat(field.getText()).isEqualTo(ExerciseCode.encode(opener.current()));

        robot.interact(() -> field.setText(ExerciseCode.encode(synAckLost())));
        robot.clickOn("Open the code");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.lesson().inputsProperty().get()).isEqualTo(synAckLost().inputs());
        assertThat(model.playback().time()).isEqualTo(1_030_000);
    }

    @Test
    void aCorruptCodeSaysWhyAndKeepsTheCurrentRun(FxRobot robot) {
        robot.interact(() -> model.lesson().seedProperty().set(5L));
        LessonInputs before = model.lesson().inputsProperty().get();
        PublishedTrace traceBefore = model.lesson().traceProperty().get();
        String code = ExerciseCode.encode(synAckLost());
        String damaged = code.substring(0, 12) + (code.charAt(12) == 'x' ? 'y' : 'x') + code.substring(13);

        robot.interact(() -> assertThat(opener.openCode(damaged)).isFalse());

        assertThat(dialogText(robot)).isEqualTo("The exercise was not opened, and the current lesson stays as it was."
                + " The exercise code is damaged: its check digits do not match (a character is missing or mistyped).");
        assertThat(model.lesson().inputsProperty().get()).isEqualTo(before);
        assertThat(model.lesson().traceProperty().get()).isSameAs(traceBefore);
    }

    @Test
    void aBadFileNamesTheFieldInTheWindowsLanguageAndKeepsTheCurrentRun(FxRobot robot) throws IOException {
        robot.interact(() -> language.show(Language.KOREAN));
        LessonInputs before = model.lesson().inputsProperty().get();
        Path bad = Files.writeString(folder.resolve("bad.tcplab"), ExerciseFormatText.withSeed("\"seven\""));

        robot.interact(() -> assertThat(opener.open(bad)).isFalse());

        assertThat(dialogText(robot)).isEqualTo("연습 문제를 열지 않았으며 지금 레슨은 그대로입니다. seed: "
                + "-9223372036854775808부터 9223372036854775807까지의 정수이어야 하는데 \"seven\"입니다.");
        assertThat(model.lesson().inputsProperty().get()).isEqualTo(before);
        assertThat(opener.last()).isEmpty();
    }

    @Test
    void aClassPackIsSteppedThroughInOrder(FxRobot robot) throws IOException {
        for (String name : List.of("01-handshake", "02-syn-lost", "03-abort")) {
            ExerciseFiles.write(new Exercise(LessonInputs.of(ScenarioCatalog.find(name.substring(3)).orElseThrow()),
                    0, Optional.empty(), TeacherText.NONE), folder.resolve(name + ExerciseFiles.EXTENSION));
        }

        robot.interact(() -> assertThat(opener.open(folder)).isTrue());
        assertThat(scenario()).isEqualTo("handshake");
        assertThat(robot.lookup("#exercise-position").queryAs(Label.class).getText())
                .isEqualTo("Exercise 1 of 3: 01-handshake.tcplab");
        assertThat(robot.lookup("#exercise-previous").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#exercise-next");
        assertThat(scenario()).isEqualTo("syn-lost");
        robot.clickOn("#exercise-next");
        assertThat(scenario()).isEqualTo("abort");
        assertThat(robot.lookup("#exercise-next").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#exercise-previous");
        assertThat(scenario()).isEqualTo("syn-lost");
        assertThat(opener.last()).contains(folder.toAbsolutePath());
    }

    private String scenario() {
        return model.lesson().inputsProperty().get().scenario().id();
    }

    /** The text of the message dialog shown over the window. */
    private String dialogText(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window window : robot.listWindows()) {
            if (window != stage && window.getScene() != null) {
                Node pane = window.getScene().getRoot();
                if (pane instanceof DialogPane dialog) {
                    return dialog.getContentText();
                }
            }
        }
        throw new AssertionError("no message dialog is showing");
    }

    /** A valid exercise's JSON with one field's value replaced. */
    private static final class ExerciseFormatText {
        static String withSeed(String seed) {
            return "{\"version\": 1, \"lesson\": \"handshake\", \"profile\": \"rfc\", \"seed\": " + seed
                    + ", \"isn\": {\"mode\": \"rfc9293\"}}";
        }
    }
}
