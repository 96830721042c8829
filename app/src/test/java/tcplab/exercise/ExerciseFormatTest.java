package tcplab.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
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
import tcplab.exercise.QuestionDraft.ChoiceDraft;
import tcplab.guided.Question;
import tcplab.guided.QuestionKind;
import tcplab.i18n.BilingualText;
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
    static Exercise everyFieldSet() throws ExerciseProblem {
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("syn-lost").orElseThrow())
                .withProfile(TimerProfile.LINUX).withSeed(-42).withFixedIsn(false).withClientIsn(4_294_967_295L)
                .withServerIsn(0)
                .withLinux(ScenarioCatalog.find("syn-lost").orElseThrow().linux().with(LinuxSetting.TCP_SYN_RETRIES, 3))
                .withLink(Side.CLIENT, new LinkChoice(12.5, 80, 20))
                .withLink(Side.SERVER, new LinkChoice(0, 5000, 5000))
                .withFault(ScriptedFault.dropNth(Side.SERVER, 1))
                .withFault(DropSpec.parse("C>S:SYN#2"));
        TeacherText teacher = new TeacherText(new BilingualText("SYN을 찾으세요.", "Find the SYN."),
                List.of(new BilingualText("힌트", "hint \"quoted\"\nnew line"), new BilingualText("", "only English")),
                teacherQuestions(inputs));
        return new Exercise(inputs, 1030, Optional.of(Language.KOREAN), teacher);
    }

    /** Two questions in both languages, one with feedback and one in English only, about this run. */
    static List<Question> teacherQuestions(LessonInputs inputs) throws ExerciseProblem {
        QuestionDraft first = new QuestionDraft(1, new BilingualText("누가 먼저 보낼까요?", "Who sends first?"), List.of(
                new ChoiceDraft(new BilingualText("클라이언트", "The client"), true, new BilingualText("맞습니다.", "Right.")),
                new ChoiceDraft(new BilingualText("서버", "The server"), false, new BilingualText("", "It listens."))));
        QuestionDraft third = new QuestionDraft(3, new BilingualText("", "What happens next?"), List.of(
                new ChoiceDraft(new BilingualText("", "A retransmission"), false, BilingualText.EMPTY),
                new ChoiceDraft(new BilingualText("", "Nothing"), false, BilingualText.EMPTY),
                new ChoiceDraft(new BilingualText("", "Something else"), true, BilingualText.EMPTY)));
        int events = Simulator.run(inputs.simulationInput()).events().size();
        return QuestionDraft.check(List.of(third, first), events, i -> "q" + i);
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
                bad("\"version\": 1", "\"version\": 3", "version: this lab reads exercises of version 1–2, but this one is version 3."),
                bad("\"hints\": []", "\"hints\": [], \"questions\": []",
                        "teacher.questions: no such field here (known: hints, task)."),
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
        return bad(VALID, valid, replacement, message);
    }

    private static Arguments bad(String json, String valid, String replacement, String message) {
        assertThat(json).contains(valid);
        return Arguments.of(json.replaceFirst(java.util.regex.Pattern.quote(valid),
                java.util.regex.Matcher.quoteReplacement(replacement)), message);
    }

    /** Version 2 with one teacher question; the handshake's run has 56 events (timer starts, state changes and arrivals included). */
    private static final String VALID_V2 = """
            {"version": 2, "lesson": "handshake", "profile": "rfc", "seed": 1,
             "isn": {"mode": "fixed", "client": 1000, "server": 5000},
             "teacher": {"questions": [{"beforeEvent": 2, "prompt": {"ko": "다음은?", "en": "What next?"},
               "choices": [{"text": {"ko": "SYN+ACK", "en": "SYN+ACK"}, "correct": true},
                           {"text": {"ko": "RST", "en": "RST"}, "correct": false, "feedback": {"en": "The port is open."}}]}]}}""";

    static Stream<Arguments> badQuestions() {
        String choice = "{\"text\": {\"en\": \"FIN\"}, \"correct\": false}";
        return Stream.of(
                bad(VALID_V2, "{\"ko\": \"다음은?\", \"en\": \"What next?\"}", "{\"ko\": \" \", \"en\": \"\"}",
                        "teacher.questions[0]: the question is empty; write it in Korean, in English or in both.",
                        "teacher.questions[0]: 질문이 비어 있습니다. 한국어나 영어, 또는 둘 다로 적어야 합니다."),
                bad(VALID_V2, "\"correct\": true", "\"correct\": false",
                        "teacher.questions[0]: exactly one choice must be the right answer, but 0 are marked right.",
                        "teacher.questions[0]: 정답은 보기 하나여야 하는데 정답으로 표시한 보기가 0개입니다."),
                bad(VALID_V2, "\"correct\": false", "\"correct\": true",
                        "teacher.questions[0]: exactly one choice must be the right answer, but 2 are marked right.",
                        "teacher.questions[0]: 정답은 보기 하나여야 하는데 정답으로 표시한 보기가 2개입니다."),
                bad(VALID_V2, "\"correct\": false", "\"correct\": \"no\"",
                        "teacher.questions[0].choices[1].correct: expected true or false, got \"no\".",
                        "teacher.questions[0].choices[1].correct: true 또는 false이어야 하는데 \"no\"입니다."),
                bad(VALID_V2, "{\"text\": {\"ko\": \"RST\", \"en\": \"RST\"}", "{\"text\": {\"ko\": \"\"}",
                        "teacher.questions[0], choice 2: the choice is empty; write it in Korean, in English or in both.",
                        "teacher.questions[0], 보기 2: 보기가 비어 있습니다. 한국어나 영어, 또는 둘 다로 적어야 합니다."),
                bad(VALID_V2, "\"correct\": true},", "\"correct\": true}, " + String.join(", ", Collections.nCopies(5, choice)) + ",",
                        "teacher.questions[0]: a question offers 2 to 6 choices, but this one has 7.",
                        "teacher.questions[0]: 질문의 보기는 2개에서 6개여야 하는데 7개입니다."),
                bad(VALID_V2, "\"beforeEvent\": 2", "\"beforeEvent\": 99",
                        "teacher.questions[0]: this run has 56 events, so a question is asked before event 1 to 56, not before event 99.",
                        "teacher.questions[0]: 이 실행의 이벤트는 56개이므로 질문은 이벤트 1부터 56 사이의 이벤트 앞에서 물을 수 있습니다. 이벤트 99 앞에서는 물을 수 없습니다."),
                bad(VALID_V2, "\"beforeEvent\": 2", "\"beforeEvent\": 0",
                        "teacher.questions[0].beforeEvent: expected a whole number from 1 to 2147483647, got 0.",
                        "teacher.questions[0].beforeEvent: 1부터 2147483647까지의 정수이어야 하는데 0입니다."),
                bad(VALID_V2, "\"questions\": [{", "\"questions\": [{\"beforeEvent\": 2, \"prompt\": {\"en\": \"Again?\"}, "
                        + "\"choices\": [" + choice + ", {\"text\": {\"en\": \"ACK\"}, \"correct\": true}]}, {",
                        "teacher.questions[1]: another question is already asked before event 2.",
                        "teacher.questions[1]: 이벤트 2 앞에서 묻는 질문이 이미 있습니다."),
                bad(VALID_V2, "\"prompt\"", "\"prompts\"",
                        "teacher.questions[0].prompts: no such field here (known: beforeEvent, choices, prompt).",
                        "teacher.questions[0].prompts: 여기에 없는 항목입니다(있는 항목: beforeEvent, choices, prompt)."));
    }

    private static Arguments bad(String json, String valid, String replacement, String english, String korean) {
        assertThat(json).contains(valid);
        return Arguments.of(json.replaceFirst(java.util.regex.Pattern.quote(valid),
                java.util.regex.Matcher.quoteReplacement(replacement)), english, korean);
    }

    @Test
    void aVersionTwoFileReadsItsQuestionsAnchoredInTheRun() throws Exception {
        Exercise read = ExerciseFormat.read(VALID_V2);

        assertThat(Simulator.run(read.inputs().simulationInput()).events()).hasSize(56);
        Question question = read.teacher().questions().get(0);
        assertThat(question.kind()).isEqualTo(QuestionKind.TEACHER);
        assertThat(question.askBefore()).isEqualTo(1);
        assertThat(question.answerEvent()).isEqualTo(1);
        assertThat(question.prompt()).isEqualTo(new BilingualText("다음은?", "What next?"));
        assertThat(question.choices().get(question.correctIndex()).text()).isEqualTo(new BilingualText("SYN+ACK", "SYN+ACK"));
        assertThat(question.choices().get(0).feedback()).isEqualTo(BilingualText.EMPTY);
        assertThat(question.choices().get(1).feedback()).isEqualTo(new BilingualText("", "The port is open."));
        assertThat(ExerciseFormat.read(ExerciseFormat.write(read, true))).isEqualTo(read);
    }

    @Test
    void questionsAreWrittenInPlaybackOrderWithTheLatestVersion() throws Exception {
        String written = ExerciseFormat.write(everyFieldSet(), true);

        assertThat(written).contains("\"version\" : 2");
        assertThat(written.indexOf("\"beforeEvent\" : 1")).isLessThan(written.indexOf("\"beforeEvent\" : 3"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badQuestions")
    void eachQuestionProblemNamesTheQuestionInBothLanguages(String json, String english, String korean) {
        assertThatThrownBy(() -> ExerciseFormat.read(json)).isInstanceOfSatisfying(ExerciseProblem.class, problem -> {
            assertThat(Messages.of(Language.ENGLISH).text(problem.problem())).isEqualTo(english);
            assertThat(Messages.of(Language.KOREAN).text(problem.problem())).isEqualTo(korean);
        });
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
