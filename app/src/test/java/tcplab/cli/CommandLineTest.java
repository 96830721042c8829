package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEverySubcommandWithItsSummary() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("  trace    print one simulated connection")
                .contains("  sweep    run a scenario many times per loss rate");
        assertThat(err.size()).isZero();
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertThat(run()).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "no subcommand (known: trace, sweep, help)" + System.lineSeparator());
    }

    @Test
    void wordsSelectTheCommandLineAndOptionsTheWindow() {
        assertThat(CommandLine.selects("trace")).isTrue();
        assertThat(CommandLine.selects("traec")).isTrue();
        assertThat(CommandLine.selects("--smoke-test")).isFalse();
    }
}
