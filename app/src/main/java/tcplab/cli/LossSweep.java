package tcplab.cli;

import java.math.BigDecimal;
import java.util.Optional;
import tcplab.engine.RunOutcome;
import tcplab.engine.Simulator;

/**
 * Runs one scenario many times at a loss rate. Run {@code i} uses a seed mixed from the base seed
 * and {@code i} alone, so every loss rate sees the same sequence of seeds and a sweep is
 * reproducible from its base seed. Runs use the engine's outcome mode, which records no events,
 * and their setup times go into a {@link SetupTimeHistogram}, so memory does not grow with the
 * number of runs. The setup time is the engine's {@link RunOutcome#setupMicros()}: from the
 * client's connect call until the client reaches ESTABLISHED, how long connect() takes as the
 * application sees it.
 */
final class LossSweep {

    private final SimulationOptions simulation;
    private final SweepProgress progress;

    LossSweep(SimulationOptions simulation, SweepProgress progress) {
        this.simulation = simulation;
        this.progress = progress;
    }

    /** {@code runs} runs with loss probability {@code loss} in both directions. */
    SweepPoint point(BigDecimal loss, int runs) {
        Optional<BigDecimal> both = Optional.of(loss);
        String shown = loss.stripTrailingZeros().toPlainString();
        SetupTimeHistogram setupTimes = new SetupTimeHistogram();
        for (int i = 0; i < runs; i++) {
            RunOutcome outcome = Simulator.outcome(simulation.input(runSeed(simulation.seed(), i), both, both));
            if (outcome.established()) {
                setupTimes.add(outcome.setupMicros());
            }
            progress.ran(shown, i + 1, runs);
        }
        return new SweepPoint(loss, runs, setupTimes);
    }

    /** SplitMix64's finaliser over the base seed and run number: well spread, no shared state. */
    static long runSeed(long base, int run) {
        long z = base + (run + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
