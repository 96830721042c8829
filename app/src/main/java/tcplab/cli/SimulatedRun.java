package tcplab.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.Trace;
import tcplab.exercise.Exercise;
import tcplab.guided.Question;
import tcplab.options.DropSpec;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;

/**
 * The one simulated run a command's options describe: an exercise file's, or the scenario and
 * settings given option by option.
 *
 * @param scenario the catalogue lesson the run is based on
 * @param input    what the simulator ran
 * @param drops    the drops the user added to the lesson's own faults
 * @param trace    the run's trace
 * @param teacherQuestions an exercise's own questions about this run; none for a run given by options
 */
record SimulatedRun(Scenario scenario, SimulationInput input, List<ScriptedFault> drops, Trace trace,
                    List<Question> teacherQuestions) {

    /**
     * Runs what the options say. Given options, a {@code --drop} that names a segment the run never
     * sends is a {@link ParameterException}; an exercise's drops are taken as the window takes them,
     * where such a drop is no error.
     *
     * @param exercise the {@code --exercise} file, or null
     */
    static SimulatedRun of(CommandSpec spec, SimulationOptions simulation, LossOptions loss, Path exercise) {
        if (exercise != null) {
            Exercise read = ExerciseOption.read(spec, exercise);
            LessonInputs lesson = read.inputs();
            return new SimulatedRun(lesson.scenario(), lesson.simulationInput(), lesson.learnerFaults(),
                    Simulator.run(lesson.simulationInput()), read.teacher().questions());
        }
        SimulationInput input = simulation.input(simulation.seed(), loss.clientToServer(), loss.serverToClient());
        List<ScriptedFault> drops = simulation.drops();
        Trace trace = Simulator.run(input);
        List<ScriptedFault> neverSent = DropTargets.neverSent(trace, drops);
        if (!neverSent.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--drop: " + DropSpec.format(neverSent.get(0))
                    + " names a segment this run never sends (" + DropTargets.sentCounts(trace) + ")");
        }
        return new SimulatedRun(simulation.scenario(), input, drops, trace, List.of());
    }
}
