package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.geometry.Bounds;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.SegmentSent;
import tcplab.i18n.Language;

/**
 * From the smallest window to full HD, in both languages, and at 200 % on a small screen,
 * everything fits, no text is cut short, and the explanation has more of the right column than
 * the settings; the state diagram's badges and transition labels stay off its boxes.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(180)
class LayoutTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @Test
    void noTextIsClippedAtAnySizeInEitherLanguage(FxRobot robot) {
        for (double[] size : List.of(new double[] {1024, 700}, new double[] {1280, 800}, new double[] {1920, 1080})) {
            for (Language language : Language.values()) {
                MainView main = show(robot, language, size);
                assertThat(main.minWidth(-1)).as("min width at %s", describe(size, language)).isLessThanOrEqualTo(size[0]);
                assertThat(main.minHeight(-1)).as("min height at %s", describe(size, language)).isLessThanOrEqualTo(size[1]);
                assertNoTextCut(main, size, language);
                for (Node host : main.lookupAll(".host-node")) {
                    Region box = (Region) host;
                    assertThat(box.getHeight()).as("host box as tall as its content at %s", describe(size, language))
                            .isGreaterThanOrEqualTo(box.prefHeight(box.getWidth()) - 0.5);
                }
                Region explanation = (Region) main.lookup(".explanation-view");
                Region settings = (Region) main.lookup(".settings-tabs");
                assertThat(explanation.getHeight()).as("explanation height against the settings at %s",
                        describe(size, language)).isGreaterThan(settings.getHeight());
            }
        }
    }

    /** A projector at 200 % on a 1366x768 screen: the panels stack and scroll, and every text is whole. */
    @Test
    void noTextIsClippedAtDoubleZoomOnASmallScreen(FxRobot robot) {
        settings.settings().putInt(DisplayModel.ZOOM_KEY, 200);
        double[] size = {1366, 768};
        for (Language language : Language.values()) {
            MainView main = show(robot, language, size);
            assertThat(((Labeled) main.lookup(".app-subtitle")).getFont().getSize()).isEqualTo(28);
            // Icons grow like text: twice their 100 % size.
            assertThat(((FontIcon) main.lookup(".title-bar .chooser-label .ikonli-font-icon")).getIconSize()).isEqualTo(32);
            assertThat(((FontIcon) main.lookup(".playback-bar .button-icon .ikonli-font-icon")).getIconSize()).isEqualTo(40);
            assertThat(((FontIcon) main.lookup(".host-node .host-icon")).getIconSize()).isEqualTo(60);
            assertNoTextCut(main, size, language);
            ScrollPane body = (ScrollPane) main.lookup(".lab-body-scroll");
            assertThat(body.getContent().getLayoutBounds().getWidth()).as("no sideways scrolling at %s",
                    describe(size, language)).isLessThanOrEqualTo(body.getViewportBounds().getWidth() + 0.5);
        }
    }

    /**
     * Stepping through five lessons at the smallest size, no state badge and no transition label
     * covers a state's box, and no label covers a badge, another label or the diagram's edge.
     */
    @Test
    void stateBadgesAndTransitionLabelsNeverCoverAStateBox(FxRobot robot) {
        for (String lesson : List.of("handshake", "syn-lost", "simultaneous-open", "simultaneous-close", "ack-lost-data")) {
            LabModel[] model = new LabModel[1];
            MainView main = Labs.showWindow(robot, stage, settings.settings(), () -> {
                model[0] = Labs.scenario(lesson);
                return model[0];
            }, Language.KOREAN, new double[] {1024, 700});
            StateDiagramView diagram = main.stateDiagram();
            int checked = 0;
            int labelsChecked = 0;
            for (int step = 0; step < 60 && model[0].playback().time() < model[0].playback().cursorProperty().get().endTime(); step++) {
                robot.interact(model[0].playback()::stepNext);
                WaitForAsyncUtils.waitForFxEvents();
                List<Bounds> boxes = diagram.lookupAll(".state-box").stream().map(Node::getBoundsInParent).toList();
                List<Bounds> badges = shown(diagram, ".state-badge");
                for (Bounds badge : badges) {
                    for (Bounds box : boxes) {
                        assertThat(overlap(badge, box)).as("badge %s over a box at step %d of %s", badge, step, lesson)
                                .isLessThan(1);
                    }
                    checked++;
                }
                List<Bounds> labels = shown(diagram, ".state-edge-action");
                for (int i = 0; i < labels.size(); i++) {
                    Bounds label = labels.get(i);
                    List<Bounds> others = new ArrayList<>(boxes);
                    others.addAll(badges);
                    others.addAll(labels.subList(i + 1, labels.size()));
                    for (Bounds other : others) {
                        assertThat(overlap(label, other)).as("label %s over %s at step %d of %s", label, other, step, lesson)
                                .isLessThan(1);
                    }
                    assertThat(label.getMinX()).as("label inside the diagram").isGreaterThanOrEqualTo(0);
                    assertThat(label.getMaxX()).as("label inside the diagram").isLessThanOrEqualTo(diagram.getWidth());
                    labelsChecked++;
                }
            }
            assertThat(checked).as("badges checked in %s", lesson).isGreaterThan(10);
            assertThat(labelsChecked).as("transition labels checked in %s", lesson).isGreaterThan(3);
        }
    }

    /** Where the visible nodes of a style class are drawn, scale included, in the diagram's coordinates. */
    private static List<Bounds> shown(StateDiagramView diagram, String selector) {
        return diagram.lookupAll(selector).stream().filter(Node::isVisible)
                .map(node -> diagram.sceneToLocal(node.localToScene(node.getLayoutBounds()))).toList();
    }

    /** How far two boxes overlap, in pixels, along the axis where they overlap least. */
    private static double overlap(Bounds a, Bounds b) {
        double x = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double y = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return Math.max(0, Math.min(x, y));
    }

    private static void assertNoTextCut(MainView main, double[] size, Language language) {
        int checked = 0;
        for (Labeled labeled : labeled(main)) {
            Text shown = (Text) labeled.lookup(".text");
            if (shown != null && labeled.getText() != null && !labeled.getText().isBlank()) {
                assertThat(shown.getText()).as("%s at %s", labeled, describe(size, language))
                        .isEqualTo(labeled.getText());
                checked++;
            }
        }
        assertThat(checked).as("texts checked at %s", describe(size, language)).isGreaterThan(40);
    }

    /** The lost-SYN lesson just after the retransmission: timers, badges and a full explanation on screen. */
    private MainView show(FxRobot robot, Language language, double[] size) {
        return Labs.showWindow(robot, stage, settings.settings(), () -> {
            LabModel model = Labs.scenario("syn-lost");
            long resent = model.playback().cursorProperty().get().trace().events().stream()
                    .filter(e -> e instanceof SegmentSent s && s.retransmission()).findFirst().orElseThrow().time();
            model.playback().seek(resent + 10_000);
            return model;
        }, language, size);
    }

    private static String describe(double[] size, Language language) {
        return (int) size[0] + "x" + (int) size[1] + " " + language;
    }

    private static List<Labeled> labeled(Parent parent) {
        List<Labeled> result = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
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
