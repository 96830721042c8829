package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.Side;
import tcplab.i18n.Language;

/**
 * A screen reader can name everything a learner can reach or operate: every focusable node and
 * every control of the main window (each settings tab, the course page, the guided panel)
 * carries an accessible name in the window's language, and packets and hosts say what they are
 * and what state they are in.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(180)
class AccessibleNamesTest {

    private static final String HANGUL = ".*[\\uAC00-\\uD7A3].*";
    /** The SYN+ACK is on the wire, the server in SYN-RECEIVED. */
    private static final long SYN_ACK_IN_FLIGHT = 75_000;

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @Test
    void everyFocusableNodeAndControlIsNamedInEitherLanguage(FxRobot robot) {
        for (Language language : Language.values()) {
            LabModel[] lab = new LabModel[1];
            MainView main = Labs.showWindow(robot, stage, settings.settings(), () -> lab[0] = Labs.handshake(),
                    language, new double[] {1280, 800});
            robot.interact(() -> lab[0].playback().seek(SYN_ACK_IN_FLIGHT));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(main.networkStage().packetNodes()).as("a packet in flight").isNotEmpty();

            List<String> unnamed = new ArrayList<>();
            TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
            for (Tab tab : tabs.getTabs()) {
                robot.interact(() -> tabs.getSelectionModel().select(tab));
                WaitForAsyncUtils.waitForFxEvents();
                unnamed.addAll(unnamed(main));
            }
            robot.clickOn("#guided-toggle");
            WaitForAsyncUtils.waitForFxEvents();
            unnamed.addAll(unnamed(main));
            robot.interact(main::showCourse);
            WaitForAsyncUtils.waitForFxEvents();
            unnamed.addAll(unnamed(main));

            assertThat(unnamed).as("nodes without an accessible name in %s", language).isEmpty();
        }
    }

    @Test
    void packetsAndHostsSayWhatTheyAreInTheWindowsLanguageAndState(FxRobot robot) {
        LabModel[] lab = new LabModel[1];
        MainView main = Labs.showWindow(robot, stage, settings.settings(), () -> lab[0] = Labs.handshake(),
                Language.ENGLISH, new double[] {1280, 800});
        robot.interact(() -> lab[0].playback().seek(SYN_ACK_IN_FLIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        Node packet = main.networkStage().packetNodes().iterator().next();
        HostNode server = main.networkStage().host(Side.SERVER);

        assertThat(packet.getAccessibleRole()).isEqualTo(AccessibleRole.BUTTON);
        assertThat(packet.getAccessibleText())
                .isEqualTo("the SYN+ACK segment (seq 0, ack 1, len 0) from Server to Client: on its way; press Enter to drop it");
        assertThat(server.getAccessibleRole()).isEqualTo(AccessibleRole.TEXT);
        assertThat(server.getAccessibleText()).isEqualTo("Server, state SYN-RECEIVED: SYN+ACK sent, waiting for ACK");

        robot.clickOn("#language-ko");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(packet.getAccessibleText()).matches(HANGUL)
                .isEqualTo("서버에서 클라이언트로 가는 SYN+ACK 세그먼트(seq 0, ack 1, len 0): 전송 중입니다. Enter를 누르면 버립니다");
        assertThat(server.getAccessibleText()).startsWith("서버, SYN-RECEIVED 상태: ");

        robot.interact(() -> lab[0].playback().seek(150_000));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(server.getAccessibleText()).startsWith("서버, ESTABLISHED 상태: ");
        assertThat(robot.lookup("#state-box-established").queryLabeled().getAccessibleText())
                .isEqualTo("ESTABLISHED: 지금 두 호스트의 상태입니다");
    }

    /** Each shown node of the window's current content a screen reader would reach or a learner operate, without a name. */
    private static List<String> unnamed(MainView main) {
        Set<Node> labelled = new HashSet<>();
        collectLabelled(main, labelled);
        List<String> unnamed = new ArrayList<>();
        walk(main, labelled, unnamed);
        return unnamed;
    }

    private static void walk(Node node, Set<Node> labelled, List<String> unnamed) {
        if (!node.isVisible()) {
            return;
        }
        boolean reachable = node.isFocusTraversable() && !node.isDisabled();
        if ((reachable || operated(node)) && !named(node, labelled)) {
            unnamed.add(node.getClass().getSimpleName() + " #" + node.getId() + " " + node.getStyleClass());
        }
        // A chooser's list and a scroll pane's bars are parts of their control, which JavaFX names for them.
        if (node instanceof Parent parent && !(node instanceof ComboBoxBase)) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, labelled, unnamed));
        }
    }

    /**
     * Whether the node is a control a learner operates or reads: every control but a label (its
     * text is its name), a scroll bar (part of what scrolls), a list's spare cell that shows no
     * item (a screen reader reads a list's items, not its cells), and the panes that only lay out
     * and scroll others, which a screen reader passes through.
     */
    private static boolean operated(Node node) {
        return node instanceof Control && !(node instanceof Label) && !(node instanceof ScrollBar)
                && !(node instanceof IndexedCell<?> cell && cell.isEmpty())
                && !(node.getClass() == ScrollPane.class && !node.isFocusTraversable()) && !(node instanceof SplitPane);
    }

    /** Named as JavaFX names it for a screen reader: its accessible text, a Labeled's text, or a label for it. */
    private static boolean named(Node node, Set<Node> labelled) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return true;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return true;
        }
        return labelled.contains(node);
    }

    private static void collectLabelled(Node node, Set<Node> labelled) {
        if (node instanceof Label label && label.getLabelFor() != null && label.isVisible()
                && label.getText() != null && !label.getText().isBlank()) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLabelled(child, labelled));
        }
    }
}
