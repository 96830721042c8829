package tcplab.engine;

/**
 * Runs the TCP simulation: two RFC 9293 endpoints, their applications and the link between
 * them, as a discrete-event simulation in simulated microseconds. Deterministic: equal inputs
 * give equal results, with no wall clock and one seeded random source.
 *
 * <p>A run ends when nothing is left to happen (every timer is bounded by the profile's retry
 * limits and TIME-WAIT).
 */
public final class Simulator {

    private Simulator() {
    }

    /** Runs one simulation to its end and returns its full trace. */
    public static Trace run(SimulationInput input) {
        TraceRecorder recorder = new TraceRecorder();
        Simulation simulation = new Simulation(input, recorder);
        simulation.run();
        return new Trace(recorder.events(), simulation.endTime());
    }

    /**
     * Runs one simulation to its end without recording its events, for sweeps over many seeds:
     * the same run as {@link #run(SimulationInput)} (the same outcome for the same input), at a
     * fraction of the cost.
     */
    public static RunOutcome outcome(SimulationInput input) {
        OutcomeRecorder recorder = new OutcomeRecorder();
        Simulation simulation = new Simulation(input, recorder);
        simulation.run();
        return recorder.outcome(simulation.finalState(Side.CLIENT), simulation.finalState(Side.SERVER),
                simulation.endTime());
    }
}
