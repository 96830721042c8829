package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.cli.CommandLine;
import tcplab.cli.UsageException;
import tcplab.playback.TraceCursor;

class BenchCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    @Test
    void helpNamesTheOptions() throws UsageException {
        assertThat(new BenchCommand().run(List.of("--help"), print, print)).isEqualTo(CommandLine.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: bench").contains("--packets").contains("--paced");
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertThatThrownBy(() -> new BenchCommand().run(List.of("--frames", "0"), print, print))
                .isInstanceOf(UsageException.class).hasMessageContaining("--frames");
        assertThatThrownBy(() -> new BenchCommand().run(List.of("--packets"), print, print))
                .isInstanceOf(UsageException.class).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> new BenchCommand().run(List.of("--fast"), print, print))
                .isInstanceOf(UsageException.class).hasMessageContaining("--fast");
    }

    @Test
    void theCrowdedTraceHasEveryPacketOnTheWireAtOnce() {
        TraceCursor cursor = new TraceCursor(FrameBenchmark.crowdedTrace(200));
        assertThat(cursor.frameAt(1_000_000).packets()).hasSize(200);
    }
}
