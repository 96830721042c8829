package tcplab.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import tcplab.Launcher;
import tcplab.options.ExitStatus;

/**
 * One point of a loss sweep, 100,000 runs of {@code handshake} at 10% loss, through the
 * {@code sweep} command itself. Target: under one second.
 * Run with {@code ./mvnw -B -pl app -am -Pbench verify -Djmh.args="-wi 2 -i 3 -f 1 SweepBenchmark"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SweepBenchmark {

    private static final String[] POINT = {"sweep", "--runs", "100000", "--losses", "0.1"};
    private static final PrintStream DISCARD = new PrintStream(OutputStream.nullOutputStream());

    @Benchmark
    public int sweepPoint() {
        int status = Launcher.run(POINT, DISCARD, DISCARD);
        if (status != ExitStatus.OK) {
            throw new IllegalStateException("sweep failed with status " + status);
        }
        return status;
    }
}
