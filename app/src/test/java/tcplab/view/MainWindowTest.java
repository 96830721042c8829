package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.i18n.Language;
import tcplab.scenario.ScenarioCatalog;
import tcplab.settings.Settings;

/** The window's main parts are there, and the language switch changes every text, live. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class MainWindowTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private MainView main;
    private LabModel model;

    @Start
    void start(Stage stage) throws IOException {
        assertThat(BundledFonts.load()).as("bundled font loads").isTrue();
        LanguageModel language = new LanguageModel(settings.settings());
        language.switchTo(Language.ENGLISH);
        model = Labs.handshake();
        main = new MainView(language, new DisplayModel(settings.settings()), model);
        stage.setScene(new Scene(main, 1280, 800));
        stage.show();
    }

    @Test
    void showsTitleAndBothHosts(FxRobot robot) {
        assertThat(robot.lookup(".app-title").queryLabeled().getText()).isEqualTo("TCP Handshake Lab");
        assertThat(robot.lookup(".host-node.client .host-name").queryLabeled().getText()).isEqualTo("Client");
        assertThat(robot.lookup(".host-node.server .host-name").queryLabeled().getText()).isEqualTo("Server");
        assertThat(robot.lookup(".network-stage .wire").tryQuery()).isPresent();
        assertThat(robot.lookup("#language-ko").tryQuery()).isPresent();
    }

    @Test
    void eachHostIsNamedForWhatItDoesInTheLesson(FxRobot robot) {
        assertThat(roleOf(robot, "server")).isEqualTo("Waits for connections");

        robot.interact(() -> model.lesson().scenarioProperty().set(ScenarioCatalog.find("simultaneous-open").orElseThrow()));
        assertThat(roleOf(robot, "client")).isEqualTo("Opens at the same time as its peer");
        assertThat(roleOf(robot, "server")).isEqualTo("Opens at the same time as its peer");

        robot.interact(() -> model.lesson().scenarioProperty().set(ScenarioCatalog.find("closed-port").orElseThrow()));
        assertThat(roleOf(robot, "server")).isEqualTo("Nothing listens on its port");
        assertThat(roleOf(robot, "client")).isEqualTo("Opens the connection");
    }

    private static String roleOf(FxRobot robot, String side) {
        return robot.lookup(".host-node." + side + " .host-role").queryLabeled().getText();
    }

    @Test
    void switchingLanguageChangesEveryTextAndIsRemembered(FxRobot robot) {
        Map<Labeled, String> english = visibleTexts();
        assertThat(english).isNotEmpty();

        robot.clickOn("#language-ko");
        WaitForAsyncUtils.waitForFxEvents();

        Map<Labeled, String> korean = visibleTexts();
        assertThat(korean.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        korean.forEach((label, text) -> {
            assertThat(text).as("text of %s", label).isNotEqualTo(english.get(label));
            assertThat(text).as("text of %s", label).containsPattern("[\\uAC00-\\uD7A3]");
        });
        Settings saved = Settings.load(settings.file());
        assertThat(saved.getString(LanguageModel.SETTINGS_KEY, "")).isEqualTo("ko");
        assertThat(new LanguageModel(saved).language()).isEqualTo(Language.KOREAN);

        robot.clickOn("#language-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleTexts()).isEqualTo(english);
    }

    /**
     * Every labelled control's text, except the language buttons, which name each language in
     * itself, and texts that are the same in every language (protocol names, numbers, speeds).
     */
    private Map<Labeled, String> visibleTexts() {
        return labeled(main).stream()
                .filter(l -> l.getId() == null || !l.getId().startsWith("language-"))
                .filter(l -> !l.getStyleClass().contains("language-neutral"))
                .filter(l -> l.getText() != null && !l.getText().isBlank())
                .collect(Collectors.toMap(l -> l, Labeled::getText));
    }

    private static List<Labeled> labeled(Parent parent) {
        List<Labeled> result = new java.util.ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof Labeled l) {
                result.add(l);
            }
            if (child instanceof Parent p) {
                result.addAll(labeled(p));
            }
        }
        return result;
    }
}
