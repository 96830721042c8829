package tcplab.scenario;

/**
 * How a learner did in one guided run of a lesson.
 *
 * @param correct   questions answered right
 * @param questions questions asked
 */
public record LessonScore(int correct, int questions) {

    public LessonScore {
        if (questions < 0 || correct < 0 || correct > questions) {
            throw new IllegalArgumentException(correct + " right of " + questions + " questions is not a score");
        }
    }

    /**
     * Whether this score is better than {@code other}: a larger share right, or the same share of
     * more questions (a run with a fault asks more). A run that asked questions beats one that
     * asked none.
     */
    public boolean betterThan(LessonScore other) {
        if (questions == 0 || other.questions == 0) {
            return questions > other.questions;
        }
        long mine = (long) correct * other.questions;
        long theirs = (long) other.correct * questions;
        return mine != theirs ? mine > theirs : questions > other.questions;
    }
}
