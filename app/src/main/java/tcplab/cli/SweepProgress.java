package tcplab.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long sweep on stderr: nothing for a sweep that ends within a few seconds, then a
 * line every few seconds, so a sweep of a hundred million runs is seen to be working.
 */
final class SweepProgress {

    static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** Runs between looks at the clock, so that looking costs nothing measurable. */
    static final int RUNS_PER_LOOK = 1 << 16;

    private final PrintWriter err;
    private final LongSupplier nanoClock;
    private long nextReport;

    SweepProgress(PrintWriter err) {
        this(err, System::nanoTime);
    }

    SweepProgress(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.nanoClock = nanoClock;
        this.nextReport = nanoClock.getAsLong() + INTERVAL_NANOS;
    }

    /** Called after each run or chunk of {@link #RUNS_PER_LOOK} runs; reports now and then. */
    void ran(String loss, int done, int runs) {
        if (done % RUNS_PER_LOOK != 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (now - nextReport >= 0) {
            err.println("sweep: loss " + loss + ": " + done + " of " + runs + " runs");
            nextReport = now + INTERVAL_NANOS;
        }
    }
}
