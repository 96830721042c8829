package tcplab.engine;

/** Runs the TCP simulation. (Contract placeholder until the engine lands.) */
public final class Simulator {

    private Simulator() {
    }

    /** Runs one simulation to its end and returns its trace. */
    public static Trace run(SimulationInput input) {
        throw new UnsupportedOperationException("engine not implemented yet");
    }
}
