package tcplab.files;

import java.io.IOException;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/**
 * A file that could not be read or written for a reason of the lab's own (not the system's), told
 * as a text the window shows in the learner's language; {@link #getMessage()} says it in English,
 * for the terminal. Readers of a format say what is wrong with a file through a subclass.
 */
public class ExplainedIOException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    /** The failure {@code problem}. */
    public ExplainedIOException(Message problem) {
        super(Messages.of(Language.ENGLISH).text(problem));
        this.problem = problem;
    }

    /** The failure {@code problem}, caused by {@code cause}. */
    public ExplainedIOException(Message problem, Throwable cause) {
        super(Messages.of(Language.ENGLISH).text(problem), cause);
        this.problem = problem;
    }

    /** What went wrong, as a text in any language. */
    public Message problem() {
        return problem;
    }
}
