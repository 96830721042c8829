package tcplab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tcplab.options.ExitStatus;
import tcplab.pcap.CaptureFilesTest;

/**
 * Every kind of bad command line, for the window and each subcommand: exit status 2 at once,
 * nothing on stdout, exactly one short line on stderr that names the option and what it takes.
 */
class BadInputTest {

    private static final String DELAY_RANGE = "expected milliseconds from 0 to 86400000 (one day) with at most 3 decimals";
    private static final String PROBABILITY = "expected a probability from 0 to 1 with at most 9 decimals";

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("trace --delay 1e99999999", "trace: --delay: " + DELAY_RANGE + ", got '1e99999999'"),
                bad("trace --jitter 1e99999999", "trace: --jitter: " + DELAY_RANGE + ", got '1e99999999'"),
                bad("trace --delay 1e2147483647", "trace: --delay: " + DELAY_RANGE),
                bad("trace --loss 1e2147483647", "trace: --loss: " + PROBABILITY),
                bad("trace --loss 1e999999999", "trace: --loss: " + PROBABILITY + ", got '1e999999999'"),
                bad("trace --loss 1e-999999999", "trace: --loss: " + PROBABILITY),
                bad("trace --delay 1e-2147483648", "trace: --delay: " + DELAY_RANGE),
                bad("trace --delay 4611686018427387", "trace: --delay: " + DELAY_RANGE),
                bad("trace --delay-cs 86400000.001", "trace: --delay-cs: " + DELAY_RANGE),
                bad("trace --delay-sc 0.0001", "trace: --delay-sc: " + DELAY_RANGE),
                bad("trace --delay NaN", "trace: --delay: " + DELAY_RANGE + ", got 'NaN'"),
                bad("trace --jitter 0x10", "trace: --jitter: " + DELAY_RANGE),
                bad("trace --delay " + "9".repeat(100_000), "trace: --delay: " + DELAY_RANGE + ", got '"
                        + "9".repeat(24) + "...'"),
                bad("trace --list --loss 5", "trace: --loss: " + PROBABILITY + ", got '5'"),
                bad("trace --help --loss 5", "trace: --loss: " + PROBABILITY + ", got '5'"),
                bad("trace --loss-cs -0.2", "trace: --loss-cs: " + PROBABILITY),
                bad("trace --loss-sc half", "trace: --loss-sc: " + PROBABILITY),
                bad("trace --seed abc", "trace: --seed: expected a whole number from -9223372036854775808"),
                bad("trace --seed 9223372036854775808", "trace: --seed: expected a whole number"),
                bad("trace --seed", "trace: Missing required parameter for option '--seed'"),
                bad("trace --seed 1 --seed 2", "trace: option '--seed' (N) should be specified only once"),
                bad("trace --profile bsd", "trace: --profile: expected rfc or linux, got 'bsd'"),
                bad("trace --profile linux --sysctl tcp_syn_retries=0",
                        "trace: --sysctl: tcp_syn_retries: 0 is outside the range Linux accepts, 1..127"),
                bad("trace --profile linux --sysctl net.ipv4.tcp_syn_linear_timeouts=128",
                        "trace: --sysctl: tcp_syn_linear_timeouts: 128 is outside the range Linux accepts, 0..127"),
                bad("sweep --profile linux --sysctl tcp_synack_retries=256",
                        "sweep: --sysctl: tcp_synack_retries: 256 is outside the range Linux accepts, 0..255"),
                bad("trace --profile linux --sysctl tcp_retries2=3", "trace: --sysctl: unknown setting 'tcp_retries2'"),
                bad("trace --profile linux --sysctl tcp_fin_timeout", "trace: --sysctl: expected NAME=VALUE"),
                bad("trace --sysctl tcp_syn_retries=2", "trace: --sysctl: kernel settings need --profile linux"),
                bad("sweep --profile rfc --sysctl tcp_timestamps=0", "sweep: --sysctl: kernel settings need --profile linux"),
                bad("trace --isn-client 4294967296", "trace: --isn-client: expected a whole number from 0 to 4294967295"),
                bad("trace --isn-server -1", "trace: --isn-server: expected a whole number from 0 to 4294967295"),
                bad("trace --drop C>S:SYN", "trace: --drop: bad drop spec 'C>S:SYN'"),
                bad("trace --drop C>S:SYN#1,S>C:XYZ#1", "trace: --drop: bad drop spec 'S>C:XYZ#1'"),
                bad("trace --drop C:99", "trace: --drop: C>S:#99 names a segment this run never sends"),
                bad("trace --scenario no-such-lesson", "trace: --scenario: no lesson is called 'no-such-lesson'"),
                bad("trace --absolute=1", "trace: "),
                bad("trace --explain fr", "trace: --explain: expected one of ko, en or both, got 'fr'"),
                bad("trace --explain", "trace: Missing required parameter for option '--explain'"),
                bad("trace --bogus 1", "trace: unknown option '--bogus'"),
                bad("trace --pcap /", "trace: --pcap: not a file name: '/'"),
                bad("trace handshake", "trace: unexpected argument 'handshake'"),
                bad("trace @args.txt", "trace: unexpected argument '@args.txt'"),
                bad("sweep --runs 0", "sweep: --runs: expected a whole number from 1 to 100000000, got '0'"),
                bad("sweep --runs 2147483648", "sweep: --runs: expected a whole number from 1 to 100000000"),
                bad("sweep --loss 0.1", "sweep: unknown option '--loss'"),
                bad("sweep --losses 0,2", "sweep: --losses: " + PROBABILITY + ", got '2'"),
                bad("sweep --losses 0,1e-999999999", "sweep: --losses: " + PROBABILITY),
                bad("sweep --losses 0.1 --loss-to 0.2", "sweep: --losses: cannot be combined with --loss-to"),
                bad("sweep --loss-step 0", "sweep: --loss-step: must be more than 0"),
                bad("sweep --loss-from 0.5 --loss-to 0.2", "sweep: --loss-to: 0.2 is below --loss-from 0.5"),
                bad("sweep --loss-step 0.0001 --loss-to 1", "sweep: --loss-step: more than 1001 loss rates"),
                bad("bench --packets 2147483647", "bench: --packets: expected a whole number from 1 to 500"),
                bad("bench --frames 99999999999", "bench: --frames: expected a whole number from 1 to 20000"),
                bad("--at 99999999999999999999", "--at: expected a whole number from 0 to 9223372036854775807"),
                bad("--at -1", "--at: expected a whole number from 0 to 9223372036854775807, got '-1'"),
                bad("--size 1024x700x1", "--size: expected WIDTHxHEIGHT from 1024x700 to 16384x16384"),
                bad("--size 99999999999x700", "--size: expected WIDTHxHEIGHT from 1024x700 to 16384x16384"),
                bad("--language fr", "--language: expected one of ko, en, got 'fr'"),
                bad("--drop C:0", "--drop: bad drop spec 'C:0'"),
                bad("--help --at x", "--at: expected a whole number"),
                bad("trace --exercise no-such.tcplab", "trace: --exercise: There is no file no-such.tcplab."),
                bad("--exercise no-such.tcplab", "--exercise: There is no file no-such.tcplab."),
                bad("trace --exercise " + exerciseFile("{\"version\":3}"),
                        "trace: --exercise: version: this lab reads exercises of version 1–2, but this one is version 3."),
                bad("--exercise " + exerciseFile("{\"version\":1,\"lesson\":\"handshake\"}"),
                        "--exercise: profile is missing: expected one of rfc, linux."),
                bad("trace --exercise " + exerciseFile("{\"version\":1,\"lesson\":\"handshake\",\"profile\":\"rfc\","
                        + "\"seed\":1,\"isn\":{\"mode\":\"rfc9293\"}}") + " --loss 0.1",
                        "trace: --exercise: cannot be combined with --loss (the exercise sets it)"),
                bad("--scenario handshake --exercise no-such.tcplab", "--exercise: There is no file"),
                bad("traec", "unknown subcommand 'traec' (known: trace, sweep, handout, bench, help; did you mean trace?), and not a"
                        + " file to open either (an existing file, or a name ending in .tcplab, .cap, .dmp, .pcap, .pcapng)"),
                bad("trac", "unknown subcommand 'trac' (known: trace, sweep, handout, bench, help; did you mean trace?)"),
                bad("exercise.txt", "unknown subcommand 'exercise.txt' (known: trace, sweep, handout, bench, help), and not a file"),
                bad("lesson.tcplab --open other.pcap", "Error: --open=FILE, FILE are mutually exclusive"),
                bad("trace --from-pcap .", "trace: --from-pcap: '.': . is a folder, not a capture file"),
                bad("trace --from-pcap no-such.pcap", "trace: --from-pcap: 'no-such.pcap': cannot open no-such.pcap"),
                bad("trace --from-pcap no-such.pcap --scenario syn-lost",
                        "trace: --scenario: cannot be combined with --from-pcap"),
                bad("trace --from-pcap no-such.pcap --pcap out.pcap", "trace: --pcap: cannot be combined with --from-pcap"),
                bad("trace --connection 2", "trace: --connection: needs --from-pcap FILE"),
                bad("trace --list-connections", "trace: --list-connections: needs --from-pcap FILE"),
                bad("trace --connection 0", "trace: --connection: expected a whole number from 1 to 2147483647"),
                bad("trace --capture-point moon", "trace: --capture-point: expected client, server, between or both,"
                        + " got 'moon'"),
                Arguments.of(new String[] {"trace", "--delay", "1\n\u001b[31mred"},
                        "trace: --delay: " + DELAY_RANGE + ", got '1\\n\\u001b[31mred'"),
                Arguments.of(new String[] {"trace", "--scenario", "x\r\u202ey"},
                        "trace: --scenario: no lesson is called 'x\\r\\u202ey'"),
                Arguments.of(new String[] {"trace", "--bogus\nmore"}, "trace: unknown option '--bogus\\nmore'"));
    }

    /** Files that are no capture, or a broken one, each with the start of what is said about it. */
    static Stream<Arguments> brokenCaptures() throws IOException {
        byte[] capture = Files.readAllBytes(CaptureFilesTest.capture("lo4.pcap"));
        return Stream.of(
                Arguments.of(new byte[0], "at byte 0: the file is empty, not a capture"),
                Arguments.of("hello, world\n".getBytes(StandardCharsets.US_ASCII),
                        "at byte 0: not a pcap or pcapng capture (it starts with 68656c6c)"),
                Arguments.of(Arrays.copyOf(capture, 100), "at byte 40: the file ends inside the packet 1"),
                Arguments.of(Arrays.copyOf(capture, 30), "at byte 24: the file ends inside the packet record header"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("brokenCaptures")
    void aBrokenCaptureIsRefusedWithOneLineNamingTheProblemAndWhereItIs(byte[] contents, String problem,
                                                                       @TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("broken.pcap"), contents);

        Output output = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> run("trace", "--from-pcap", file.toString()));

        assertThat(output.status()).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(output.out()).isEmpty();
        assertThat(output.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("trace: --from-pcap: 'broken.pcap': " + problem)
                .doesNotContain("Exception");
    }

    @Test
    void aCaptureWithoutTheConnectionAskedForSaysHowManyItHolds() {
        Output output = run("trace", "--from-pcap", CaptureFilesTest.capture("lo4.pcap").toString(), "--connection", "2");

        assertThat(output.status()).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(output.out()).isEmpty();
        assertThat(output.err()).isEqualTo("trace: --connection: 'lo4.pcap' holds 1 TCP connection, numbered from 1"
                + " (see --list-connections)" + System.lineSeparator());
    }

    /** A temporary exercise file holding {@code json}, for the --exercise cases. */
    private static String exerciseFile(String json) {
        try {
            Path file = Files.createTempFile("bad-input", ".tcplab");
            file.toFile().deleteOnExit();
            return Files.writeString(file, json).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Arguments bad(String commandLine, String message) {
        return Arguments.of(commandLine.split(" "), message);
    }

    @BeforeAll
    static void loadTheCommandLineOnce() {
        // Class loading of the first run is not what the time limit below is about: nor is that of the
        // first exercise read (Jackson's).
        run("trace", "--help");
        run("trace", "--exercise", exerciseFile("{}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badInputs")
    void isRefusedAtOnceWithOneLineNamingTheOption(String[] args, String message) {
        Output output = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> run(args));

        assertThat(output.status()).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(output.out()).isEmpty();
        assertThat(output.err()).endsWith(System.lineSeparator());
        assertThat(output.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith(message)
                .hasSizeLessThan(400)
                .doesNotContain("Exception")
                .doesNotContainPattern("\\p{Cntrl}");
    }

    private record Output(int status, String out, String err) {
    }

    private static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
