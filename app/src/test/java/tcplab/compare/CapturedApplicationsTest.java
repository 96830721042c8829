package tcplab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.compare.TraceComparison.Kind;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/**
 * The applications read back from a run's segments make the same segments when simulated again:
 * the same data in the same direction, closed by the same side, at the same times.
 */
class CapturedApplicationsTest {

    @Test
    void lessonsWithoutLossAreMadeAgainSegmentForSegment() {
        for (String lesson : List.of("handshake", "server-close", "half-close", "abort")) {
            for (TimerProfile profile : TimerProfile.values()) {
                SimulationInput original = LessonInputs.of(ScenarioCatalog.find(lesson).orElseThrow())
                        .withProfile(profile).simulationInput();
                Trace recorded = Simulator.run(original);
                SimulationInput again = new SimulationInput(CapturedApplications.of(recorded), profile, 1,
                        original.isnClient(), original.isnServer(), original.clientToServer(),
                        original.serverToClient(), List.of(), original.linux());

                TraceComparison comparison = TraceComparison.of(recorded, Simulator.run(again), 1_000);

                assertThat(comparison.differences()).as(lesson + " " + profile)
                        .noneMatch(d -> d.kind() == Kind.ONLY_FIRST || d.kind() == Kind.ONLY_SECOND);
                assertThat(comparison.differences()).as(lesson + " " + profile).isEmpty();
            }
        }
    }
}
