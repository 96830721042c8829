package tcplab.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tcplab.engine.LinuxSetting;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.exercise.TeacherText.BilingualText;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.options.DropSpec;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.LinkChoice;
import tcplab.scenario.ScenarioCatalog;

class ExerciseFormatTest {

    @TempDir
    Path folder;

    /** An exercise that sets every field away from its default. */
    static Exercise everyFieldSet() {
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("syn-lost").orElseThrow())
                .withProfile(TimerProfile.LINUX).withSeed(-42).withFixedIsn(false).withClientIsn(4_294_967_295L)
                .withServerIsn(0)
                .withLinux(ScenarioCatalog.find("syn-lost").orElseThrow().linux().with(LinuxSetting.TCP_SYN_RETRIES, 3))
                .withLink(Side.CLIENT, new LinkChoice(12.5, 80, 20))
                .withLink(Side.SERVER, new LinkChoice(0, 5000, 5000))
                .withFault(ScriptedFault.dropNth(Side.SERVER, 1))
                .withFault(DropSpec.parse("C>S:SYN#2"));
        TeacherText teacher = new TeacherText(new BilingualText("SYN을 찾으세요.", "Find the SYN."),
                List.of(new BilingualText("힌트", "hint \"quoted\"\nnew line"), new BilingualText("", "only English")));
        return new Exercise(inputs, 1030, Optional.of(Language.KOREAN), teacher);
    }

    @Test
    void aSavedExerciseLoadsAsTheSameExerciseAndRunsTheSameTrace() throws Exception {
        Exercise saved = everyFieldSet();
        Path file = folder.resolve("lesson" + ExerciseFiles.EXTENSION);
        ExerciseFiles.write(saved, file);

        Exercise loaded = ExerciseFiles.read(file);

        assertThat(loaded).isEqualTo(saved);
        assertThat(Simulator.run(loaded.inputs().simulationInput()))
                .isEqualTo(Simulator.run(saved.inputs().simulationInput()));
        assertThat(Files.list(folder)).containsExactly(file);
    }

    @Test
    void theCompactFormLeavesOutDefaultsAndStillReadsBackTheSame() throws Exception {
        Exercise plain = new Exercise(LessonInputs.of(ScenarioCatalog.find("handshake").orElseThrow()), 0,
                Optional.empty(), TeacherText.NONE);

        String compact = ExerciseFormat.write(plain, false);

        assertThat(compact).doesNotContain("links", "linux", "drops", "teacher", "startMillis", "language");
        assertThat(ExerciseFormat.read(compact)).isEqualTo(plain);
        assertThat(ExerciseFormat.read(ExerciseFormat.write(everyFieldSet(), false))).isEqualTo(everyFieldSet());
    }

    @Test
    void everyLessonAndProfileRoundTrips() throws Exception {
        for (var scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                Exercise exercise = new Exercise(LessonInputs.of(scenario).withProfile(profile), 0,
                        Optional.of(Language.ENGLISH), TeacherText.NONE);
                assertThat(ExerciseFormat.read(ExerciseFormat.write(exercise, true))).isEqualTo(exercise);
            }
        }
    }

    private static final String VALID = """
            {"version": 1, "lesson": "handshake", "profile": "rfc", "seed": 1,
             "isn": {"mode": "fixed", "client": 1000, "server": 5000},
             "links": {"clientToServer": {"lossPercent": 0, "delayMillis": 50, "jitterMillis": 0},
                       "serverToClient": {"lossPercent": 0, "delayMillis": 50, "jitterMillis": 0}},
             "drops": [], "startMillis": 0, "language": "en",
             "teacher": {"task": {"ko": "", "en": ""}, "hints": []}}""";

    static Stream<Arguments> badExercises() {
        return Stream.of(
                bad("\"version\": 1", "\"version\": 2", "version: this lab reads exercises of version 1, but this one is version 2."),
                bad("\"version\": 1", "\"version\": \"1\"", "version: expected a whole number from 0 to 2147483647, got \"1\"."),
                bad("\"version\": 1, ", "", "version is missing: expected a whole number from 0 to 2147483647."),
                bad("\"handshake\"", "\"no-such\"", "lesson: expected the ID of a lesson (trace --list lists them), got \"no-such\"."),
                bad("\"handshake\"", "7", "lesson: expected the ID of a lesson (trace --list lists them), got 7."),
                bad("\"rfc\"", "\"bsd\"", "profile: expected one of rfc, linux, got \"bsd\"."),
                bad("\"seed\": 1", "\"seed\": 1.5", "seed: expected a whole number from -9223372036854775808 to 9223372036854775807, got 1.5."),
                bad("\"seed\": 1", "\"seed\": 9223372036854775808", "seed: expected a whole number from -9223372036854775808"),
                bad("\"seed\": 1,", "", "seed is missing"),
                bad("\"mode\": \"fixed\"", "\"mode\": \"random\"", "isn.mode: expected one of fixed, rfc9293, got \"random\"."),
                bad("\"client\": 1000", "\"client\": 4294967296", "isn.client: expected a whole number from 0 to 4294967295, got 4294967296."),
                bad("\"server\": 5000", "\"server\": -1", "isn.server: expected a whole number from 0 to 4294967295, got -1."),
                bad("\"isn\": {", "\"isn\": {\"extra\": 1, ", "isn.extra: no such field here (known: client, mode, server)."),
                bad("\"isn\": {\"mode\": \"fixed\", \"client\": 1000, \"server\": 5000}", "\"isn\": []", "isn: expected an object of named fields, got []."),
                bad("\"lossPercent\": 0,", "\"lossPercent\": 100.5,",
                        "links.clientToServer.lossPercent: expected a number from 0 to 100, got 100.5."),
                bad("\"delayMillis\": 50, \"jitterMillis\": 0}}", "\"delayMillis\": 5001, \"jitterMillis\": 0}}",
                        "links.serverToClient.delayMillis: expected a whole number from 0 to 5000, got 5001."),
                bad("\"jitterMillis\": 0}}", "\"jitterMillis\": true}}",
                        "links.serverToClient.jitterMillis: expected a whole number from 0 to 5000, got true."),
                bad("\"drops\": []", "\"drops\": [\"C:1\", \"C:0\"]", "drops[1]: expected a drop spec such as C:1 or S>C:SYN+ACK#1, got \"C:0\"."),
                bad("\"drops\": []", "\"drops\": \"C:1\"", "drops: expected a list of a drop spec such as C:1 or S>C:SYN+ACK#1, got \"C:1\"."),
                bad("\"startMillis\": 0", "\"startMillis\": -5", "startMillis: expected a whole number from 0 to 9223372036854775, got -5."),
                bad("\"language\": \"en\"", "\"language\": \"fr\"", "language: expected one of ko, en, got \"fr\"."),
                bad("\"hints\": []", "\"hints\": [{\"ko\": 3}]", "teacher.hints[0].ko: expected a text in quotes, got 3."),
                bad("\"hints\": []", "\"hints\": [{\"de\": \"x\"}]", "teacher.hints[0].de: no such field here (known: en, ko)."),
                bad("\"lesson\"", "\"lessen\": 1, \"lesson\"", "lessen: no such field here"),
                bad("\"profile\": \"rfc\"", "\"profile\": \"rfc\", \"linux\": {\"tcp_syn_retries\": 0}",
                        "linux.tcp_syn_retries: expected a whole number from 1 to 127, got 0."),
                bad("\"profile\": \"rfc\"", "\"profile\": \"rfc\", \"profile\": \"linux\"", "Not an exercise: the JSON is broken at line 1"),
                bad("[]}}", "[]}", "Not an exercise: the JSON is broken at line 6"),
                bad("[]}}", "[]}}}", "Not an exercise: the JSON is broken at line 6"));
    }

    private static Arguments bad(String valid, String replacement, String message) {
        assertThat(VALID).contains(valid);
        return Arguments.of(VALID.replaceFirst(java.util.regex.Pattern.quote(valid),
                java.util.regex.Matcher.quoteReplacement(replacement)), message);
    }

    @Test
    void theValidExampleIsValid() throws Exception {
        assertThat(ExerciseFormat.read(VALID).inputs().scenario().id()).isEqualTo("handshake");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badExercises")
    void eachProblemNamesTheFieldAndWhatWasExpected(String json, String message) {
        assertThatThrownBy(() -> ExerciseFormat.read(json)).isInstanceOfSatisfying(ExerciseProblem.class,
                problem -> assertThat(Messages.of(Language.ENGLISH).text(problem.problem())).startsWith(message));
    }

    @Test
    void problemsReadInKoreanToo() {
        assertThatThrownBy(() -> ExerciseFormat.read(VALID.replace("\"rfc\"", "\"bsd\"")))
                .isInstanceOfSatisfying(ExerciseProblem.class, problem -> assertThat(
                        Messages.of(Language.KOREAN).text(problem.problem()))
                        .isEqualTo("profile: rfc, linux 중 하나이어야 하는데 \"bsd\"입니다."));
    }

    @Test
    void notJsonAndNotAnObjectAreProblemsToo() {
        for (String json : List.of("", "[1]", "\"text\"", "{", "\u0000")) {
            assertThatThrownBy(() -> ExerciseFormat.read(json)).as(json).isInstanceOf(ExerciseProblem.class);
        }
    }

    @Test
    void aMissingOrBinaryFileIsAProblemNamingIt() throws Exception {
        assertThatThrownBy(() -> ExerciseFiles.read(folder.resolve("absent.tcplab")))
                .isInstanceOfSatisfying(ExerciseProblem.class, problem -> assertThat(
                        Messages.of(Language.ENGLISH).text(problem.problem())).isEqualTo("There is no file absent.tcplab."));
        Path binary = Files.write(folder.resolve("binary.tcplab"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThatThrownBy(() -> ExerciseFiles.read(binary))
                .isInstanceOfSatisfying(ExerciseProblem.class, problem -> assertThat(
                        problem.problem().key()).isEqualTo("exercise.problem.notUtf8"));
    }
}
