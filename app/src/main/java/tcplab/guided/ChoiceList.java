package tcplab.guided;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import tcplab.i18n.Message;

/**
 * The choices of one question as they are gathered: the right answer first, then wrong ones in
 * order of preference. A wrong answer whose text equals one already there (in this trace a
 * misconception can give the right number) is left out, and at most {@value #MOST_WRONG} are kept.
 */
final class ChoiceList {

    /** Four choices in all: enough to make guessing poor, few enough to read at a glance. */
    static final int MOST_WRONG = 3;
    /** Fewer wrong answers than this and the question is not worth asking. */
    static final int LEAST_WRONG = 2;

    private final Choice right;
    private final List<Choice> wrong = new ArrayList<>();

    ChoiceList(Message text, Message why) {
        this.right = new Choice(text, true, why);
    }

    /** Adds a wrong answer with its correction, unless it reads like one already there or enough are. */
    ChoiceList wrong(Message text, Message correction) {
        boolean repeated = right.text().equals(text) || wrong.stream().anyMatch(c -> c.text().equals(text));
        if (!repeated && wrong.size() < MOST_WRONG) {
            wrong.add(new Choice(text, false, correction));
        }
        return this;
    }

    /** Whether enough wrong answers were found to ask the question. */
    boolean enough() {
        return wrong.size() >= LEAST_WRONG;
    }

    /** All choices in an order drawn from {@code seed}: the same trace always shows the same order. */
    List<Choice> shuffled(long seed) {
        List<Choice> all = new ArrayList<>(wrong);
        all.add(right);
        Collections.shuffle(all, new Random(seed));
        return all;
    }
}
