package tcplab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tcplab.Launcher;
import tcplab.engine.LinuxSetting;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

class SweepCsvTest {

    private static List<String> sweep(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theCsvHoldsTheNumbersSweepPrintsForTheSameInputs() throws Exception {
        Scenario lesson = ScenarioCatalog.find("syn-lost").orElseThrow();
        SimulationInput base = lesson.input(TimerProfile.LINUX, 1, OptionalLong.of(1000), OptionalLong.of(5000));
        base = base.withLinux(base.linux().with(LinuxSetting.TCP_SYN_LINEAR_TIMEOUTS, 0));
        List<BigDecimal> losses = List.of(BigDecimal.ZERO, new BigDecimal("0.15"), new BigDecimal("0.3"));
        List<SweepSeries> series = new SweepJob(List.of(new SweepJob.Setup("B", lesson.id(), base)), losses, 400, 42)
                .run(() -> false, made -> { }).orElseThrow();
        StringWriter csv = new StringWriter();
        SweepCsv.write(series, 42, csv);

        List<String> printed = sweep("sweep", "--scenario", "syn-lost", "--profile", "linux",
                "--sysctl", "tcp_syn_linear_timeouts=0", "--seed", "42", "--runs", "400",
                "--isn-client", "1000", "--isn-server", "5000", "--losses", "0,0.15,0.3");
        List<String> lines = csv.toString().lines().toList();
        assertThat(csv.toString()).contains("\r\n");
        assertThat(lines).hasSize(printed.size());
        assertThat(lines.get(0)).isEqualTo("series,lesson,profile,sysctl,seed," + printed.get(0).replace('\t', ','));
        String settings = "tcp_syn_retries=6 tcp_synack_retries=5 tcp_syn_linear_timeouts=0 tcp_fin_timeout=60"
                + " tcp_rfc1337=0 tcp_timestamps=1";
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo("B,syn-lost,linux," + settings + ",42,"
                    + printed.get(i).replace('\t', ','));
        }
    }

    @Test
    void anRfcSeriesHasNoKernelSettingsAndFieldsWithCommasAreQuoted() throws Exception {
        Scenario lesson = ScenarioCatalog.find("handshake").orElseThrow();
        SimulationInput base = lesson.input(TimerProfile.RFC, 1, OptionalLong.empty(), OptionalLong.empty());
        SetupTimeHistogram times = new SetupTimeHistogram();
        times.add(100_000);
        SweepSeries series = new SweepSeries("A, \"first\"", lesson.id(), base,
                List.of(new SweepPoint(BigDecimal.ZERO, 1, times)));
        StringWriter csv = new StringWriter();
        SweepCsv.write(List.of(series), 1, csv);

        assertThat(csv.toString().lines().toList().get(1))
                .isEqualTo("\"A, \"\"first\"\"\",handshake,rfc,,1,0,1,1.0000,100.000,100.000,100.000");
    }
}
