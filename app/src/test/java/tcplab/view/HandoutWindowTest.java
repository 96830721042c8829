package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
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
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.Trace;
import tcplab.guided.QuestionGenerator;
import tcplab.handout.Handout;
import tcplab.handout.HandoutRun;
import tcplab.i18n.Language;
import tcplab.scenario.LessonInputs;

/** File → Export a printable handout: the lesson shown, with its faults, in the languages chosen; none for a capture. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class HandoutWindowTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    @TempDir
    Path folder;
    private LanguageModel language;
    private LabModel lab;
    private MainView main;

    @Start
    void start(Stage stage) throws IOException {
        BundledFonts.load();
        language = new LanguageModel(settings.settings());
        language.switchTo(Language.ENGLISH);
        lab = Labs.scenario("syn-lost");
        main = new MainView(language, new DisplayModel(settings.settings()), lab);
        Scene scene = new Scene(main, 1280, 800);
        LabApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
    }

    private MenuItem handoutItem() {
        return main.fileMenu().getItems().stream().filter(item -> "file-export-handout".equals(item.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void theLessonShownIsWrittenWithItsFaultsAndAProblemIsTold(FxRobot robot) throws Exception {
        robot.interact(() -> lab.lesson().addFaults(List.of(ScriptedFault.dropNth(Side.SERVER, 1))));
        Path file = folder.resolve("handout.html");
        List<Language> both = List.of(Language.KOREAN, Language.ENGLISH);

        assertThat(handoutItem().isDisable()).isFalse();
        assertThat(handoutItem().getText()).isEqualTo("Export a printable handout…");
        robot.interact(() -> main.fileMenu().exportHandout(both, file));

        LessonInputs inputs = lab.lesson().inputsProperty().get();
        Trace trace = lab.lesson().traceProperty().get().trace();
        assertThat(inputs.learnerFaults()).containsExactly(ScriptedFault.dropNth(Side.SERVER, 1));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Handout.render(
                HandoutRun.of(inputs, trace, true), new QuestionGenerator(trace, true).questions(), both))
                .contains("Dropped: Server → Client segment #1");
        assertThat(main.files().noteText()).isEqualTo("Saved handout.html.");

        Path nowhere = folder.resolve("no-such-folder").resolve("handout.html");
        robot.interact(() -> main.fileMenu().exportHandout(both, nowhere));
        assertThat(main.files().noteText()).contains("handout.html could not be saved");
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aPdfIsLaidOutInTheBackgroundAndToldWhenSaved(FxRobot robot) throws Exception {
        Path file = folder.resolve("handout.pdf");

        robot.interact(() -> main.fileMenu().exportHandout(List.of(Language.ENGLISH), file));

        WaitForAsyncUtils.waitFor(80, TimeUnit.SECONDS, () -> !main.files().noteText().startsWith("Laying out"));
        assertThat(main.files().noteText()).isEqualTo("Saved handout.pdf.");
        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theMenuItemAsksForTheLanguagesWithTheWindowsFirst(FxRobot robot) throws Exception {
        Platform.runLater(() -> handoutItem().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".choice-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".choice-dialog").queryAs(DialogPane.class);
        ComboBox<?> chooser = robot.from(pane).lookup(".combo-box").queryAs(ComboBox.class);
        assertThat(chooser.getItems()).extracting(Object::toString)
                .containsExactly("한국어", "English", "Korean and English, paragraph by paragraph");
        assertThat(chooser.getValue()).hasToString("English");
        ButtonType cancel = pane.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        assertThat(cancel.getText()).isEqualTo("Cancel");
        assertThat(pane.getButtonTypes()).extracting(ButtonType::getText).contains("Choose where to save…");
        robot.interact(() -> ((Button) pane.lookupButton(cancel)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".choice-dialog").tryQuery()).isEmpty();

        robot.interact(() -> {
            try {
                language.switchToSideBySide();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        ChoiceDialog<HandoutLanguages> bilingual =
                WaitForAsyncUtils.asyncFx(() -> main.fileMenu().handoutLanguageDialog()).get();
        assertThat(bilingual.getSelectedItem().languages()).containsExactly(Language.KOREAN, Language.ENGLISH);
    }

    @Test
    void aCaptureHasNoHandoutAndTheItemSaysWhy(FxRobot robot) throws Exception {
        Path file = capture("merged.pcapng");
        robot.interact(() -> main.files().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !main.files().reading());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lab.sourceProperty().get()).isInstanceOf(CapturedLesson.class);
        assertThat(handoutItem().isDisable()).isTrue();
        assertThat(handoutItem().getText()).contains("for lessons only: a capture has no lesson to teach");

        robot.interact(lab::showLesson);
        assertThat(handoutItem().isDisable()).isFalse();
    }

    private static Path capture(String name) throws URISyntaxException {
        return Path.of(HandoutWindowTest.class.getResource("/captures/" + name).toURI());
    }
}
