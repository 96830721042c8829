package tcplab.guided;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One learner's way through the questions of a lesson: which choice they picked for each, the
 * score and the questions they missed. The first answer to a question is the one that counts, so
 * a learner cannot try every choice until one is right. Pure and not thread-safe: the window owns
 * it on its own thread.
 */
public final class GuidedRun {

    private final List<Question> questions;
    private final Map<Integer, Integer> chosen = new HashMap<>();

    /** A run through {@code questions}, which are in playback order; none answered yet. */
    public GuidedRun(List<Question> questions) {
        this.questions = List.copyOf(questions);
    }

    /** The questions, in playback order. */
    public List<Question> questions() {
        return questions;
    }

    /**
     * Records the learner's answer and returns the choice they picked, with its feedback.
     *
     * @throws IllegalArgumentException if the question is not one of this run's or the index names no choice
     * @throws IllegalStateException    if the question has been answered already
     */
    public Choice answer(Question question, int choiceIndex) {
        int number = numberOf(question);
        if (choiceIndex < 0 || choiceIndex >= question.choices().size()) {
            throw new IllegalArgumentException("choice " + choiceIndex + " of " + question.choices().size());
        }
        if (chosen.containsKey(number)) {
            throw new IllegalStateException("question " + number + " has been answered already");
        }
        chosen.put(number, choiceIndex);
        return question.choices().get(choiceIndex);
    }

    /** Whether the learner has answered {@code question}. */
    public boolean isAnswered(Question question) {
        return chosen.containsKey(numberOf(question));
    }

    /** The index of the choice the learner picked for {@code question}, if they have answered it. */
    public OptionalInt chosen(Question question) {
        Integer index = chosen.get(numberOf(question));
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /**
     * The first question not yet answered: playback must not pass its {@link Question#askBefore()}
     * until it is, or the learner would see the answer before predicting it.
     */
    public Optional<Question> nextOpen() {
        return questions.stream().filter(q -> !isAnswered(q)).findFirst();
    }

    /** How many questions were answered right. */
    public int score() {
        return (int) questions.stream().filter(q -> isAnswered(q) && isRight(q)).count();
    }

    /** How many questions the lesson asks. */
    public int total() {
        return questions.size();
    }

    /** The questions answered wrongly, in playback order. */
    public List<Question> missed() {
        List<Question> missed = new ArrayList<>();
        for (Question question : questions) {
            if (isAnswered(question) && !isRight(question)) {
                missed.add(question);
            }
        }
        return missed;
    }

    /** Whether every question has been answered. */
    public boolean finished() {
        return chosen.size() == questions.size();
    }

    private boolean isRight(Question question) {
        return chosen.get(numberOf(question)) == question.correctIndex();
    }

    private int numberOf(Question question) {
        Objects.requireNonNull(question, "question");
        int number = questions.indexOf(question);
        if (number < 0) {
            throw new IllegalArgumentException("not a question of this run: " + question.prompt());
        }
        return number;
    }
}
