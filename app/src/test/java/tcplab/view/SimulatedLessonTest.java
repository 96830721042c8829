package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.Trace;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.LinkChoice;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** The learner's inputs, the engine's runs and the playback, without a window. */
class SimulatedLessonTest {

    private final List<SimulationInput> runs = new ArrayList<>();
    private final Function<SimulationInput, Trace> countingSimulator = input -> {
        runs.add(input);
        return Simulator.run(input);
    };
    private final Scenario handshake = ScenarioCatalog.find("handshake").orElseThrow();
    private final Scenario synLost = ScenarioCatalog.find("syn-lost").orElseThrow();

    @Test
    void aChangedInputIsOneRunAndThePlaybackKeepsItsTime() {
        SimulatedLesson lesson = new SimulatedLesson(countingSimulator, handshake);
        PlaybackModel playback = new PlaybackModel(lesson);
        playback.seek(30_000);
        runs.clear();

        lesson.link(Side.CLIENT).delayMillisProperty().set(120);

        assertThat(runs).singleElement().satisfies(input ->
                assertThat(input.clientToServer().delayMicros()).isEqualTo(120_000));
        assertThat(playback.time()).isEqualTo(30_000);
        assertThat(playback.cursorProperty().get().trace()).isSameAs(lesson.traceProperty().get().trace());
    }

    @Test
    void aNewScenarioIsOneRunFromItsStartThatKeepsTheLearnersFaults() {
        SimulatedLesson lesson = new SimulatedLesson(countingSimulator, handshake);
        PlaybackModel playback = new PlaybackModel(lesson);
        lesson.link(Side.SERVER).lossPercentProperty().set(40.0);
        lesson.dropNext(Side.CLIENT, 0);
        playback.seek(30_000);
        runs.clear();

        lesson.scenarioProperty().set(synLost);

        List<ScriptedFault> expected = new ArrayList<>(synLost.faults());
        expected.add(ScriptedFault.dropNth(Side.CLIENT, 1));
        assertThat(runs).singleElement().satisfies(input -> {
            assertThat(input.faults()).isEqualTo(expected);
            assertThat(input.serverToClient().loss()).isEqualTo(0.4);
        });
        assertThat(playback.time()).isZero();
        assertThat(lesson.learnerFaults()).containsExactly(ScriptedFault.dropNth(Side.CLIENT, 1));
        assertThat(lesson.link(Side.SERVER).lossPercentProperty().get()).isEqualTo(40.0);
    }

    @Test
    void settingAllInputsAtOnceIsOneRunAndEveryControlShowsThem() {
        SimulatedLesson lesson = new SimulatedLesson(countingSimulator, handshake);
        List<Long> seedsShown = new ArrayList<>();
        lesson.seedProperty().addListener((obs, old, now) -> seedsShown.add(now));
        runs.clear();

        lesson.inputsProperty().set(LessonInputs.of(synLost).withSeed(9)
                .withLink(Side.CLIENT, new LinkChoice(5, 70, 0)).withFault(ScriptedFault.dropNth(Side.SERVER, 1)));

        assertThat(runs).hasSize(1);
        assertThat(seedsShown).containsExactly(9L);
        assertThat(lesson.scenarioProperty().get()).isEqualTo(synLost);
        assertThat(lesson.link(Side.CLIENT).delayMillisProperty().get()).isEqualTo(70);
        assertThat(lesson.learnerFaults()).containsExactly(ScriptedFault.dropNth(Side.SERVER, 1));
    }

    @Test
    void clearingFaultsIsOneRunBackToTheScenariosLink() {
        SimulatedLesson lesson = new SimulatedLesson(countingSimulator, synLost);
        lesson.link(Side.CLIENT).jitterMillisProperty().set(20);
        lesson.dropNext(Side.SERVER, 0);
        runs.clear();

        lesson.clearFaults();

        assertThat(runs).singleElement().isEqualTo(LessonInputs.of(synLost).simulationInput());
        assertThat(lesson.link(Side.CLIENT).jitterMillisProperty().get()).isZero();
    }

    @Test
    void aFailedRunKeepsTheTraceBeforeAndSaysWhy() {
        SimulatedLesson lesson = new SimulatedLesson(input -> {
            if (input.seed() == 13) {
                throw new IllegalStateException("no luck");
            }
            return Simulator.run(input);
        }, handshake);
        Trace before = lesson.traceProperty().get().trace();

        lesson.seedProperty().set(13L);

        assertThat(lesson.traceProperty().get().trace()).isSameAs(before);
        assertThat(lesson.errorProperty().get().args()).containsExactly("no luck");
        lesson.seedProperty().set(14L);
        assertThat(lesson.errorProperty().get()).isNull();
    }
}
