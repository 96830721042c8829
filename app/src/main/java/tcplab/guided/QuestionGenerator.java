package tcplab.guided;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tcplab.engine.Trace;

/**
 * The questions of a guided lesson, generated from its trace, so that they stay right under any
 * fault the learner injected. Of every moment that could be asked about, it keeps the few a
 * learner learns most from: at most {@value #MOST_QUESTIONS} per lesson and
 * {@value #MOST_PER_KIND} of a kind, each answered before the next is asked. A teacher's
 * questions come first: every one is asked, and generated ones fill the moments between them
 * up to the same total. Deterministic: the same trace gives the same questions with their
 * choices in the same order.
 */
public final class QuestionGenerator {

    /** Enough to keep a learner predicting through a lesson, few enough not to stop it every step. */
    static final int MOST_QUESTIONS = 6;
    static final int MOST_PER_KIND = 2;

    private final List<Question> questions;

    /**
     * @param trace           the lesson’s trace, faults included
     * @param relativeNumbers whether numbers are asked relative to each side’s ISN, as the lesson
     *                        shows them by default, or raw
     */
    public QuestionGenerator(Trace trace, boolean relativeNumbers) {
        this(trace, relativeNumbers, List.of());
    }

    /**
     * @param trace            the lesson’s trace, faults included
     * @param relativeNumbers  whether numbers are asked relative to each side’s ISN, or raw
     * @param teacherQuestions a teacher's questions about this very trace, none overlapping another
     */
    public QuestionGenerator(Trace trace, boolean relativeNumbers, List<Question> teacherQuestions) {
        TraceMoments moments = new TraceMoments(trace, relativeNumbers);
        List<Candidate> candidates = new ArrayList<>();
        candidates.addAll(FlagsQuestions.of(moments));
        candidates.addAll(NumbersQuestions.of(moments));
        candidates.addAll(StateQuestions.of(moments));
        candidates.addAll(LossQuestions.of(moments));
        candidates.addAll(TimerQuestions.of(moments));
        this.questions = choose(candidates, teacherQuestions);
    }

    /** The questions in playback order: each one's answer event comes before the next one is asked. */
    public List<Question> questions() {
        return questions;
    }

    /**
     * The most telling candidates first; a candidate is kept if its span (from where it is asked
     * to its answer) overlaps no span kept before (the teacher's first of all) and its kind has
     * room left.
     */
    private static List<Question> choose(List<Candidate> candidates, List<Question> teacherQuestions) {
        List<Candidate> byValue = new ArrayList<>(candidates);
        byValue.sort(Comparator.comparingInt(Candidate::priority).reversed()
                .thenComparingInt(c -> c.question().askBefore())
                .thenComparingInt(c -> c.question().answerEvent())
                .thenComparing(c -> c.question().kind()));
        List<Question> kept = new ArrayList<>(teacherQuestions);
        Map<QuestionKind, Integer> perKind = new EnumMap<>(QuestionKind.class);
        for (Candidate candidate : byValue) {
            Question question = candidate.question();
            if (kept.size() < MOST_QUESTIONS && perKind.getOrDefault(question.kind(), 0) < MOST_PER_KIND
                    && kept.stream().noneMatch(other -> overlap(other, question))) {
                kept.add(question);
                perKind.merge(question.kind(), 1, Integer::sum);
            }
        }
        kept.sort(Comparator.comparingInt(Question::askBefore));
        return List.copyOf(kept);
    }

    private static boolean overlap(Question a, Question b) {
        return !(a.answerEvent() < b.askBefore() || b.answerEvent() < a.askBefore());
    }
}
