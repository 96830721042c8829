package tcplab.view;

import java.util.function.Function;
import tcplab.engine.SimulationInput;
import tcplab.engine.Trace;
import tcplab.scenario.CourseProgress;
import tcplab.scenario.Scenario;
import tcplab.settings.Settings;

/**
 * What the window shows: a simulated lesson, the source of the trace, the playback over it, and
 * guided mode over both. The views that draw the trace take the playback only; the lesson's own
 * panels take the lesson.
 */
public final class LabModel {

    private final SimulatedLesson lesson;
    private final PlaybackModel playback;
    private final CourseProgress progress;
    private final GuidedModel guided;

    /**
     * A lab whose course progress is kept for this run only.
     *
     * @param simulator turns inputs into a trace ({@code Simulator::run} in the app)
     * @param first     the scenario shown first
     */
    public LabModel(Function<SimulationInput, Trace> simulator, Scenario first) {
        this(simulator, first, new CourseProgress(Settings.inMemory()));
    }

    /**
     * @param simulator turns inputs into a trace ({@code Simulator::run} in the app)
     * @param first     the scenario shown first
     * @param progress  where finished lessons and best scores are remembered
     */
    public LabModel(Function<SimulationInput, Trace> simulator, Scenario first, CourseProgress progress) {
        lesson = new SimulatedLesson(simulator, first);
        playback = new PlaybackModel(lesson);
        this.progress = progress;
        guided = new GuidedModel(lesson, playback, progress);
    }

    public SimulatedLesson lesson() {
        return lesson;
    }

    public PlaybackModel playback() {
        return playback;
    }

    public CourseProgress progress() {
        return progress;
    }

    public GuidedModel guided() {
        return guided;
    }
}
