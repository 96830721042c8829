package tcplab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tcplab.options.ExitStatus;

/** The launcher's own command line: help, the subcommand registry and output that cannot be written. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpGoesToStdoutAndListsTheWindowsOptionsAndEverySubcommand() {
        assertThat(run("--help")).isEqualTo(ExitStatus.OK);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("--scenario=ID", "--language=TAG", "(ko, en)", "--at=MS", "--drop=SPEC", "--size=WxH", "--smoke-test")
                .contains("  trace    print one simulated connection")
                .contains("  sweep    run a scenario many times per loss rate")
                .contains("  handout  write one simulated lesson as a printable handout")
                .contains("  bench    measure the window's frame interval");
        assertThat(err.size()).isZero();
    }

    @Test
    void theHelpSubcommandShowsASubcommandsHelp() {
        assertThat(run("help", "sweep")).isEqualTo(ExitStatus.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: tcp-handshake-lab sweep").contains("--runs=N");
    }

    @Test
    void anOutputThatCannotBeWrittenIsAFailureWithAMessage() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        int status = Launcher.run(new String[] {"trace"}, new PrintStream(full, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "cannot write to standard output (disk full, or the pipe closed?)");
    }
}
