package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * Every catalogue scenario against a trace written out and checked by hand against RFC 9293,
 * RFC 6298 and the Linux kernel's rules: {@code golden/<id>.<profile>.txt}, fixed ISNs (client
 * 1000, server 5000) so the numbers read as Wireshark's relative ones, seed 1. Lines starting with
 * {@code #} are the reviewer's notes. Every scenario has a Linux trace; those where the RFC
 * profile differs in what it teaches (TIME-WAIT 240 s, the 4-segment teardown, SYN retries for
 * 3 minutes, no FIN-WAIT-2 limit, a bare RST on abort, the options a SYN offers) have an RFC trace too. Some Linux lessons
 * also run with one kernel setting changed, to pin the schedule an older kernel or another
 * setting gives: {@code golden/<id>.linux-<setting>-<value>.txt}.
 *
 * <p>After a deliberate change of the engine, {@code -Dgolden.update=true} rewrites every golden
 * file from the engine's trace, keeping the reviewer's notes at its top, and marks each run as
 * aborted rather than passed; the difference is then reviewed like any other change (git diff).
 */
class GoldenTraceTest {

    /** Where the golden files are kept in the source tree (tests run in the module's folder). */
    private static final Path SOURCE = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private static final List<String> ALSO_RFC = List.of("handshake", "last-ack-lost", "no-answer",
            "old-duplicate", "old-duplicate-no-time-wait", "simultaneous-close", "late-close",
            "fin-wait-2-timeout", "abort", "old-duplicate-syn", "half-open", "syn-options", "time-wait-why");

    /** Lesson and kernel setting (NAME=VALUE) of the Linux runs with one setting changed. */
    private static final List<List<String>> LINUX_VARIANTS = List.of(
            List.of("no-answer", "tcp_syn_linear_timeouts=0"),
            List.of("syn-retries-2", "tcp_syn_linear_timeouts=0"),
            List.of("syn-lost", "tcp_timestamps=0"),
            List.of("synack-lost", "tcp_timestamps=0"),
            List.of("old-duplicate", "tcp_rfc1337=1"),
            List.of("fin-wait-2-timeout", "tcp_fin_timeout=30"));

    static Stream<Arguments> goldenRuns() {
        List<Arguments> runs = new ArrayList<>();
        for (Scenario scenario : ScenarioCatalog.all()) {
            runs.add(Arguments.of(scenario.id(), TimerProfile.LINUX, ""));
            if (ALSO_RFC.contains(scenario.id())) {
                runs.add(Arguments.of(scenario.id(), TimerProfile.RFC, ""));
            }
        }
        for (List<String> variant : LINUX_VARIANTS) {
            runs.add(Arguments.of(variant.get(0), TimerProfile.LINUX, variant.get(1)));
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} ({1}) {2}")
    @MethodSource("goldenRuns")
    void traceMatchesTheReviewedGolden(String id, TimerProfile profile, String setting) throws IOException {
        Scenario scenario = ScenarioCatalog.find(id).orElseThrow();
        SimulationInput input = scenario.input(profile, 1, OptionalLong.of(1000), OptionalLong.of(5000));
        String name = id + "." + profile.name().toLowerCase(Locale.ROOT);
        if (!setting.isEmpty()) {
            input = input.withLinux(input.linux().with(setting));
            name += "-" + setting.replace('=', '-');
        }
        name += ".txt";
        Trace trace = Simulator.run(input);
        if (UPDATE) {
            rewrite(name, TraceText.render(trace));
            Assumptions.abort("golden file rewritten, not checked: " + name);
        }

        assertThat(TraceText.render(trace)).isEqualTo(golden(name));
    }

    /** Writes {@code rendered} as the golden file {@code name}, under the notes the old file opened with. */
    private static void rewrite(String name, String rendered) throws IOException {
        Path file = SOURCE.resolve(name);
        String notes = Files.exists(file)
                ? Files.readString(file, StandardCharsets.UTF_8).lines().takeWhile(line -> line.startsWith("#"))
                        .map(line -> line + "\n").collect(Collectors.joining())
                : "";
        Files.writeString(file, notes + rendered, StandardCharsets.UTF_8);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenTraceTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.startsWith("#"))
                    .map(line -> line + "\n").collect(Collectors.joining());
        }
    }
}
