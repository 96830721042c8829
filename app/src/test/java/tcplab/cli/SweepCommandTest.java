package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.Launcher;

/** {@code sweep} end to end, through {@link Launcher#run} and the real simulator. */
class SweepCommandTest {

    private static List<String> sweep(String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[options.length + 1];
        args[0] = "sweep";
        System.arraycopy(options, 0, args, 1, options.length);
        int status = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void oneRowPerLossRateAndNoLossMeansOneRoundTrip() {
        List<String> out = sweep("--runs", "200", "--losses", "0,0.1,0.5");

        assertThat(out).hasSize(4);
        assertThat(out.get(0)).isEqualTo("loss\truns\testablished\tp50_ms\tp90_ms\tp99_ms");
        assertThat(out.get(1)).isEqualTo("0\t200\t1.0000\t100.000\t100.000\t100.000");
        assertThat(out.get(2)).startsWith("0.1\t200\t");
        assertThat(out.get(3)).startsWith("0.5\t200\t");
        for (String row : out.subList(1, 4)) {
            String[] fields = row.split("\t");
            assertThat(fields).hasSize(6);
            double p50 = Double.parseDouble(fields[3]);
            double p90 = Double.parseDouble(fields[4]);
            double p99 = Double.parseDouble(fields[5]);
            assertThat(p50).isLessThanOrEqualTo(p90);
            assertThat(p90).isLessThanOrEqualTo(p99);
        }
        assertThat(Double.parseDouble(out.get(3).split("\t")[5]))
                .as("at 50% loss some handshakes need several timeouts").isGreaterThan(3000);
    }

    @Test
    void aRangeIncludesBothEnds() {
        assertThat(sweep("--runs", "10", "--loss-from", "0.1", "--loss-to", "0.3", "--loss-step", "0.1"))
                .extracting(line -> line.split("\t")[0])
                .containsExactly("loss", "0.1", "0.2", "0.3");
    }

    @Test
    void theDefaultRangeRunsFromZeroToThirtyPercent() {
        assertThat(sweep("--runs", "5")).extracting(line -> line.split("\t")[0])
                .containsExactly("loss", "0", "0.05", "0.1", "0.15", "0.2", "0.25", "0.3");
    }

    @Test
    void theSameSeedGivesTheSameSweepAndAnotherSeedAnother() {
        List<String> first = sweep("--runs", "300", "--losses", "0.3", "--seed", "5");

        assertThat(sweep("--runs", "300", "--losses", "0.3", "--seed", "5")).isEqualTo(first);
        assertThat(sweep("--runs", "300", "--losses", "0.3", "--seed", "6")).isNotEqualTo(first);
    }

    @Test
    void otherScenariosAndProfilesCanBeSwept() {
        List<String> out = sweep("--runs", "20", "--losses", "0", "--scenario", "syn-lost", "--profile", "linux");

        assertThat(out.get(1)).isEqualTo("0\t20\t1.0000\t1100.000\t1100.000\t1100.000");
        assertThat(sweep("--runs", "20", "--losses", "0", "--scenario", "closed-port").get(1))
                .isEqualTo("0\t20\t0.0000\t-\t-\t-");
    }
}
