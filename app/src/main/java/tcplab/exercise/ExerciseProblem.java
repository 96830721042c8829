package tcplab.exercise;

import tcplab.i18n.Message;

/**
 * Why an exercise could not be read: the first problem found, as a message that names the field
 * and what was expected, to be shown in the reader's language.
 */
public final class ExerciseProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    /** A problem described by the bundle key {@code key} with its arguments. */
    public ExerciseProblem(String key, Object... args) {
        super(key);
        this.problem = Message.of(key, args);
    }

    /** What went wrong, as a text not yet put into a language. */
    public Message problem() {
        return problem;
    }
}
