package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.exercise.Exercise;
import tcplab.exercise.ExerciseFiles;
import tcplab.exercise.TeacherText;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.LinkChoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcplab.Launcher;
import tcplab.TextKeys;
import tcplab.engine.Flag;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.options.ExitStatus;
import tcplab.pcap.PcapReader;
import tcplab.pcap.PcapRecord;
import tcplab.scenario.ScenarioCatalog;

/** {@code trace} end to end, through {@link Launcher#run} and the real simulator. */
class TraceCommandTest {

    @TempDir
    Path folder;

    record Result(int status, List<String> out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8).lines().toList(),
                err.toString(StandardCharsets.UTF_8));
    }

    private static String row(String spaced) {
        return spaced.replace(' ', '\t');
    }

    @Test
    void theHandshakeScenarioShowsTheThreeWayHandshakeAndTheFourWayClose() {
        Result result = run("trace", "--scenario", "handshake");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().get(0)).isEqualTo(TraceTable.HEADER);
        assertThat(result.out()).containsSubsequence(
                row("0.000 C send SYN 0 0 0 -"),
                row("50.000 S recv SYN 0 0 0 -"),
                row("50.000 S state - - - - SYN-RECEIVED"),
                row("50.000 S send SYN,ACK 0 1 0 -"),
                row("100.000 C recv SYN,ACK 0 1 0 -"),
                row("100.000 C state - - - - ESTABLISHED"),
                row("100.000 C send ACK 1 1 0 -"),
                row("150.000 S state - - - - ESTABLISHED"),
                row("300.000 C state - - - - FIN-WAIT-1"),
                row("350.000 S state - - - - CLOSE-WAIT"),
                row("350.000 S state - - - - LAST-ACK"),
                row("400.000 C state - - - - FIN-WAIT-2"),
                row("400.000 C state - - - - TIME-WAIT"),
                row("450.000 S state - - - - CLOSED"),
                row("240400.000 C timeout - - - - -"),
                row("240400.000 C state - - - - CLOSED"));
        assertThat(result.out()).noneMatch(line -> line.contains("armed") || line.contains("cancel"));
    }

    @Test
    void theLinuxProfileWaitsSixtySecondsInTimeWait() {
        assertThat(run("trace", "--profile", "linux").out()).endsWith(
                row("60400.000 C timeout - - - - -"),
                row("60400.000 C state - - - - CLOSED"));
    }

    @Test
    void sysctlSettingsChangeTheLinuxSynSchedule() {
        assertThat(run("trace", "--scenario", "no-answer", "--profile", "linux").out())
                .contains(row("67000.000 C send SYN 0 0 0 -"))
                .endsWith(row("131000.000 C state - - - - CLOSED"));
        Result classic = run("trace", "--scenario", "no-answer", "--profile", "linux",
                "--sysctl", "net.ipv4.tcp_syn_linear_timeouts=0");
        assertThat(classic.status()).isZero();
        assertThat(classic.out()).contains(row("63000.000 C send SYN 0 0 0 -"))
                .endsWith(row("127000.000 C state - - - - CLOSED"));
        Result both = run("trace", "--scenario", "no-answer", "--profile", "linux",
                "--sysctl", "tcp_syn_retries=2", "--sysctl", "tcp_syn_linear_timeouts=0");
        assertThat(both.out()).endsWith(row("7000.000 C state - - - - CLOSED"));
    }

    @Test
    void aLessonsOwnSettingGivesWayToTheCommandLine() {
        assertThat(run("trace", "--scenario", "syn-retries-2", "--profile", "linux").out())
                .endsWith(row("7000.000 C state - - - - CLOSED"));
        assertThat(run("trace", "--scenario", "syn-retries-2", "--profile", "linux", "--sysctl", "tcp_syn_retries=6")
                .out()).endsWith(row("131000.000 C state - - - - CLOSED"));
    }

    @Test
    void fixedIsnsShowInAbsoluteNumbers() {
        List<String> out = run("trace", "--isn-client", "1000", "--isn-server", "4294967295", "--absolute").out();

        assertThat(out).contains(row("0.000 C send SYN 1000 0 0 -"), row("50.000 S send SYN,ACK 4294967295 1001 0 -"),
                row("100.000 C send ACK 1001 0 0 -"));
    }

    @Test
    void delayOptionsOverrideTheScenariosLinkPerDirection() {
        assertThat(run("trace", "--delay", "10").out()).contains(row("20.000 C recv SYN,ACK 0 1 0 -"));
        assertThat(run("trace", "--delay", "10", "--delay-sc", "30.5").out())
                .contains(row("10.000 S recv SYN 0 0 0 -"), row("40.500 C recv SYN,ACK 0 1 0 -"));
    }

    @Test
    void aDropSpecLosesTheNamedSegmentAndTheSenderRetransmits() {
        List<String> out = run("trace", "--drop", "S>C:SYN+ACK#1").out();

        assertThat(out).containsSubsequence(
                row("50.000 S send SYN,ACK 0 1 0 -"),
                row("75.000 S drop SYN,ACK 0 1 0 -"),
                row("1000.000 C timeout - - - - -"),
                row("1000.000 C send SYN 0 0 0 -"));
    }

    @Test
    void dropSpecsAddToTheScenariosOwnFaults() {
        List<String> out = run("trace", "--scenario", "syn-lost", "--drop", "C>S:SYN#2").out();

        assertThat(out.stream().filter(line -> line.contains("\tdrop\tSYN\t"))).hasSize(2);
    }

    @Test
    void totalLossEndsInATimedOutConnect() {
        List<String> out = run("trace", "--loss", "1").out();

        assertThat(out).noneMatch(line -> line.contains("\trecv\t"));
        assertThat(out).anyMatch(line -> line.matches("[0-9.]+\tC\tapp\ttimed-out\t.*"));
    }

    @Test
    void aClosedPortIsRefusedWithRstAck() {
        assertThat(run("trace", "--scenario", "closed-port").out())
                .contains(row("50.000 S send RST,ACK 1 1 0 -"))
                .anyMatch(line -> line.matches("100\\.000\tC\tapp\trefused\t.*"));
    }

    @Test
    void aSecondConnectionCountsFromItsOwnIsnWhileAnOldDuplicateKeepsItsNumbers() {
        assertThat(run("trace", "--scenario", "old-duplicate").out()).containsSubsequence(
                row("150.000 S send PSH,ACK 1 65 512 -"),
                row("1600.000 C recv PSH,ACK 1 65 512 -"),
                row("1700.000 C send SYN 0 0 0 -"),
                row("1750.000 S send SYN,ACK 0 1 0 -"));
    }

    @Test
    void theSameOptionsPrintTheSameTraceAndAnotherSeedAnotherIsn() {
        List<String> first = run("trace", "--seed", "42", "--loss", "0.2", "--absolute").out();

        assertThat(run("trace", "--seed", "42", "--loss", "0.2", "--absolute").out()).isEqualTo(first);
        assertThat(run("trace", "--seed", "43", "--loss", "0.2", "--absolute").out()).isNotEqualTo(first);
    }

    @Test
    void thePcapFileHoldsOnePacketPerSendRow() throws IOException {
        Path file = folder.resolve("handshake.pcap");
        Result result = run("trace", "--scenario", "fin-lost", "--pcap", file.toString());

        List<PcapRecord> packets = PcapReader.read(Files.readAllBytes(file));
        List<String> sends = result.out().stream().filter(line -> line.contains("\tsend\t")).toList();
        assertThat(packets).hasSize(sends.size());
        assertThat(packets.get(0).flags()).containsExactly(Flag.SYN);
        assertThat(packets.get(0).options().mss()).hasValue(1460);
        assertThat(packets.stream().filter(p -> p.flags().contains(Flag.FIN) && p.sourcePort() == 50000)).hasSize(2);
    }

    @Test
    void aSecondConnectionOnTheSamePortsCarriesItsOwnRequest() throws IOException {
        Path file = folder.resolve("old.pcap");
        run("trace", "--scenario", "old-duplicate", "--pcap", file.toString());

        String bytes = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        int first = bytes.indexOf("GET /");
        assertThat(first).isPositive();
        assertThat(bytes.indexOf("GET /", first + 1)).isPositive();
    }

    @Test
    void anUnwritablePcapFileIsAUsageError() {
        Result result = run("trace", "--pcap", folder.resolve("missing").resolve("x.pcap").toString());

        assertThat(result.status()).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("trace: --pcap: cannot write").endsWith("no such directory");
        assertThat(run("trace", "--pcap", folder.toString()).status()).isEqualTo(ExitStatus.USAGE_ERROR);
    }

    @Test
    void aDropOfASegmentTheRunNeverSendsIsAUsageErrorAndPrintsNoTable() throws IOException {
        Path file = folder.resolve("never.pcap");
        Result result = run("trace", "--drop", "C:99", "--pcap", file.toString());

        assertThat(result.status()).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .isEqualTo("trace: --drop: C>S:#99 names a segment this run never sends"
                        + " (the client sends 6 segments, the server 5)");
        assertThat(file).doesNotExist();
        assertThat(run("trace", "--drop", "S>C:SYN+ACK#2").err()).contains("S>C:SYN+ACK#2 names a segment");
    }

    @Test
    void theWindowsDropGrammarMeansTheSameAsTheLongOne() {
        assertThat(run("trace", "--drop", "S:1").out()).isEqualTo(run("trace", "--drop", "S>C:#1").out())
                .isEqualTo(run("trace", "--drop", "S:1, S>C:#1").out())
                .contains(row("75.000 S drop SYN,ACK 0 1 0 -"));
    }

    @Test
    void thePcapIsWrittenBesideAndRenamedLeavingNoPartFile() throws IOException {
        Path file = folder.resolve("handshake.pcap");
        Files.writeString(file, "an older capture");

        assertThat(run("trace", "--pcap", file.toString()).status()).isZero();
        assertThat(run("trace", "--pcap", folder.toString()).status()).isEqualTo(ExitStatus.USAGE_ERROR);

        assertThat(PcapReader.read(Files.readAllBytes(file))).isNotEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void listNamesEveryScenarioWithItsEnglishSummary() {
        Result result = run("trace", "--list");
        Messages english = Messages.of(Language.ENGLISH);

        assertThat(result.status()).isZero();
        assertThat(result.out()).hasSize(ScenarioCatalog.all().size());
        for (int i = 0; i < ScenarioCatalog.all().size(); i++) {
            String id = ScenarioCatalog.all().get(i).id();
            assertThat(result.out().get(i)).startsWith(id + "  ")
                    .endsWith(english.text(TextKeys.scenarioSummary(id)))
                    .doesNotContain("!");
        }
    }

    @Test
    void helpNamesEveryOptionAndTheDefaults() {
        Result result = run("trace", "--help");

        assertThat(result.status()).isZero();
        String help = String.join("\n", result.out());
        for (String option : List.of("--scenario", "--profile", "--seed", "--isn-client", "--isn-server", "--delay",
                "--delay-cs", "--delay-sc", "--jitter", "--loss", "--loss-cs", "--loss-sc", "--drop", "--pcap",
                "--absolute", "--list", "--help")) {
            assertThat(help).containsPattern("\\s" + option + "[= \n]");
        }
        assertThat(help).contains("default handshake").contains("default 1").contains("default rfc");
    }

    @Test
    void anExerciseRunsExactlyTheTraceTheWindowShowsForIt() throws Exception {
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("synack-lost").orElseThrow())
                .withProfile(TimerProfile.LINUX).withSeed(3).withFixedIsn(false)
                .withLink(Side.SERVER, new LinkChoice(20, 120, 30))
                .withFault(ScriptedFault.dropNth(Side.CLIENT, 2));
        Path file = folder.resolve("lesson.tcplab");
        ExerciseFiles.write(new Exercise(inputs, 0, Optional.empty(), TeacherText.NONE), file);
        StringWriter expected = new StringWriter();
        new TraceTable(Simulator.run(inputs.simulationInput()), false, Optional.empty()).print(new PrintWriter(expected));

        Result result = run("trace", "--exercise", file.toString());

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo(expected.toString().lines().toList());
        assertThat(result.out()).anyMatch(line -> line.contains("\tdrop\t"));
    }
}
