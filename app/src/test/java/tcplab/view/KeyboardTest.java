package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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
import tcplab.settings.Settings;
import tcplab.playback.PlaybackSpeed;

/** The window from the keyboard alone: Space, Enter, Tab, zoom and full screen, and a focus one can see. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class KeyboardTest {

    /** The light theme's -lab-focus. */
    private static final Color FOCUS = Color.web("#0969da");

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;
    private MainView main;
    private LabModel model;
    private DisplayModel display;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        BundledFonts.load();
        LanguageModel language = new LanguageModel(settings.settings());
        language.switchTo(Language.ENGLISH);
        model = Labs.handshake();
        display = new DisplayModel(settings.settings());
        main = new MainView(language, display, model);
        Scene scene = new Scene(main, 1280, 800);
        LabApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
        main.focusPlay();
    }

    @Test
    void spaceOnAFocusedButtonTogglesPlaybackAndDoesNotPressIt(FxRobot robot) {
        showFaults(robot);
        focus(robot, "#drop-next-client");

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().playingProperty().get()).isTrue();
        assertThat(model.lesson().learnerFaults()).as("the button was not pressed").isEmpty();

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().playingProperty().get()).isFalse();
        assertThat(model.lesson().learnerFaults()).isEmpty();
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("drop-next-client");
    }

    @Test
    void spaceOnAFocusedCheckboxTogglesPlaybackAndLeavesTheCheckbox(FxRobot robot) {
        for (String id : List.of("#relative-numbers", "#fixed-isn")) {
            CheckBox box = robot.lookup(id).queryAs(CheckBox.class);
            boolean selected = box.isSelected();
            boolean playing = model.playback().playingProperty().get();
            focus(robot, id);

            robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(box.isSelected()).as("%s after Space", id).isEqualTo(selected);
            assertThat(model.playback().playingProperty().get()).as("playing after Space on %s", id).isEqualTo(!playing);
        }
    }

    @Test
    void enterPressesTheFocusedButtonAndLeavesThePlayback(FxRobot robot) {
        showFaults(robot);
        focus(robot, "#drop-next-client");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.lesson().learnerFaults()).hasSize(1);
        assertThat(model.playback().playingProperty().get()).isFalse();
    }

    @Test
    void spaceInATextFieldIsTyped(FxRobot robot) {
        TextField seed = robot.lookup("#seed").queryAs(TextField.class);
        focus(robot, "#seed");
        robot.interact(seed::end);

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(seed.getText()).isEqualTo("1 ");
        assertThat(model.playback().playingProperty().get()).isFalse();
    }

    @Test
    void tabReachesEveryControlOfBothTabs(FxRobot robot) {
        Set<String> reached = new LinkedHashSet<>(tabAround(robot));
        assertThat(reached).contains("settings-tabs");
        assertThat(reached).containsAll(focusableControls());

        // On the tabs, an arrow key chooses the other tab; its controls are then in the round.
        focus(robot, "#settings-tabs");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("faults-tab");
        reached.addAll(tabAround(robot));
        assertThat(reached).containsAll(focusableControls());
        assertThat(reached).contains("loss-client", "delay-server", "drop-next-server", "clear-faults",
                "theme", "zoom", "language-en", "scrub", "speed", "relative-numbers", "profile-rfc", "seed");
    }

    @Test
    void theFocusShowsAsAThickRingOnEveryKindOfControl(FxRobot robot) {
        assertRing(robot, "#play", null);
        assertRing(robot, "#scrub", ".thumb");
        assertRing(robot, "#relative-numbers", ".box");
        assertRing(robot, "#speed", null);
        assertRing(robot, "#seed", null);
        assertRing(robot, "#language-en", null);
        assertRing(robot, "#profile-rfc", null);
        assertRing(robot, "#settings-tabs", ".tab:selected");
    }

    @Test
    void ctrlPlusMinusAndZeroZoomWhilePlusAndMinusChangeTheSpeed(FxRobot robot) {
        double normal = fontSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display.zoomProperty().get()).isEqualTo(125);
        assertThat(fontSize()).isEqualTo(normal * 1.25);
        assertThat(model.playback().speedProperty().get()).isEqualTo(PlaybackSpeed.NORMAL);
        assertThat(Settings.load(settings.file()).getInt(DisplayModel.ZOOM_KEY, 0)).as("remembered").isEqualTo(125);

        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display.zoomProperty().get()).isEqualTo(110);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display.zoomProperty().get()).isEqualTo(100);
        assertThat(fontSize()).isEqualTo(normal);

        for (int i = 0; i < 8; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.ADD).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(display.zoomProperty().get()).as("200 % at most").isEqualTo(200);
        assertThat(new DisplayModel(Settings.load(settings.file())).zoomProperty().get()).isEqualTo(200);

        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().speedProperty().get()).isEqualTo(PlaybackSpeed.DOUBLE);
        assertThat(display.zoomProperty().get()).isEqualTo(200);
    }

    @Test
    void f11EntersAndLeavesFullScreen(FxRobot robot) {
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isTrue();
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isFullScreen()).isFalse();
    }

    /** The size of a text that takes the window's own size. */
    private double fontSize() {
        return ((javafx.scene.control.Labeled) main.lookup(".app-subtitle")).getFont().getSize();
    }

    private void assertRing(FxRobot robot, String id, String part) {
        focus(robot, id);
        Node focused = robot.lookup(id).query();
        Region ringed = (Region) (part == null ? focused : focused.lookup(part));
        assertThat(ringed.getBorder()).as("border of %s", id).isNotNull();
        assertThat(ringed.getBorder().getStrokes()).as("focus ring of %s", id).anySatisfy(stroke -> {
            assertThat(stroke.getTopStroke()).isEqualTo(FOCUS);
            assertThat(stroke.getWidths().getTop()).isGreaterThanOrEqualTo(3);
        });
    }

    /** The ids of the visible, enabled controls Tab should stop at; a switch is one stop, its selected button. */
    private List<String> focusableControls() {
        List<String> ids = new ArrayList<>();
        collect(main, ids);
        return ids;
    }

    private static void collect(Parent parent, List<String> ids) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            boolean unselectedToggle = child instanceof ToggleButton toggle && toggle.getToggleGroup() != null
                    && !toggle.isSelected();
            if (child instanceof Control && child.isFocusTraversable() && child.getId() != null && !unselectedToggle) {
                ids.add(child.getId());
            }
            if (child instanceof Parent p) {
                collect(p, ids);
            }
        }
    }

    /** Tabs once around the window, from the play button, and lists where the focus went. */
    private List<String> tabAround(FxRobot robot) {
        robot.interact(main::focusPlay);
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = stage.getScene().getFocusOwner();
            if (focused != null && focused.getId() != null) {
                reached.add(focused.getId());
            }
        }
        return reached;
    }

    private void showFaults(FxRobot robot) {
        robot.interact(() -> robot.lookup("#settings-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
    }

    private static void focus(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
