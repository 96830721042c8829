package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tcplab.i18n.Language;

/**
 * Every arrow label on the sequence diagram is readable: it stays between the two time lines, and
 * no two labels overlap, even for segments sent in the same instant or arrows that cross.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class LadderLabelTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {"handshake", "simultaneous-open", "simultaneous-close", "syn-lost", "ack-lost-data",
            "old-duplicate"})
    void labelsStayBetweenTheTimeLinesAndApart(String scenario, FxRobot robot) {
        for (double[] size : List.of(new double[] {1024, 700}, new double[] {1920, 1080})) {
            for (Language language : Language.values()) {
                LabModel lab = Labs.scenario(scenario);
                MainView main = show(robot, lab, language, size);
                String where = scenario + " at " + (int) size[0] + "x" + (int) size[1] + " " + language;
                LadderView ladder = main.ladder();
                Bounds client = sceneBounds(ladder.lookup(".ladder-lifeline.client"));
                Bounds server = sceneBounds(ladder.lookup(".ladder-lifeline.server"));
                List<Bounds> labels = ladder.lookupAll(".ladder-tag").stream()
                        .filter(Node::isVisible).map(LadderLabelTest::sceneBounds).toList();
                long sent = lab.playback().cursorProperty().get().flights().stream()
                        .filter(flight -> flight.sentAt() <= lab.playback().time()).count();
                assertThat(labels).as("labels drawn in %s: one per segment sent", where).hasSize((int) sent).isNotEmpty();
                for (Bounds label : labels) {
                    assertThat(label.getMinX()).as("label left edge in %s", where).isGreaterThan(client.getMaxX());
                    assertThat(label.getMaxX()).as("label right edge in %s", where).isLessThan(server.getMinX());
                }
                for (int i = 0; i < labels.size(); i++) {
                    for (int j = i + 1; j < labels.size(); j++) {
                        assertThat(labels.get(i).intersects(labels.get(j)))
                                .as("labels %d and %d overlap in %s: %s, %s", i, j, where, labels.get(i), labels.get(j))
                                .isFalse();
                    }
                }
            }
        }
    }

    private MainView show(FxRobot robot, LabModel lab, Language language, double[] size) {
        return Labs.showWindow(robot, stage, settings.settings(), () -> {
            lab.playback().seek(lab.playback().cursorProperty().get().trace().endTime());
            return lab;
        }, language, size);
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }
}
