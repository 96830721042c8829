package tcplab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A subcommand runs in a JVM of its own without loading a single JavaFX class. */
class LauncherHeadlessTest {

    @Test
    void aSubcommandLoadsNoJavaFxClass() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-verbose:class",
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "trace", "--help"))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isZero();
        assertThat(output).contains("Usage: tcp-handshake-lab trace").contains("tcplab.cli.TraceCommand");
        assertThat(output.lines().filter(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx.")))
                .as("JavaFX classes loaded").isEmpty();
    }
}
