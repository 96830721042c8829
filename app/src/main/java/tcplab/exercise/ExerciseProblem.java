package tcplab.exercise;

import tcplab.i18n.Message;

/**
 * Why an exercise could not be read: the first problem found, as a message that names the field
 * and what was expected, to be shown in the reader's language.
 */
public final class ExerciseProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    /** A problem described by {@code problem}. */
    public ExerciseProblem(Message problem) {
        super(problem.key());
        this.problem = problem;
    }

    /** What went wrong, as a text not yet put into a language. */
    public Message problem() {
        return problem;
    }
}
