package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import tcplab.engine.Simulator;
import tcplab.i18n.Language;
import tcplab.scenario.Course;
import tcplab.scenario.CourseLesson;
import tcplab.scenario.CourseProgress;

/**
 * The window at its smallest, 1024x700 at 100 % as on many projectors: every settings tab has
 * its header on the tab strip rather than in the overflow menu, in Korean and in English, and
 * every guided question shows with all its choices and its buttons without scrolling, with the
 * reading texts in 한/EN.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(240)
class SmallWindowTest {

    private static final double[] SMALLEST = {1024, 700};

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @Test
    void everySettingsTabIsOnTheTabStripInEitherLanguage(FxRobot robot) {
        // Also while the client's TIME-WAIT timer runs (1.5 s into the lost-SYN lesson): the taller
        // host box gives the window a vertical scroll bar, which takes its width from the columns.
        for (Language language : Language.values()) {
            for (long atMicros : new long[] {0, 1_500_000}) {
                MainView main = Labs.showWindow(robot, stage, settings.settings(), () -> {
                    LabModel lab = Labs.scenario("syn-lost");
                    lab.playback().seek(atMicros);
                    return lab;
                }, language, SMALLEST);
                assertEveryTabOnTheStrip(main, "at " + atMicros + " µs in " + language);
            }
        }
    }

    private static void assertEveryTabOnTheStrip(MainView main, String where) {
        TabPane tabs = (TabPane) main.lookup(".settings-tabs");
        Bounds strip = sceneBounds(tabs.lookup(".tab-header-area"));
        List<Node> headers = List.copyOf(tabs.lookupAll(".tab-header-area .tab"));
        assertThat(headers).as("tab headers, %s", where).hasSize(tabs.getTabs().size());
        for (Node header : headers) {
            Bounds shown = sceneBounds(header);
            assertThat(header.isVisible()).as("%s, %s", header, where).isTrue();
            assertThat(shown.getMinX()).as("left of %s, %s", header, where).isGreaterThanOrEqualTo(strip.getMinX() - 0.5);
            assertThat(shown.getMaxX()).as("right of %s, %s (strip %s)", header, where, strip).isLessThanOrEqualTo(strip.getMaxX() + 0.5);
        }
        Node overflow = tabs.lookup(".control-buttons-tab");
        assertThat(overflow == null || !overflow.isVisible() || overflow.getLayoutBounds().getWidth() == 0)
                .as("no overflow menu, %s", where).isTrue();
        Node menuButton = tabs.lookup(".tab-down-button");
        assertThat(menuButton == null || !menuButton.isVisible())
                .as("no overflow button, %s", where).isTrue();
    }

    /**
     * The state diagram's button enlarges it in place of the network stage and the sequence
     * diagram, over half as tall again with boxes drawn larger, and brings them back.
     */
    @Test
    void theStateDiagramCanBeEnlargedAndBroughtBack(FxRobot robot) {
        for (Language language : Language.values()) {
            MainView main = Labs.showWindow(robot, stage, settings.settings(), Labs::handshake, language, SMALLEST);
            double height = main.stateDiagram().getHeight();
            double box = main.lookup("#state-box-established").getBoundsInParent().getHeight();
            robot.clickOn("#states-enlarge");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(main.networkStage().isVisible()).as("network stage in %s", language).isFalse();
            assertThat(main.lookup("#ladder-panel").isVisible()).as("sequence diagram in %s", language).isFalse();
            assertThat(main.stateDiagram().getHeight()).as("diagram height in %s", language).isGreaterThan(1.6 * height);
            assertThat(main.lookup("#state-box-established").getBoundsInParent().getHeight())
                    .as("box height in %s", language).isGreaterThan(1.3 * box);
            robot.clickOn("#states-enlarge");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(main.networkStage().isVisible()).isTrue();
            assertThat(main.lookup("#ladder-panel").isVisible()).isTrue();
            assertThat(main.stateDiagram().getHeight()).isEqualTo(height);
        }
    }

    /**
     * Each question of every course lesson, in 한/EN: the prompt, every choice, and
     * the check and skip buttons lie inside the question's scrolled area as it is shown.
     */
    @Test
    void everyGuidedChoiceIsInViewInBothLanguagesMode(FxRobot robot) {
        MainView[] main = new MainView[1];
        LabModel lab = new LabModel(Simulator::run, Course.lessons().get(0).scenario(), new CourseProgress(settings.settings()));
        robot.interact(() -> {
            LanguageModel language = new LanguageModel(settings.settings());
            language.show(Language.KOREAN);
            try {
                language.switchToSideBySide();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            main[0] = new MainView(language, new DisplayModel(settings.settings()), lab);
            Scene scene = new Scene(main[0], SMALLEST[0], SMALLEST[1]);
            LabApplication.applyTheme(scene);
            stage.setScene(scene);
            stage.show();
        });
        GuidedModel guided = lab.guided();
        int asked = 0;
        for (CourseLesson lesson : Course.lessons()) {
            robot.interact(() -> {
                guided.startLesson(lesson);
                main[0].showLab();
            });
            for (int step = 0; step < 200 && guided.phaseProperty().get() != GuidedModel.Phase.FINISHED; step++) {
                robot.interact(() -> {
                    switch (guided.phaseProperty().get()) {
                        case ASKING, ANSWERED -> { }
                        default -> lab.playback().stepNext();
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                if (guided.phaseProperty().get() == GuidedModel.Phase.ASKING) {
                    assertInView(main[0], lesson.scenario().id() + " question " + guided.numberOf(guided.questionProperty().get()));
                    asked++;
                    robot.interact(() -> {
                        guided.skip();
                        guided.proceed();
                    });
                }
            }
        }
        assertThat(asked).as("questions checked").isGreaterThanOrEqualTo(50);
    }

    private static void assertInView(MainView main, String where) {
        Node scroll = main.lookup(".guided-scroll");
        Bounds viewport = sceneBounds(scroll.lookup(".viewport"));
        Bounds window = new BoundingBox(0, 0, SMALLEST[0], SMALLEST[1]);
        List<Node> needed = new ArrayList<>(main.guidedPanel().lookupAll(".guided-choice"));
        needed.add(main.guidedPanel().lookup(".guided-prompt"));
        needed.add(main.guidedPanel().lookup("#guided-check"));
        needed.add(main.guidedPanel().lookup("#guided-skip"));
        assertThat(needed).as("the question's parts at %s", where).doesNotContainNull().hasSizeGreaterThan(4);
        for (Node node : needed) {
            Bounds shown = sceneBounds(node);
            for (Bounds frame : List.of(viewport, window)) {
                assertThat(shown.getMinY()).as("top of %s at %s", node, where).isGreaterThanOrEqualTo(frame.getMinY() - 0.5);
                assertThat(shown.getMaxY()).as("bottom of %s at %s (question %s high, shown in %s)", node, where, main.guidedPanel().getHeight(), viewport).isLessThanOrEqualTo(frame.getMaxY() + 0.5);
            }
        }
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }
}
