package tcplab.sweep;

import java.math.BigDecimal;
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
 *
 * <p>A loss rate's runs are made in chunks ({@link Rate#run(int)}), so a caller can report
 * progress or stop between chunks; the result is the same however the runs are chunked.
 */
public final class LossSweep {

    private final RunInputs inputs;
    private final long baseSeed;

    /**
     * @param inputs   what each run simulates
     * @param baseSeed the seed every run's seed is mixed from
     */
    public LossSweep(RunInputs inputs, long baseSeed) {
        this.inputs = inputs;
        this.baseSeed = baseSeed;
    }

    /** The runs at loss probability {@code loss} in both directions, none made yet. */
    public Rate rate(BigDecimal loss, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1: " + runs);
        }
        return new Rate(loss, runs);
    }

    /** All {@code runs} runs at {@code loss}, made at once. */
    public SweepPoint point(BigDecimal loss, int runs) {
        Rate rate = rate(loss, runs);
        rate.run(runs);
        return rate.point();
    }

    /** SplitMix64's finaliser over the base seed and run number: well spread, no shared state. */
    public static long runSeed(long base, int run) {
        long z = base + (run + 1L) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The runs of one loss rate, made chunk by chunk. */
    public final class Rate {

        private final BigDecimal loss;
        private final int runs;
        private final SetupTimeHistogram setupTimes = new SetupTimeHistogram();
        private int done;

        private Rate(BigDecimal loss, int runs) {
            this.loss = loss;
            this.runs = runs;
        }

        /** Makes up to {@code count} more runs; returns how many runs are done now. */
        public int run(int count) {
            int end = (int) Math.min(runs, (long) done + count);
            for (; done < end; done++) {
                RunOutcome outcome = Simulator.outcome(inputs.input(runSeed(baseSeed, done), loss));
                if (outcome.established()) {
                    setupTimes.add(outcome.setupMicros());
                }
            }
            return done;
        }

        public int done() {
            return done;
        }

        public boolean finished() {
            return done == runs;
        }

        /**
         * The outcome of all the runs.
         *
         * @throws IllegalStateException if runs remain: a part of a rate is never a point
         */
        public SweepPoint point() {
            if (!finished()) {
                throw new IllegalStateException(done + " of " + runs + " runs made");
            }
            return new SweepPoint(loss, runs, setupTimes);
        }
    }
}
