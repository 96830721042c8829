package tcplab.view;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import tcplab.engine.SimulationInput;
import tcplab.engine.Trace;
import tcplab.scenario.CourseProgress;
import tcplab.scenario.Scenario;
import tcplab.settings.Settings;

/**
 * What the window shows: the simulated lesson, the source of the trace shown now (the lesson or
 * a capture), the playback over it, and guided mode over the lesson. The views that draw the trace
 * take the playback only; a source's own panels take the source.
 */
public final class LabModel {

    private final Function<SimulationInput, Trace> simulator;
    private final SimulatedLesson lesson;
    private final SourceSwitch shown;
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
        this.simulator = simulator;
        lesson = new SimulatedLesson(simulator, first);
        shown = new SourceSwitch(lesson);
        playback = new PlaybackModel(shown);
        this.progress = progress;
        guided = new GuidedModel(lesson, playback, progress);
    }

    public SimulatedLesson lesson() {
        return lesson;
    }

    public PlaybackModel playback() {
        return playback;
    }

    /** The simulator the lesson runs on, for runs beside it (a capture compared with the simulation). */
    public Function<SimulationInput, Trace> simulator() {
        return simulator;
    }

    /** The source shown now, as the playback sees it. */
    public TraceSource shown() {
        return shown;
    }

    /** Which source is shown now: the lesson, or a capture. */
    public ReadOnlyObjectProperty<TraceSource> sourceProperty() {
        return shown.currentProperty();
    }

    /** Shows {@code source} (a capture), from the start of its trace. */
    public void show(TraceSource source) {
        shown.show(source);
    }

    /** Shows the simulated lesson again, as the learner left it. */
    public void showLesson() {
        shown.show(lesson);
    }

    public CourseProgress progress() {
        return progress;
    }

    public GuidedModel guided() {
        return guided;
    }
}
