package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.capture.CapturedTrace;
import tcplab.compare.EventAlignment;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Language;
import tcplab.playback.DiagramRows;
import tcplab.playback.Flight;
import tcplab.playback.LadderGeometry;
import tcplab.playback.TimeScale;
import tcplab.playback.TraceCursor;

/**
 * A loopback capture, whose instants hold several events, beside the simulator: both diagrams
 * drawn row by row, a gap box for each event only the other side has, the capture's estimated
 * times drawn hollow, and the legend saying so in English and Korean.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class ComparisonWindowTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @Test
    void aCaptureWithEventsSharingInstantsIsDrawnRowByRowBesideTheSimulation(FxRobot robot) throws Exception {
        LabModel lab = Labs.handshake();
        MainView main = Labs.showWindow(robot, stage, settings.settings(), () -> lab, Language.ENGLISH,
                new double[] {1280, 800});
        Path file = capture("lo4.pcap");
        robot.interact(() -> main.files().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !main.files().reading());
        WaitForAsyncUtils.waitForFxEvents();
        CapturedTrace captured = ((CapturedLesson) lab.sourceProperty().get()).capturedProperty().get();
        assertThat(sharedInstants(captured.trace())).as("the capture has events sharing an instant").isPositive();

        robot.interact(() -> robot.lookup("#capture-compare").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        CapturePanelView panel = robot.lookup("#capture-panel").queryAs(CapturePanelView.class);
        ComparisonView comparison = panel.lastComparison();
        EventAlignment alignment = comparison.alignment();

        // Each event only one side has faces a gap box in the other diagram.
        assertThat(alignment.gaps(true).size() + alignment.gaps(false).size()).as("gaps in this comparison").isPositive();
        assertThat(comparison.gapRows()).containsExactly(alignment.gaps(true).size(), alignment.gaps(false).size());
        assertThat(robot.lookup("#comparison-captured ." + ComparisonDiagram.GAP_STYLE_CLASS).queryAll())
                .hasSize(alignment.gaps(true).size());
        assertThat(robot.lookup("#comparison-simulated ." + ComparisonDiagram.GAP_STYLE_CLASS).queryAll())
                .hasSize(alignment.gaps(false).size());

        // Matched events lie the same rows below their times in both diagrams: what is level stays level.
        Trace simulated = comparison.simulation();
        TimeScale scale = TimeScale.common(List.of(new TraceCursor(captured.trace()), new TraceCursor(simulated)));
        List<EventAlignment.Row> matched = alignment.rows().stream().filter(EventAlignment.Row::matched).toList();
        assertThat(matched).isNotEmpty();
        for (EventAlignment.Row row : matched) {
            double capturedRows = comparison.eventY(true, row.first()) - height(scale, row.firstTime());
            double simulatedRows = comparison.eventY(false, row.second()) - height(scale, row.secondTime());
            assertThat(capturedRows).as("row %s", row).isCloseTo(simulatedRows, within(1e-6));
            assertThat(capturedRows).isCloseTo(row.insertedRows() * LadderGeometry.ROW, within(1e-6));
        }
        DiagramRows alone = new TraceCursor(captured.trace()).rows();
        DiagramRows aligned = alignment.diagramRows(true);
        assertThat(aligned.total()).as("the capture alone would insert other rows than side by side")
                .isNotEqualTo(alone.total());

        // The capture's estimated times are drawn hollow; the simulator's never are.
        long estimatedFlights = new TraceCursor(captured.trace()).flights().stream()
                .filter(flight -> estimated(captured, flight)).count();
        assertThat(estimatedFlights).isPositive();
        assertThat(comparison.estimatedArrows()).containsExactly((int) estimatedFlights, 0);
        assertThat(robot.lookup("#comparison-captured .ladder-arrow.estimated").queryAll()).hasSize((int) estimatedFlights);
        assertThat(robot.lookup("#comparison-simulated ." + ComparisonDiagram.ESTIMATED_POINT).queryAll()).isEmpty();
        assertThat(legendTexts(robot)).anyMatch(text -> text.startsWith("Estimated"))
                .anyMatch(text -> text.startsWith("No counterpart"));

        robot.interact(() -> robot.lookup("#language-ko").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legendTexts(robot)).anyMatch(text -> text.startsWith("추정"))
                .anyMatch(text -> text.startsWith("대응 없음"));
        assertThat(comparison.gapRows()).as("redrawn in Korean, the same rows")
                .containsExactly(alignment.gaps(true).size(), alignment.gaps(false).size());
        robot.interact(() -> comparison.getScene().getWindow().hide());
    }

    private static Path capture(String name) throws URISyntaxException {
        return Path.of(ComparisonWindowTest.class.getResource("/captures/" + name).toURI());
    }

    /** How many drawn events share an instant with the drawn event before them. */
    private static long sharedInstants(Trace trace) {
        List<TraceEvent> drawn = trace.events().stream().filter(DiagramRows::drawn).toList();
        return IntStream.range(1, drawn.size()).filter(i -> drawn.get(i).time() == drawn.get(i - 1).time()).count();
    }

    private static boolean estimated(CapturedTrace captured, Flight flight) {
        return captured.timeEstimated(flight.sentIndex())
                || (flight.endIndex() < captured.trace().events().size() && captured.timeEstimated(flight.endIndex()));
    }

    private static double height(TimeScale scale, long micros) {
        return LadderGeometry.TOP + scale.toScreen(micros) * LadderGeometry.PIXELS_PER_SECOND;
    }

    private static List<String> legendTexts(FxRobot robot) {
        return robot.lookup("." + ComparisonLegend.STYLE_CLASS + " .label").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();
    }
}
