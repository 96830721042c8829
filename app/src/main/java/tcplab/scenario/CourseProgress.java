package tcplab.scenario;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import tcplab.settings.Settings;

/**
 * Which lessons the learner has finished in guided mode, and their best score in each, kept in
 * the learner's {@link Settings} so they survive a restart. A lesson is done once a guided run of
 * it reached its score. Stored values that do not make a score (edited by hand, say) count as not
 * done, and the next finished run replaces them.
 */
public final class CourseProgress {

    private final Settings settings;

    /** @param settings where the progress is remembered */
    public CourseProgress(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /** The best score of the lesson {@code scenarioId}; empty while it is not done. */
    public Optional<LessonScore> best(String scenarioId) {
        int correct = settings.getInt(correctKey(scenarioId), -1);
        int questions = settings.getInt(questionsKey(scenarioId), -1);
        if (questions < 0 || correct < 0 || correct > questions) {
            return Optional.empty();
        }
        return Optional.of(new LessonScore(correct, questions));
    }

    public boolean done(String scenarioId) {
        return best(scenarioId).isPresent();
    }

    /**
     * Marks the lesson done and keeps {@code score} if it beats the best so far.
     *
     * @throws IOException if the progress could not be stored; it is kept for this run anyway
     */
    public void record(String scenarioId, LessonScore score) throws IOException {
        if (best(scenarioId).map(score::betterThan).orElse(true)) {
            settings.putInt(correctKey(scenarioId), score.correct());
            settings.putInt(questionsKey(scenarioId), score.questions());
            settings.save();
        }
    }

    /** The first lesson of the course not done yet; empty when every lesson is. */
    public Optional<CourseLesson> nextToDo() {
        return Course.lessons().stream().filter(lesson -> !done(lesson.scenario().id())).findFirst();
    }

    private static String correctKey(String scenarioId) {
        return "progress." + scenarioId + ".correct";
    }

    private static String questionsKey(String scenarioId) {
        return "progress." + scenarioId + ".questions";
    }
}
