package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SweepProgressTest {

    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final SweepProgress progress = new SweepProgress(new PrintWriter(text, true), now::get);

    private void run(int runs, long nanosPerRun) {
        for (int done = 1; done <= runs; done++) {
            now.addAndGet(nanosPerRun);
            progress.ran("0.1", done, runs);
        }
    }

    @Test
    void aQuickSweepSaysNothing() {
        run(1_000_000, 1_000);

        assertThat(text.toString()).isEmpty();
    }

    @Test
    void aLongSweepReportsEveryFewSeconds() {
        run(SweepProgress.RUNS_PER_LOOK * 4, SweepProgress.INTERVAL_NANOS / SweepProgress.RUNS_PER_LOOK + 1);

        assertThat(text.toString().lines()).containsExactly(
                "sweep: loss 0.1: 65536 of 262144 runs",
                "sweep: loss 0.1: 131072 of 262144 runs",
                "sweep: loss 0.1: 196608 of 262144 runs",
                "sweep: loss 0.1: 262144 of 262144 runs");
    }
}
