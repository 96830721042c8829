package tcplab.guided;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.TcpState;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.i18n.BilingualText;
import tcplab.playback.Position;
import tcplab.playback.TraceCursor;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.LinkChoice;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * Questions for every catalogue lesson under both profiles, and for random runs with random faults:
 * the right answer is what the trace then shows, exactly one choice is right, no two choices read
 * alike in either language, and every text exists in both.
 *
 * <p>A failure of the property reports its smallest input and "Seed was N";
 * {@code -DQT_SEED=N} draws the same inputs again.
 */
class QuestionGeneratorTest {

    static Stream<Arguments> lessons() {
        return ScenarioCatalog.all().stream().flatMap(scenario -> Stream.of(TimerProfile.values())
                .flatMap(profile -> Stream.of(true, false).map(relative -> Arguments.of(scenario.id(), profile, relative))));
    }

    @ParameterizedTest(name = "{0} {1} relative={2}")
    @MethodSource("lessons")
    void everyCatalogueLessonAsksQuestionsTheTraceAnswers(String id, TimerProfile profile, boolean relative) {
        Scenario scenario = ScenarioCatalog.find(id).orElseThrow();
        Trace trace = Simulator.run(LessonInputs.of(scenario).withProfile(profile).simulationInput());

        List<Question> questions = new QuestionGenerator(trace, relative).questions();

        assertThat(questions).as("questions of %s", id).hasSizeGreaterThanOrEqualTo(2);
        QuestionChecks.check(trace, relative, questions);
    }

    @Test
    void aLessonWithALossAsksWhatFollowsIt() {
        for (String id : List.of("syn-lost", "synack-lost", "ack-lost", "ack-lost-data", "fin-lost", "last-ack-lost")) {
            Trace trace = Simulator.run(LessonInputs.of(ScenarioCatalog.find(id).orElseThrow()).simulationInput());

            assertThat(new QuestionGenerator(trace, true).questions()).as(id)
                    .anyMatch(q -> q.kind() == QuestionKind.AFTER_LOSS);
        }
    }

    @Test
    void aLostBareAckThatNobodyNeedsAgainIsNeverResent() {
        Trace trace = Simulator.run(LessonInputs.of(ScenarioCatalog.find("ack-lost-data").orElseThrow()).simulationInput());

        Question loss = new QuestionGenerator(trace, true).questions().stream()
                .filter(q -> q.kind() == QuestionKind.AFTER_LOSS).findFirst().orElseThrow();

        assertThat(QuestionChecks.message(loss.choices().get(loss.correctIndex()).text()).key()).isEqualTo("question.choice.loss.nothing");
        assertThat(loss.choices()).filteredOn(c -> !c.correct())
                .anyMatch(c -> QuestionChecks.message(c.feedback()).key().equals("question.loss.bareAckHasNoTimer"));
    }

    @Test
    void theHandshakeTeachesTheClassicMisconceptions() {
        Trace trace = Simulator.run(LessonInputs.of(ScenarioCatalog.find("handshake").orElseThrow()).simulationInput());

        List<String> corrections = new QuestionGenerator(trace, true).questions().stream()
                .flatMap(q -> q.choices().stream()).filter(c -> !c.correct()).map(c -> QuestionChecks.message(c.feedback()).key()).toList();

        assertThat(corrections).contains("question.numbers.ackIsNextExpected", "question.state.ownAckNotAwaited",
                "question.flags.FIN", "question.timer.timeWaitIsNotRto", "question.state.activeCloserWaits");
    }

    @Test
    void playbackStopsWithTheCauseInSightAndItsEffectNotYetApplied() {
        Trace trace = Simulator.run(LessonInputs.of(ScenarioCatalog.find("handshake").orElseThrow()).simulationInput());
        Question established = new QuestionGenerator(trace, true).questions().stream()
                .filter(q -> q.kind() == QuestionKind.STATE).findFirst().orElseThrow();

        Position stop = established.askedAt(trace);

        assertThat(stop.applied()).isEqualTo(established.askBefore());
        assertThat(new TraceCursor(trace).frameAt(stop).state(Side.CLIENT)).isEqualTo(TcpState.SYN_SENT);
        assertThat(new TraceCursor(trace).frameAt(new Position(stop.time(), established.answerEvent() + 1))
                .state(Side.CLIENT)).isEqualTo(TcpState.ESTABLISHED);
    }

    @Test
    void theSameTraceGivesTheSameQuestionsInTheSameOrder() {
        for (Scenario scenario : ScenarioCatalog.all()) {
            Trace trace = Simulator.run(LessonInputs.of(scenario).simulationInput());

            assertThat(new QuestionGenerator(trace, true).questions())
                    .isEqualTo(new QuestionGenerator(Simulator.run(LessonInputs.of(scenario).simulationInput()), true)
                            .questions());
        }
    }

    @Test
    void theRightAnswerIsNotAlwaysInTheSamePlace() {
        List<Integer> places = ScenarioCatalog.all().stream()
                .map(s -> Simulator.run(LessonInputs.of(s).simulationInput()))
                .flatMap(trace -> new QuestionGenerator(trace, true).questions().stream())
                .map(Question::correctIndex).distinct().toList();

        assertThat(places).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void questionsUnderRandomFaultsAreAnsweredByTheirTrace() {
        qt().withExamples(300).forAll(lessonsWithFaults(), booleans().all()).checkAssert((lesson, relative) -> {
            Trace trace = Simulator.run(lesson.simulationInput());

            QuestionChecks.check(trace, relative, new QuestionGenerator(trace, relative).questions());
        });
    }

    /**
     * What a learner can choose in the window: any lesson, profile, seed and ISNs, loss, delay and
     * jitter in each direction, and segments dropped by hand.
     */
    private static Gen<LessonInputs> lessonsWithFaults() {
        Gen<Scenario> scenarios = arbitrary().pick(ScenarioCatalog.all());
        Gen<TimerProfile> profiles = arbitrary().enumValues(TimerProfile.class);
        Gen<Long> seeds = longs().all();
        Gen<Boolean> fixedIsns = booleans().all();
        Gen<LinkChoice> links = doubles().between(0, 30).zip(integers().between(0, 300), integers().between(0, 100),
                LinkChoice::new);
        Gen<List<ScriptedFault>> drops = lists().of(arbitrary().enumValues(Side.class)
                .zip(integers().between(1, 6), ScriptedFault::dropNth)).ofSizeBetween(0, 2);
        return random -> {
            LessonInputs lesson = LessonInputs.of(scenarios.generate(random))
                    .withProfile(profiles.generate(random))
                    .withSeed(seeds.generate(random))
                    .withFixedIsn(fixedIsns.generate(random))
                    .withLink(Side.CLIENT, links.generate(random))
                    .withLink(Side.SERVER, links.generate(random));
            for (ScriptedFault drop : drops.generate(random)) {
                lesson = lesson.withFault(drop);
            }
            return lesson;
        };
    }

    @Test
    void aTeachersQuestionsAreAllAskedAndTheGeneratedOnesFillTheMomentsBetween() {
        Trace trace = Simulator.run(LessonInputs.of(ScenarioCatalog.find("handshake").orElseThrow()).simulationInput());
        List<Question> generated = new QuestionGenerator(trace, true).questions();
        // One teacher question on the moment of the first generated one, one near the end.
        int last = trace.events().size() - 1;
        List<Question> teacher = List.of(teacherQuestion(generated.get(0).askBefore()), teacherQuestion(last));

        List<Question> asked = new QuestionGenerator(trace, true, teacher).questions();

        assertThat(asked).containsAll(teacher);
        assertThat(asked).doesNotContain(generated.get(0));
        assertThat(asked).hasSizeLessThanOrEqualTo(QuestionGenerator.MOST_QUESTIONS);
        assertThat(asked).extracting(Question::askBefore).isSorted();
        for (int k = 1; k < asked.size(); k++) {
            assertThat(asked.get(k - 1).answerEvent()).as("no two overlap").isLessThan(asked.get(k).askBefore());
        }
        assertThat(asked.stream().filter(q -> q.kind() != QuestionKind.TEACHER))
                .as("generated ones still fill the moments between").isNotEmpty();
    }

    private static Question teacherQuestion(int before) {
        return new Question(QuestionKind.TEACHER, before, before, new BilingualText("무엇이 일어날까요?", "What happens?"),
                List.of(new Choice(new BilingualText("", "This"), true, BilingualText.EMPTY),
                        new Choice(new BilingualText("", "That"), false, BilingualText.EMPTY)));
    }
}
