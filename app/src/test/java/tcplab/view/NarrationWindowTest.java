package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.i18n.Language;

/** The narration tab follows the playback both ways, the language, and copies what is chosen. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class NarrationWindowTest {

    private static final String HANGUL = ".*[\\uAC00-\\uD7A3].*";

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;
    private LabModel lab;
    private NarrationView narration;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @BeforeEach
    void showNarration(FxRobot robot) {
        Labs.showWindow(robot, stage, settings.settings(), () -> lab = Labs.handshake(), Language.ENGLISH,
                new double[] {1280, 800});
        robot.interact(() -> robot.lookup("#settings-tabs").queryAs(TabPane.class).getSelectionModel()
                .select(robot.lookup("#settings-tabs").queryAs(TabPane.class).getTabs().stream()
                        .filter(tab -> "narration-tab".equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        narration = robot.lookup("." + NarrationView.STYLE_CLASS).queryAs(NarrationView.class);
    }

    @Test
    void theLinesFollowSteppingForwardAndBackAndScrubbing(FxRobot robot) {
        assertThat(narration.lineTexts()).isEmpty();
        assertThat(narration.currentLine()).isEqualTo(-1);

        step(robot, 8);
        // connect() and SYN-SENT are one line; so are the SYN's arrival and SYN-RECEIVED.
        assertThat(narration.lineTexts()).hasSize(5).last()
                .isEqualTo("0.050 s: Server receives the SYN segment (seq 0, len 0) and enters SYN-RECEIVED.");
        assertThat(narration.currentLine()).isEqualTo(4);
        assertThat(narration.list().lookupAll(".narration-line").stream()
                .filter(cell -> cell.getPseudoClassStates().contains(ViewStyles.CURRENT))
                .map(Node::getAccessibleText).toList())
                .as("the current line is marked, to the eye and to a screen reader")
                .containsExactly("Current step. " + narration.lineTexts().get(4));

        robot.interact(() -> lab.playback().stepPrevious());
        assertThat(narration.lineTexts()).hasSize(5).last()
                .isEqualTo("0.050 s: Server receives the SYN segment (seq 0, len 0).");

        robot.interact(() -> lab.playback().seek(150_000));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> atServerEstablished = narration.lineTexts();
        assertThat(atServerEstablished.get(narration.currentLine())).startsWith("0.150 s: ");

        robot.interact(() -> lab.playback().restart());
        assertThat(narration.lineTexts()).isEmpty();
    }

    @Test
    void theLinesFollowTheLanguageAndShowBothIn한EN(FxRobot robot) {
        step(robot, 3);
        List<String> english = narration.lineTexts();

        robot.clickOn("#language-ko");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> korean = narration.lineTexts();
        assertThat(korean).hasSameSizeAs(english).allMatch(line -> line.matches(HANGUL));
        assertThat(korean.get(0)).startsWith("0.000초: 클라이언트의 애플리케이션이 connect()를 호출하고");

        robot.clickOn("#" + TitleBarView.SIDE_BY_SIDE_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(narration.lineTexts()).hasSameSizeAs(english);
        for (int i = 0; i < english.size(); i++) {
            assertThat(narration.lineTexts().get(i)).isEqualTo(korean.get(i) + "\n" + english.get(i));
        }
    }

    @Test
    void chosenLinesAndAllLinesAreCopied(FxRobot robot) {
        step(robot, 8);
        List<String> lines = narration.lineTexts();

        robot.clickOn(narration.list());
        robot.interact(() -> {
            narration.list().getSelectionModel().clearSelection();
            narration.list().getSelectionModel().selectIndices(1, 3);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard(robot)).isEqualTo(lines.get(1) + "\n" + lines.get(3) + "\n");

        robot.clickOn("#narration-copy-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard(robot)).isEqualTo(String.join("\n", lines) + "\n");
    }

    private void step(FxRobot robot, int steps) {
        robot.interact(() -> {
            for (int i = 0; i < steps; i++) {
                lab.playback().stepNext();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
