package tcplab.handout;

import java.util.List;
import java.util.Objects;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SimulationInput;
import tcplab.engine.Trace;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;

/**
 * The run a handout describes and what it came from, so the handout can say how it was set up.
 *
 * @param scenario        the catalogue lesson the run is based on
 * @param input           everything the run depended on: profile, Linux settings, seed, ISNs, links, faults
 * @param learnerFaults   the drops the learner added to the lesson's own faults
 * @param trace           the run's trace, simulated from {@code input}
 * @param relativeNumbers whether sequence numbers are told relative to each side's ISN, or raw
 */
public record HandoutRun(Scenario scenario, SimulationInput input, List<ScriptedFault> learnerFaults, Trace trace,
                         boolean relativeNumbers) {

    public HandoutRun {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(input, "input");
        learnerFaults = List.copyOf(learnerFaults);
        Objects.requireNonNull(trace, "trace");
    }

    /** The run of a lesson as the window holds it: its inputs and the trace they gave. */
    public static HandoutRun of(LessonInputs inputs, Trace trace, boolean relativeNumbers) {
        return new HandoutRun(inputs.scenario(), inputs.simulationInput(), inputs.learnerFaults(), trace,
                relativeNumbers);
    }
}
