package tcplab.guided;

import java.util.Objects;
import tcplab.i18n.Localizable;

/**
 * One answer a learner can pick.
 *
 * @param text     the answer as the learner reads it
 * @param correct  whether it is what the trace then shows
 * @param feedback for a wrong choice its own short correction; for the right one why it is right
 *                 (a teacher may leave it empty: an empty {@link tcplab.i18n.BilingualText})
 */
public record Choice(Localizable text, boolean correct, Localizable feedback) {

    public Choice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(feedback, "feedback");
    }
}
