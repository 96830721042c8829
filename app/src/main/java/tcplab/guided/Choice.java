package tcplab.guided;

import java.util.Objects;
import tcplab.i18n.Message;

/**
 * One answer a learner can pick.
 *
 * @param text     the answer as the learner reads it
 * @param correct  whether it is what the trace then shows
 * @param feedback for a wrong choice its own short correction; for the right one why it is right
 */
public record Choice(Message text, boolean correct, Message feedback) {

    public Choice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(feedback, "feedback");
    }
}
