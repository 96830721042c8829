package tcplab.view;

import tcplab.i18n.Message;

/** A file the window cannot open, with what to tell the learner about it in their language. */
final class FileProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Message message;

    FileProblem(Message message) {
        super(message.key());
        this.message = message;
    }

    /** What is wrong, as a text to show in any language. */
    Message message() {
        return message;
    }
}
