package tcplab.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import tcplab.engine.SimulationInput;

/**
 * A loss experiment of one or more series over the same loss rates, runs and seed, made in chunks
 * so that a caller in another thread can follow its progress and stop it between two chunks.
 * Stopped, it yields nothing: a part of an experiment is never passed off as its result.
 *
 * @param series the series to run, each a name, a lesson id and the run it starts from
 * @param losses the loss rates, the same for every series
 * @param runs   the runs per loss rate
 * @param seed   the base seed of every series, so that series differ only by their settings
 */
public record SweepJob(List<Setup> series, List<BigDecimal> losses, int runs, long seed) {

    /** The runs between two looks at whether to stop: short enough to stop within a blink. */
    public static final int CHUNK = 200;

    /** One series to run: its name, its lesson and the run it starts from. */
    public record Setup(String name, String lesson, SimulationInput base) {
    }

    public SweepJob {
        series = List.copyOf(series);
        losses = List.copyOf(losses);
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1: " + runs);
        }
    }

    /** Every run of the job: series times loss rates times runs. */
    public long totalRuns() {
        return (long) series.size() * losses.size() * runs;
    }

    /**
     * Makes every run.
     *
     * @param stop     asked between chunks; true stops the job
     * @param progress told the number of runs made so far after each chunk
     * @return each series with its points, or empty if stopped
     */
    public Optional<List<SweepSeries>> run(BooleanSupplier stop, LongConsumer progress) {
        List<SweepSeries> done = new ArrayList<>();
        long made = 0;
        for (Setup setup : series) {
            LossSweep sweep = new LossSweep(RunInputs.varying(setup.base()), seed);
            List<SweepPoint> points = new ArrayList<>();
            for (BigDecimal loss : losses) {
                LossSweep.Rate rate = sweep.rate(loss, runs);
                while (!rate.finished()) {
                    if (stop.getAsBoolean()) {
                        return Optional.empty();
                    }
                    int before = rate.done();
                    made += rate.run(CHUNK) - before;
                    progress.accept(made);
                }
                points.add(rate.point());
            }
            done.add(new SweepSeries(setup.name(), setup.lesson(), setup.base(), points));
        }
        return Optional.of(List.copyOf(done));
    }
}
