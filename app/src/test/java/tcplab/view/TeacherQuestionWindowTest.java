package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
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
import tcplab.engine.Simulator;
import tcplab.engine.Trace;
import tcplab.exercise.Exercise;
import tcplab.exercise.TeacherText;
import tcplab.guided.Choice;
import tcplab.guided.Question;
import tcplab.guided.QuestionKind;
import tcplab.i18n.BilingualText;
import tcplab.i18n.Language;
import tcplab.playback.Position;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/**
 * A teacher's question anchored early in the run is asked over the run up to its anchor: the
 * events before it have happened on screen, as the question says.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class TeacherQuestionWindowTest {

    /** Before the handshake's third event: the client has called connect() and is in SYN-SENT. */
    private static final int ASK_BEFORE = 2;

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    private static Exercise handshakeAskedEarly(LessonInputs inputs) {
        Question early = new Question(QuestionKind.TEACHER, ASK_BEFORE, ASK_BEFORE,
                new BilingualText("클라이언트가 SYN-SENT 상태가 되었습니다. 다음에 무엇을 보낼까요?",
                        "The client is in SYN-SENT. What does it send next?"),
                List.of(new Choice(new BilingualText("SYN", "A SYN"), true, BilingualText.EMPTY),
                        new Choice(new BilingualText("ACK", "An ACK"), false, BilingualText.EMPTY)));
        return new Exercise(inputs, 0, Optional.empty(),
                new TeacherText(BilingualText.EMPTY, List.of(), List.of(early)));
    }

    @Test
    void aQuestionAskedBeforeAnEarlyEventShowsTheEventsBeforeIt(FxRobot robot) throws TimeoutException {
        LabModel lab = Labs.handshake();
        MainView main = Labs.showWindow(robot, stage, settings.settings(), () -> lab, Language.ENGLISH,
                new double[] {1024, 700});
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("handshake").orElseThrow());
        Exercise exercise = handshakeAskedEarly(inputs);
        Trace run = Simulator.run(inputs.simulationInput());
        assertThat(run.events().subList(0, ASK_BEFORE)).as("the anchor is early: its events share instant 0")
                .allMatch(event -> event.time() == 0);

        robot.interact(() -> main.exercises().apply(exercise));
        WaitForAsyncUtils.waitForFxEvents();
        GuidedModel guided = lab.guided();
        // Not asked over a run in which nothing has happened yet: playing brings the run up to the anchor.
        assertThat(guided.phaseProperty().get()).isEqualTo(GuidedModel.Phase.WATCHING);
        assertThat(lab.playback().frameProperty().get().position()).isEqualTo(new Position(0, 0));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> guided.phaseProperty().get() == GuidedModel.Phase.ASKING);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(guided.questionProperty().get().kind()).isEqualTo(QuestionKind.TEACHER);
        assertThat(lab.playback().frameProperty().get().position()).isEqualTo(new Position(0, ASK_BEFORE));
        assertThat(robot.lookup("#client-state").queryAs(Label.class).getText()).isEqualTo("SYN-SENT");
        assertThat(robot.lookup("#server-state").queryAs(Label.class).getText()).isEqualTo("CLOSED");
    }
}
