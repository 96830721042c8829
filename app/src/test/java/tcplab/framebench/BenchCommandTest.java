package tcplab.framebench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tcplab.Launcher;
import tcplab.options.ExitStatus;
import tcplab.playback.TraceCursor;

class BenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpNamesTheOptionsAndTheirRanges() {
        assertThat(run("bench", "--help")).isEqualTo(ExitStatus.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: tcp-handshake-lab bench")
                .contains("--packets=N").contains("1..500").contains("--paced");
    }

    @Test
    void wrongOptionsAreUsageErrorsBeforeAnyWindowOpens() {
        assertThat(run("bench", "--frames", "0")).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(run("bench", "--packets")).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(run("bench", "--fast")).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "bench: --frames: expected a whole number from 1 to 20000, got '0'",
                "bench: Missing required parameter for option '--packets' (N)",
                "bench: unknown option '--fast' (see --help)");
        assertThat(out.size()).isZero();
    }

    @Test
    void theLargestCrowdHasEveryPacketOnTheWireAtOnce() {
        TraceCursor cursor = new TraceCursor(FrameBenchmark.crowdedTrace(BenchCommand.MAX_PACKETS));
        assertThat(cursor.frameAt(1_000_000).packets()).hasSize(BenchCommand.MAX_PACKETS);
    }
}
