package tcplab.statediagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.StateChanged;
import tcplab.engine.Trace;
import tcplab.explain.FigureTransition;
import tcplab.playback.Frame;
import tcplab.playback.TraceCursor;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/** What a run did on the diagram, up to any position. */
class StateDiagramRunTest {

    @Test
    void theServerClosingFirstGoesThroughTimeWaitAndTheClientThroughLastAck() {
        StateDiagramRun run = StateDiagramRun.whole(run("server-close"));

        assertThat(run.visited(Side.CLIENT)).containsExactly(StateBox.CLOSED_TOP, StateBox.SYN_SENT, StateBox.ESTABLISHED,
                StateBox.CLOSE_WAIT, StateBox.LAST_ACK, StateBox.CLOSED_BOTTOM);
        assertThat(run.visited(Side.SERVER)).containsExactly(StateBox.CLOSED_TOP, StateBox.LISTEN, StateBox.SYN_RECEIVED,
                StateBox.ESTABLISHED, StateBox.FIN_WAIT_1, StateBox.FIN_WAIT_2, StateBox.TIME_WAIT, StateBox.CLOSED_BOTTOM);
        assertThat(run.current(Side.CLIENT)).isEqualTo(StateBox.CLOSED_BOTTOM);
        assertThat(run.latest(Side.SERVER).orElseThrow().edge().figure()).contains(FigureTransition.TIME_WAIT_TIMEOUT);
        assertThat(run.taken()).allSatisfy(step -> assertThat(step.edge().inFigure()).isTrue());
    }

    @Test
    void atEveryPositionTheCurrentBoxAndLatestTransitionAreThoseOfThePlayback() {
        Trace trace = run("simultaneous-open");
        TraceCursor cursor = new TraceCursor(trace);
        for (int upTo = 0; upTo <= trace.events().size(); upTo++) {
            StateDiagramRun run = StateDiagramRun.of(trace, upTo);
            Frame frame = cursor.frameAt(upTo == 0 ? cursor.start() : cursor.stepOnto(upTo - 1));
            for (Side side : Side.values()) {
                assertThat(run.current(side).state()).as("%s at %d", side, upTo).isEqualTo(frame.state(side));
                assertThat(run.latest(side).map(StateDiagramRun.Step::change)).isEqualTo(frame.transition(side));
            }
            assertThat(run.taken()).extracting(StateDiagramRun.Step::eventIndex).isSorted().allMatch(index -> index < trace.events().size());
        }
    }

    @Test
    void aResetIsAnEdgeOutsideTheFigure() {
        Trace trace = run("abort");
        List<StateChanged> resets = trace.events().stream().filter(StateChanged.class::isInstance)
                .map(StateChanged.class::cast).filter(change -> FigureTransition.between(change.from(), change.to()).isEmpty())
                .toList();
        assertThat(resets).isNotEmpty();
        assertThat(StateDiagramRun.whole(trace).taken()).filteredOn(step -> !step.edge().inFigure())
                .extracting(StateDiagramRun.Step::change).containsExactlyElementsOf(resets);
    }

    private static Trace run(String lesson) {
        return Simulator.run(LessonInputs.of(ScenarioCatalog.find(lesson).orElseThrow()).simulationInput());
    }
}
