package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcplab.Launcher;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.exercise.Exercise;
import tcplab.exercise.ExerciseFiles;
import tcplab.exercise.TeacherText;
import tcplab.guided.Choice;
import tcplab.guided.Question;
import tcplab.guided.QuestionGenerator;
import tcplab.guided.QuestionKind;
import tcplab.handout.Handout;
import tcplab.handout.HandoutRun;
import tcplab.i18n.BilingualText;
import tcplab.i18n.Language;
import tcplab.options.ExitStatus;
import tcplab.pdf.HandoutPdf;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/** {@code handout}: the window's handout without a window, end to end through {@link Launcher#run}. */
class HandoutCommandTest {

    @TempDir
    Path folder;

    @Test
    void theFileIsTheHandoutTheWindowWritesForTheSameRun() throws Exception {
        Path file = folder.resolve("synack.html");

        Result result = run("handout", "--scenario", "synack-lost", "--profile", "linux", "--isn-client", "1000",
                "--isn-server", "5000", "--language", "ko", "-o", file.toString());

        LessonInputs window = LessonInputs.of(ScenarioCatalog.find("synack-lost").orElseThrow())
                .withProfile(TimerProfile.LINUX);
        Trace trace = Simulator.run(window.simulationInput());
        String expected = Handout.render(HandoutRun.of(window, trace, true),
                new QuestionGenerator(trace, true).questions(), List.of(Language.KOREAN));
        assertThat(result.status()).as(result.err()).isEqualTo(ExitStatus.OK);
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected);
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void bothLanguagesAreTheDefaultAndTheFileReadsAsXml() throws Exception {
        Path file = folder.resolve("handshake.html");

        assertThat(run("handout", "--output", file.toString()).status()).isZero();

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getDocumentElement().getAttribute("lang")).isEqualTo("ko");
        assertThat(html).contains("lang=\"en\"", "Step by step", "단계별 설명");
        assertThat(run("handout", "--output", file.toString()).status()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(html);
    }

    @Test
    void aFileNamedPdfIsTheSamePageLaidOutAsAPdf() throws Exception {
        Path page = folder.resolve("lost.html");
        Path pdf = folder.resolve("lost.PDF");

        assertThat(run("handout", "--scenario", "syn-lost", "--language", "en", "-o", page.toString()).status()).isZero();
        Result result = run("handout", "--scenario", "syn-lost", "--language", "en", "-o", pdf.toString());

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        HandoutPdf.write(Files.readString(page, StandardCharsets.UTF_8), expected);
        assertThat(result.status()).as(result.err()).isEqualTo(ExitStatus.OK);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII))
                .isEqualTo(expected.toByteArray());
    }

    @Test
    void anExercisesHandoutTellsItsFaults() throws Exception {
        Path exercise = folder.resolve("lost.tcplab");
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("syn-lost").orElseThrow())
                .withFault(ScriptedFault.dropNth(Side.SERVER, 1));
        Question teachers = new Question(QuestionKind.TEACHER, 2, 2, new BilingualText("누가 다시 보낼까요?",
                "Who sends the lost SYN again?"), List.of(
                new Choice(new BilingualText("클라이언트", "The client"), true, new BilingualText("", "Its timer expires.")),
                new Choice(new BilingualText("서버", "The server"), false, new BilingualText("", "It never saw it."))));
        ExerciseFiles.write(new Exercise(inputs, 0, Optional.empty(),
                new TeacherText(BilingualText.EMPTY, List.of(), List.of(teachers))), exercise);
        Path file = folder.resolve("lost.html");

        Result result = run("handout", "--exercise", exercise.toString(), "--language", "en", "-o", file.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Dropped: Server → Client segment #1",
                "Who sends the lost SYN again?", "It never saw it.");
    }

    @Test
    void badOptionsAreOneLineWithStatusTwoAndWriteNothing() {
        Path file = folder.resolve("never.html");
        String out = file.toString();

        assertRefused(run("handout", "--language", "de", "-o", out),
                "handout: --language: expected one of ko, en or both, got 'de'");
        assertRefused(run("handout", "--language", "en"), "handout: Missing required option: '--output=FILE'");
        assertRefused(run("handout", "--drop", "C:40", "-o", out), "handout: --drop: C>S:#40 names a segment this run"
                + " never sends (the client sends 6 segments, the server 5)");
        assertRefused(run("handout", "--exercise", "x.tcplab", "--seed", "3", "-o", out),
                "handout: --exercise: cannot be combined with --seed (the exercise sets it)");
        assertRefused(run("handout", "-o", "no-such-folder/x.html"),
                "handout: --output: cannot write 'no-such-folder/x.html': no such directory");
        assertThat(Files.exists(file)).isFalse();
    }

    private static void assertRefused(Result result, String line) {
        assertThat(result.status()).as(result.err()).isEqualTo(ExitStatus.USAGE_ERROR);
        assertThat(result.err().lines().toList()).containsExactly(line);
        assertThat(result.out()).isEmpty();
    }

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
