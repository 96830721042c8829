package tcplab.view;

import java.util.function.Function;
import tcplab.engine.SimulationInput;
import tcplab.engine.Trace;
import tcplab.scenario.Scenario;

/**
 * What the window shows: a simulated lesson, the source of the trace, and the playback over it.
 * The views that draw the trace take the playback only; the lesson's own panels take the lesson.
 */
public final class LabModel {

    private final SimulatedLesson lesson;
    private final PlaybackModel playback;

    /**
     * @param simulator turns inputs into a trace ({@code Simulator::run} in the app)
     * @param first     the scenario shown first
     */
    public LabModel(Function<SimulationInput, Trace> simulator, Scenario first) {
        lesson = new SimulatedLesson(simulator, first);
        playback = new PlaybackModel(lesson);
    }

    public SimulatedLesson lesson() {
        return lesson;
    }

    public PlaybackModel playback() {
        return playback;
    }
}
