package tcplab.exercise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import tcplab.guided.Choice;
import tcplab.guided.Question;
import tcplab.guided.QuestionKind;
import tcplab.i18n.BilingualText;
import tcplab.i18n.Message;
import tcplab.i18n.Localizable;

/**
 * A teacher's multiple-choice question as written, before it is checked: the exercise file's
 * reader and the window's editor both make drafts, and {@link #check} turns them into
 * {@link Question}s with the same rules and messages.
 *
 * @param beforeEvent the question is asked with the events before this one shown, counted from 1
 *                    as the run's events (timer starts and stops included) follow each other
 * @param prompt      the question
 * @param choices     the answers offered, in the order shown
 */
public record QuestionDraft(int beforeEvent, BilingualText prompt, List<ChoiceDraft> choices) {

    /** Fewer and a question is no choice. */
    public static final int LEAST_CHOICES = 2;
    /** More and a learner cannot take them in at a glance, nor press a number key for each. */
    public static final int MOST_CHOICES = 6;

    public QuestionDraft {
        Objects.requireNonNull(prompt, "prompt");
        choices = List.copyOf(choices);
    }

    /**
     * One answer as written.
     *
     * @param text     the answer
     * @param correct  whether it is the right one
     * @param feedback what the learner reads after picking it; may be empty
     */
    public record ChoiceDraft(BilingualText text, boolean correct, BilingualText feedback) {

        public ChoiceDraft {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(feedback, "feedback");
        }
    }

    /** The draft of a question already checked, as the editor shows it again. */
    public static QuestionDraft of(Question question) {
        List<ChoiceDraft> choices = question.choices().stream()
                .map(choice -> new ChoiceDraft(written(choice.text()), choice.correct(), written(choice.feedback())))
                .toList();
        return new QuestionDraft(question.askBefore() + 1, written(question.prompt()), choices);
    }

    private static BilingualText written(Localizable text) {
        return text instanceof BilingualText bilingual ? bilingual : BilingualText.EMPTY;
    }

    /**
     * Checks the drafts against the run they are asked in and makes them questions, in playback
     * order.
     *
     * @param events the number of events of the exercise's run
     * @param name   how a problem names question {@code i} (from 0): a field of the file, or
     *               "question 1" in the editor
     * @throws ExerciseProblem for the first draft that breaks a rule, naming it
     */
    public static List<Question> check(List<QuestionDraft> drafts, int events, IntFunction<Object> name)
            throws ExerciseProblem {
        List<Question> questions = new ArrayList<>();
        Set<Integer> moments = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            Object named = name.apply(i);
            if (draft.prompt().isEmpty()) {
                throw new ExerciseProblem(Message.of("exercise.problem.question.prompt", named));
            }
            int offered = draft.choices().size();
            if (offered < LEAST_CHOICES || offered > MOST_CHOICES) {
                throw new ExerciseProblem(Message.of("exercise.problem.question.choiceCount", named,
                        Integer.toString(offered), Integer.toString(LEAST_CHOICES), Integer.toString(MOST_CHOICES)));
            }
            for (int c = 0; c < offered; c++) {
                if (draft.choices().get(c).text().isEmpty()) {
                    throw new ExerciseProblem(Message.of("exercise.problem.question.choiceText", named,
                            Integer.toString(c + 1)));
                }
            }
            long right = draft.choices().stream().filter(ChoiceDraft::correct).count();
            if (right != 1) {
                throw new ExerciseProblem(Message.of("exercise.problem.question.correct", named, Long.toString(right)));
            }
            if (draft.beforeEvent() < 1 || draft.beforeEvent() > events) {
                throw new ExerciseProblem(Message.of("exercise.problem.question.beforeEvent", named,
                        Integer.toString(events), Integer.toString(draft.beforeEvent())));
            }
            if (!moments.add(draft.beforeEvent())) {
                throw new ExerciseProblem(Message.of("exercise.problem.question.sameEvent", named,
                        Integer.toString(draft.beforeEvent())));
            }
            List<Choice> choices = draft.choices().stream()
                    .map(choice -> new Choice(choice.text(), choice.correct(), choice.feedback())).toList();
            int index = draft.beforeEvent() - 1;
            questions.add(new Question(QuestionKind.TEACHER, index, index, draft.prompt(), choices));
        }
        questions.sort((a, b) -> Integer.compare(a.askBefore(), b.askBefore()));
        return List.copyOf(questions);
    }
}
