package tcplab.guided;

import java.util.List;
import java.util.Objects;
import tcplab.engine.Trace;
import tcplab.i18n.Localizable;
import tcplab.playback.Position;

/**
 * A moment of a lesson at which the learner predicts what happens next.
 *
 * @param kind        what is asked
 * @param askBefore   playback stops with exactly the events {@code [0, askBefore)} applied, at the
 *                    position (time of event {@code askBefore}, {@code askBefore})
 * @param answerEvent the index of the event whose happening shows the answer ({@code >= askBefore})
 * @param prompt      the question as the learner reads it: one of the lab's texts, or a teacher's
 *                    written in both languages
 * @param choices     the answers offered, in the order shown; exactly one is correct
 */
public record Question(QuestionKind kind, int askBefore, int answerEvent, Localizable prompt, List<Choice> choices) {

    public Question {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        choices = List.copyOf(choices);
        if (askBefore < 0 || answerEvent < askBefore) {
            throw new IllegalArgumentException("asked before event " + askBefore + ", answered by " + answerEvent);
        }
        if (choices.stream().filter(Choice::correct).count() != 1) {
            throw new IllegalArgumentException("exactly one choice must be correct: " + choices);
        }
    }

    /**
     * Where playback stops to ask: at the time of event {@link #askBefore()} with the events
     * before it applied, so the cause is in sight and its effect is not.
     *
     * @param trace the trace the question was generated from
     */
    public Position askedAt(Trace trace) {
        return new Position(trace.events().get(askBefore).time(), askBefore);
    }

    /** The index in {@link #choices()} of the correct choice. */
    public int correctIndex() {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).correct()) {
                return i;
            }
        }
        throw new AssertionError("checked by the constructor");
    }
}
