package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.i18n.Language;
import tcplab.scenario.ScenarioCatalog;

/** The faults tab: whose faults are in force, loss as a percentage, and faults kept across lessons. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class FaultPanelTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private MainView main;
    private SimulatedLesson model;
    private PlaybackModel playback;

    @Start
    void start(Stage stage) throws IOException {
        BundledFonts.load();
        LanguageModel language = new LanguageModel(settings.settings());
        language.switchTo(Language.ENGLISH);
        LabModel lab = Labs.scenario("syn-lost");
        model = lab.lesson();
        playback = lab.playback();
        main = new MainView(language, new DisplayModel(settings.settings()), lab);
        Scene scene = new Scene(main, 1280, 800);
        LabApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
        ((TabPane) main.lookup(".settings-tabs")).getSelectionModel().select(1);
    }

    @Test
    void theLessonsOwnDropIsListedAsTheLessons(FxRobot robot) {
        assertThat(faultLines()).containsExactly("Dropped by the lesson: C→S SYN #1");

        robot.interact(() -> model.dropNext(Side.SERVER, playback.time()));
        assertThat(faultLines()).containsExactly("Dropped by the lesson: C→S SYN #1", "Dropped by you: S→C segment #1");

        robot.interact(() -> model.scenarioProperty().set(ScenarioCatalog.find("old-duplicate").orElseThrow()));
        assertThat(faultLines()).first().asString().startsWith("Delayed by the lesson: S→C PSH+ACK #1, by 1400 ms more");
    }

    @Test
    void nothingDroppedOnPurposeSaysSoForLessonAndLearner(FxRobot robot) {
        robot.interact(() -> model.scenarioProperty().set(ScenarioCatalog.find("handshake").orElseThrow()));
        assertThat(faultLines()).containsExactly("No segment is dropped on purpose: not by the lesson, not by you.");
    }

    @Test
    void lossIsAPercentageWithDecimalsAsTheFieldSays(FxRobot robot) {
        assertThat(robot.lookup(".fault-grid .field-label").queryLabeled().getText()).contains("%").contains("0.5");
        for (String typed : List.of("1.0", "0.5", "2.5 %", "100")) {
            robot.clickOn("#loss-client").eraseText(8).write(typed).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#loss-client-error").queryAs(Label.class).isVisible()).as(typed).isFalse();
            assertThat(model.link(Side.CLIENT).lossPercentProperty().get()).as(typed)
                    .isEqualTo(Double.parseDouble(typed.replace("%", "").trim()));
        }
        robot.clickOn("#loss-client").eraseText(8).write("0.25").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.link(Side.CLIENT).lossPercentProperty().get()).isEqualTo(0.25);

        robot.clickOn("#loss-client").eraseText(8).write("1,5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#loss-client-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Enter a number with at most 2 decimals, such as 1 or 2.5.");
        assertThat(model.link(Side.CLIENT).lossPercentProperty().get()).as("the last good value stays").isEqualTo(0.25);
    }

    @Test
    void switchingLessonsKeepsTheLearnersFaults(FxRobot robot) {
        robot.interact(() -> {
            model.link(Side.CLIENT).lossPercentProperty().set(20.0);
            model.dropNext(Side.SERVER, playback.time());
            model.addFaults(List.of(ScriptedFault.dropNth(Side.CLIENT, 99)));
        });

        robot.interact(() -> model.scenarioProperty().set(ScenarioCatalog.find("long-delay").orElseThrow()));

        assertThat(model.learnerFaults()).containsExactly(ScriptedFault.dropNth(Side.SERVER, 1),
                ScriptedFault.dropNth(Side.CLIENT, 99));
        assertThat(model.link(Side.CLIENT).lossPercentProperty().get()).as("the loss set by hand").isEqualTo(20.0);
        long lessonDelay = ScenarioCatalog.find("long-delay").orElseThrow().clientToServer().delayMicros() / 1000;
        assertThat(model.link(Side.CLIENT).delayMillisProperty().get()).as("the new lesson's own delay")
                .isEqualTo((int) lessonDelay).isNotZero();
        assertThat(playback.cursorProperty().get().flights()).anySatisfy(flight -> {
            assertThat(flight.sender()).isEqualTo(Side.SERVER);
            assertThat(flight.ordinal()).isEqualTo(1);
            assertThat(flight.dropped()).isTrue();
        });
        assertThat(faultLines()).containsExactly("Dropped by you: S→C segment #1",
                "Dropped by you: C→S segment #99 (this lesson never sends it)");

        robot.interact(model::clearFaults);
        assertThat(model.learnerFaults()).isEmpty();
        assertThat(model.link(Side.CLIENT).lossPercentProperty().get()).isZero();
    }

    private List<String> faultLines() {
        WaitForAsyncUtils.waitForFxEvents();
        return main.lookup(".learner-drops").lookupAll(".field-label").stream()
                .filter(Node::isVisible).map(node -> ((Label) node).getText()).toList();
    }
}
