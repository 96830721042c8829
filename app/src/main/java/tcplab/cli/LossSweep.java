package tcplab.cli;

import java.math.BigDecimal;
import java.util.OptionalLong;
import tcplab.engine.AppAction;
import tcplab.engine.AppCall;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * Runs one scenario many times at a loss rate. Run {@code i} uses a seed mixed from the base seed
 * and {@code i} alone, so every loss rate sees the same sequence of seeds and a sweep is
 * reproducible from its base seed.
 */
final class LossSweep {

    private final SimulationOptions simulation;

    LossSweep(SimulationOptions simulation) {
        this.simulation = simulation;
    }

    /** {@code runs} runs with loss probability {@code loss} in both directions. */
    SweepPoint point(BigDecimal loss, int runs) {
        double p = loss.doubleValue();
        long[] setup = new long[runs];
        int established = 0;
        for (int i = 0; i < runs; i++) {
            OptionalLong time = setupTime(Simulator.run(simulation.input(runSeed(simulation.seed(), i), p)));
            if (time.isPresent()) {
                setup[established++] = time.getAsLong();
            }
        }
        return new SweepPoint(loss, runs, established, java.util.Arrays.copyOf(setup, established));
    }

    /** SplitMix64's finaliser over the base seed and run number: well spread, no shared state. */
    static long runSeed(long base, int run) {
        long z = base + (run + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * From the client's connect call until the client reaches ESTABLISHED: how long connect()
     * takes to return, as the application sees it. Empty when the client never got there.
     */
    static OptionalLong setupTime(Trace trace) {
        long connectedAt = -1;
        for (TraceEvent event : trace.events()) {
            if (connectedAt < 0 && event instanceof AppCall && event.side() == Side.CLIENT
                    && ((AppCall) event).action() == AppAction.CONNECT) {
                connectedAt = event.time();
            } else if (connectedAt >= 0 && event instanceof StateChanged && event.side() == Side.CLIENT
                    && ((StateChanged) event).to() == TcpState.ESTABLISHED) {
                return OptionalLong.of(event.time() - connectedAt);
            }
        }
        return OptionalLong.empty();
    }
}
