package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.exercise.Exercise;
import tcplab.exercise.ExerciseFiles;
import tcplab.exercise.TeacherText;
import tcplab.i18n.BilingualText;
import tcplab.i18n.Language;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;
import tcplab.settings.Settings;

/**
 * The window as the command line opens it: a language given there wins over an exercise's own,
 * whichever way the exercise is given; a damaged settings file is told in the window's language.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class LabStartTest {

    @TempDir
    Path folder;
    private Stage stage;
    private MainView main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
        Scene scene = new Scene(new Pane(), 1024, 700);
        LabApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** An exercise that asks for Korean. */
    private Path koreanExercise() throws IOException {
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("syn-lost").orElseThrow())
                .withSeed(5).withFault(ScriptedFault.dropNth(Side.CLIENT, 1));
        Exercise exercise = new Exercise(inputs, 0, Optional.of(Language.KOREAN),
                new TeacherText(new BilingualText("SYN이 사라집니다.", "The SYN is lost."), List.of()));
        Path file = folder.resolve("lesson" + ExerciseFiles.EXTENSION);
        ExerciseFiles.write(exercise, file);
        return file;
    }

    private Settings settingsFile(String content) throws IOException {
        Path file = folder.resolve(LabApplication.SETTINGS_FILE);
        Files.writeString(file, content);
        return Settings.load(file);
    }

    /** Opens the lab as {@link LabApplication} does at start, with {@code arguments} on its command line. */
    private LanguageModel openLab(FxRobot robot, Settings settings, String... arguments) {
        LaunchOptions options = LaunchOptions.parse(List.of(arguments));
        LanguageModel language = new LanguageModel(settings);
        options.language().ifPresent(language::show);
        robot.interact(() -> main = LabApplication.showLab(stage, options, ScenarioCatalog.find("handshake").orElseThrow(),
                settings, language, new DisplayModel(settings), true));
        WaitForAsyncUtils.waitForFxEvents();
        return language;
    }

    @Test
    void theCommandLinesLanguageWinsOverAnExerciseGivenAsTheFileToOpen(FxRobot robot) throws Exception {
        Path exercise = koreanExercise();

        LanguageModel language = openLab(robot, settingsFile(""), exercise.toString(), "--language", "en");
        // The file is read in the background; the exercise shows once it is read.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.exercises().current().inputs()
                .equals(ExerciseFiles.read(exercise).inputs()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(language.language()).isEqualTo(Language.ENGLISH);
        assertThat(robot.lookup("#exercise-task").queryLabeled().getText()).isEqualTo("Task: The SYN is lost.");
    }

    @Test
    void theCommandLinesLanguageWinsOverAnExerciseGivenByTheOption(FxRobot robot) throws Exception {
        Path exercise = koreanExercise();

        LanguageModel language = openLab(robot, settingsFile(""), "--exercise", exercise.toString(), "--language", "en");

        assertThat(main.exercises().current().inputs()).isEqualTo(ExerciseFiles.read(exercise).inputs());
        assertThat(language.language()).isEqualTo(Language.ENGLISH);
        assertThat(robot.lookup("#exercise-task").queryLabeled().getText()).isEqualTo("Task: The SYN is lost.");
    }

    @Test
    void withoutALanguageOnTheCommandLineTheExerciseShowsItsOwn(FxRobot robot) throws Exception {
        Path exercise = koreanExercise();

        LanguageModel language = openLab(robot, settingsFile("language=en\n"), exercise.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> main.exercises().current().inputs()
                .equals(ExerciseFiles.read(exercise).inputs()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(language.language()).isEqualTo(Language.KOREAN);
    }

    @Test
    void aDamagedSettingsFileIsToldInKoreanInTheKoreanWindow(FxRobot robot) throws IOException, TimeoutException {
        Settings damaged = settingsFile("language=ko\nthis line is no setting\n");

        openLab(robot, damaged, "--language", "ko");

        assertThat(notice(robot)).isEqualTo("저장된 설정을 읽지 못해 기본 설정으로 시작합니다: "
                + folder.resolve(LabApplication.SETTINGS_FILE) + " 파일이 손상되었습니다. 2번째 줄이 key=value 형식이 아닙니다");
    }

    @Test
    void aDamagedSettingsFileIsToldInEnglishInTheEnglishWindow(FxRobot robot) throws IOException, TimeoutException {
        Settings damaged = settingsFile("language=en\nlanguage=k\\o\n");

        openLab(robot, damaged, "--language", "en");

        assertThat(notice(robot)).isEqualTo("The saved settings could not be read, so the lab starts with its defaults: "
                + folder.resolve(LabApplication.SETTINGS_FILE) + " is damaged: line 2 has a backslash followed by"
                + " something other than another backslash, n or r");
    }

    /** The text of the notice shown over the window. */
    private static String notice(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText();
    }
}
