package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.TimerProfile;
import tcplab.i18n.Language;
import tcplab.settings.Settings;

/**
 * Every theme styles every panel: no style sheet warnings (a looked-up colour missing, a
 * ControlsFX control failing under AtlantaFX), every panel on screen, and the theme's own palette
 * in use. The choice is remembered.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class ThemeTest {

    private static final List<String> PANELS = List.of(".title-bar", ".network-stage", "#ladder-panel",
            "#states-panel", ".explanation-view", ".settings-tabs", ".playback-bar", ".host-node");

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private final List<String> warnings = new ArrayList<>();
    private final Handler warningCatcher = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(record.getLoggerName() + ": " + record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @BeforeEach
    void catchWarnings() {
        Logger.getLogger("").addHandler(warningCatcher);
    }

    @AfterEach
    void stopCatching() {
        Logger.getLogger("").removeHandler(warningCatcher);
    }

    /**
     * One window, as a learner uses it: each theme chosen in turn, in each language, with the
     * playback stepped and both settings tabs shown. Warnings are counted from the moment the
     * window is on screen, so that the windows of earlier tests do not count.
     */
    @Test
    void everyThemeRendersEveryPanelInBothLanguagesWithoutStyleWarnings(FxRobot robot) {
        LabModel[] model = new LabModel[1];
        MainView main = Labs.showWindow(robot, stage, settings.settings(), () -> {
            model[0] = Labs.scenario("syn-lost");
            return model[0];
        }, Language.ENGLISH, new double[] {1280, 800});
        warnings.clear();
        @SuppressWarnings("unchecked")
        ComboBox<Theme> chooser = (ComboBox<Theme>) main.lookup("#theme");
        javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) main.lookup(".settings-tabs");
        Map<Theme, Paint> currentState = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            for (Language language : Language.values()) {
                robot.interact(() -> chooser.setValue(theme));
                robot.clickOn("#language-" + language.tag());
                robot.interact(() -> {
                    model[0].playback().restart();
                    for (int step = 0; step < 8; step++) {
                        model[0].playback().stepNext();
                    }
                    // The retransmitted SYN in flight, with its badge.
                    model[0].playback().seek(1_010_000);
                });
                // Both tabs: ControlsFX's segmented switch and validated fields live on them.
                for (int tab = 0; tab < 2; tab++) {
                    int index = tab;
                    robot.interact(() -> tabs.getSelectionModel().select(index));
                    WaitForAsyncUtils.waitForFxEvents();
                }

                assertThat(main.getStyleClass()).contains(theme.styleClass());
                for (String panel : PANELS) {
                    Node node = main.lookup(panel);
                    assertThat(node).as("%s in %s", panel, theme).isNotNull();
                    assertThat(node.isVisible()).as("%s visible in %s", panel, theme).isTrue();
                    assertThat(node.getLayoutBounds().getWidth()).as("%s width in %s", panel, theme).isPositive();
                    assertThat(node.getLayoutBounds().getHeight()).as("%s height in %s", panel, theme).isPositive();
                }
                assertThat(main.networkStage().packetNodes()).as("packets in %s", theme).isNotEmpty()
                        .allMatch(Node::isVisible);
                Region stagePanel = (Region) main.lookup(".network-stage");
                assertThat(stagePanel.getBackground()).as("stage background in %s", theme).isNotNull();
                Label hostState = (Label) main.lookup(".host-state");
                currentState.put(theme, hostState.getBackground().getFills().get(0).getFill());
            }
        }
        assertThat(warnings).as("style warnings").isEmpty();
        assertThat(currentState.values()).as("each theme has its own palette").doesNotHaveDuplicates();
    }

    @Test
    void theChosenThemeIsAppliedAtOnceAndRemembered(FxRobot robot) {
        MainView main = Labs.showWindow(robot, stage, settings.settings(), Labs::handshake, Language.ENGLISH,
                new double[] {1280, 800});
        @SuppressWarnings("unchecked")
        ComboBox<Theme> chooser = (ComboBox<Theme>) main.lookup("#theme");
        assertThat(chooser.getValue()).isEqualTo(Theme.LIGHT);

        robot.interact(() -> chooser.setValue(Theme.HIGH_CONTRAST));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(main.getStyleClass()).contains("theme-high-contrast").doesNotContain("theme-light");
        assertThat(Settings.load(settings.file()).getString(DisplayModel.THEME_KEY, "")).isEqualTo("high_contrast");
        assertThat(new DisplayModel(Settings.load(settings.file())).themeProperty().get()).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(warnings).as("style warnings").isEmpty();
    }

    /**
     * The Linux settings in the Scenario tab under each theme: shown, styled without warnings, and
     * a focused sysctl field ringed in that theme's own focus colour.
     */
    @Test
    void theLinuxSettingsSectionIsThemedAndShowsFocusInEveryTheme(FxRobot robot) {
        LabModel[] model = new LabModel[1];
        MainView main = Labs.showWindow(robot, stage, settings.settings(), () -> {
            model[0] = Labs.handshake();
            return model[0];
        }, Language.ENGLISH, new double[] {1280, 800});
        warnings.clear();
        @SuppressWarnings("unchecked")
        ComboBox<Theme> chooser = (ComboBox<Theme>) main.lookup("#theme");
        robot.interact(() -> model[0].lesson().profileProperty().set(TimerProfile.LINUX));
        Map<Theme, Paint> rings = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            robot.interact(() -> chooser.setValue(theme));
            Node section = main.lookup("#linux-settings");
            TextField field = (TextField) main.lookup("#sysctl-tcp_syn_retries");
            robot.interact(field::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(section.isVisible()).as("the section in %s", theme).isTrue();
            assertThat(section.getLayoutBounds().getHeight()).as("its height in %s", theme).isPositive();
            assertThat(field.isFocused()).isTrue();
            assertThat(field.getBorder()).as("a focus ring in %s", theme).isNotNull();
            BorderStroke ring = field.getBorder().getStrokes().get(0);
            assertThat(ring.getWidths().getTop()).as("ring width in %s", theme).isGreaterThanOrEqualTo(3);
            rings.put(theme, ring.getTopStroke());
        }
        assertThat(warnings).as("style warnings").isEmpty();
        assertThat(rings.values()).as("each theme rings focus in its own colour").doesNotHaveDuplicates();
    }
}
