package tcplab.guided;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.i18n.Message;

/** Scoring a learner's way through a lesson's questions. */
class GuidedRunTest {

    private final Question first = question(0, 2, 1);
    private final Question second = question(5, 7, 0);
    private final Question third = question(9, 9, 2);
    private final GuidedRun run = new GuidedRun(List.of(first, second, third));

    @Test
    void aNewRunHasAnsweredNothing() {
        assertThat(run.score()).isZero();
        assertThat(run.total()).isEqualTo(3);
        assertThat(run.missed()).isEmpty();
        assertThat(run.finished()).isFalse();
        assertThat(run.nextOpen()).contains(first);
        assertThat(run.chosen(first)).isEmpty();
    }

    @Test
    void rightAnswersScoreAndWrongOnesAreMissed() {
        Choice picked = run.answer(first, 1);
        run.answer(second, 2);

        assertThat(picked.correct()).isTrue();
        assertThat(run.score()).isEqualTo(1);
        assertThat(run.missed()).containsExactly(second);
        assertThat(run.chosen(second)).hasValue(2);
        assertThat(run.nextOpen()).contains(third);
        assertThat(run.finished()).isFalse();
    }

    @Test
    void theRunIsFinishedWhenEveryQuestionIsAnswered() {
        run.answer(third, 2);
        run.answer(first, 0);
        run.answer(second, 0);

        assertThat(run.finished()).isTrue();
        assertThat(run.nextOpen()).isEmpty();
        assertThat(run.score()).isEqualTo(2);
        assertThat(run.missed()).containsExactly(first);
    }

    @Test
    void theFirstAnswerCounts() {
        run.answer(first, 0);

        assertThatThrownBy(() -> run.answer(first, 1)).isInstanceOf(IllegalStateException.class);
        assertThat(run.score()).isZero();
        assertThat(run.missed()).containsExactly(first);
    }

    @Test
    void anAnswerToNoChoiceOrToAnotherRunsQuestionIsRefused() {
        assertThatThrownBy(() -> run.answer(first, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> run.answer(first, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> run.answer(question(20, 21, 0), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(run.isAnswered(first)).isFalse();
    }

    @Test
    void aQuestionNeedsExactlyOneRightChoiceAndAnAnswerAtOrAfterIt() {
        Choice wrong = new Choice(Message.of("w"), false, Message.of("f"));
        Choice right = new Choice(Message.of("r"), true, Message.of("f"));

        assertThatThrownBy(() -> new Question(QuestionKind.FLAGS, 0, 1, Message.of("p"), List.of(wrong, wrong)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Question(QuestionKind.FLAGS, 0, 1, Message.of("p"), List.of(right, right)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Question(QuestionKind.FLAGS, 3, 2, Message.of("p"), List.of(right, wrong)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Question(QuestionKind.FLAGS, 2, 2, Message.of("p"), List.of(wrong, right)).correctIndex())
                .isEqualTo(1);
    }

    /** A question whose right choice is at {@code rightIndex} of three. */
    private static Question question(int askBefore, int answerEvent, int rightIndex) {
        List<Choice> choices = List.of(0, 1, 2).stream()
                .map(i -> new Choice(Message.of("choice." + i), i == rightIndex, Message.of("feedback." + i))).toList();
        return new Question(QuestionKind.STATE, askBefore, answerEvent, Message.of("prompt." + askBefore), choices);
    }
}
