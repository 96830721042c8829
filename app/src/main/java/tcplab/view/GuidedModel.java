package tcplab.view;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import tcplab.guided.Choice;
import tcplab.guided.FaultSuggestion;
import tcplab.guided.GuidedRun;
import tcplab.guided.Question;
import tcplab.guided.QuestionGenerator;
import tcplab.playback.Position;
import tcplab.playback.TraceCursor;
import tcplab.scenario.Course;
import tcplab.scenario.CourseLesson;
import tcplab.scenario.CourseProgress;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.LessonScore;

/**
 * Guided mode: the lesson stops before each of its questions and asks the learner to predict
 * what happens next, then shows it. While a question is open the playback is held just before
 * its answer, so playing, stepping, scrubbing or clicking cannot reveal it; it is released only
 * by an answer or by skipping the question, which counts as missed. The questions come from the
 * current trace: a fault the learner injects makes new ones, and those already answered keep
 * their answers. An exercise's teacher questions are asked with them while the lesson runs exactly
 * the exercise's inputs; a changed setup makes another run, which they were not written for. At
 * the end the score is shown and the lesson's progress remembered.
 */
public final class GuidedModel {

    /** Where the learner is in a guided lesson. */
    public enum Phase {
        /** Guided mode is off: the lesson plays freely. */
        OFF,
        /** The lesson plays towards the next question. */
        WATCHING,
        /** A question is open and waits for an answer. */
        ASKING,
        /** The question was answered or skipped; its feedback shows until the learner goes on. */
        ANSWERED,
        /** Every question is done and the lesson has reached its end: the score shows. */
        FINISHED
    }

    private final SimulatedLesson lesson;
    private final PlaybackModel playback;
    private final CourseProgress progress;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.OFF);
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyIntegerWrapper questionCount = new ReadOnlyIntegerWrapper(this, "questionCount");
    private final ReadOnlyObjectWrapper<LessonScore> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ReadOnlyObjectWrapper<String> saveProblem = new ReadOnlyObjectWrapper<>(this, "saveProblem");
    private GuidedRun run = new GuidedRun(List.of());
    private LessonInputs teacherInputs;
    private List<Question> teacherQuestions = List.of();
    private final Set<Question> skipped = new HashSet<>();

    /**
     * @param progress where finished lessons and their best scores are remembered
     */
    public GuidedModel(SimulatedLesson lesson, PlaybackModel playback, CourseProgress progress) {
        this.lesson = lesson;
        this.playback = playback;
        this.progress = progress;
        // Registered after the playback's own listener, so the playback already holds the new trace.
        lesson.traceProperty().addListener((obs, old, now) -> {
            if (phase.get() != Phase.OFF) {
                newQuestions(now.revision());
            }
        });
        playback.relativeNumbersProperty().addListener((obs, old, now) -> {
            if (phase.get() != Phase.OFF) {
                newQuestions(true);
            }
        });
        playback.frameProperty().addListener((obs, old, frame) -> arrived());
    }

    /**
     * A teacher's questions, asked whenever the lesson runs exactly {@code inputs} (the run they
     * were checked against); they replace any given before.
     */
    public void askTeacherQuestions(LessonInputs inputs, List<Question> questions) {
        teacherInputs = inputs;
        teacherQuestions = List.copyOf(questions);
        if (phase.get() != Phase.OFF) {
            newQuestions(false);
        }
    }

    /** Starts the current lesson from its beginning in guided mode, every question open. */
    public void start() {
        // Back to the beginning before the questions are held. A playback standing past the first
        // question (an exercise opens at its start time, after every event of instant 0) would be
        // moved back onto it and the question opened there; a restart after that would show the
        // open question over a run in which nothing had happened yet.
        playback.restart();
        phase.set(Phase.WATCHING);
        newQuestions(false);
    }

    /** Leaves guided mode: the lesson plays freely from where it stands. */
    public void stop() {
        phase.set(Phase.OFF);
        question.set(null);
        score.set(null);
        playback.clearStop();
    }

    /** Picks choice {@code index} (from 0) of the open question; {@link #check()} confirms it. */
    public void select(int index) {
        if (phase.get() == Phase.ASKING && index >= 0 && index < question.get().choices().size()) {
            selected.set(index);
        }
    }

    /** Answers the open question with the selected choice, and moves onto the event that shows the answer. */
    public void check() {
        if (phase.get() == Phase.ASKING && selected.get() >= 0) {
            run.answer(question.get(), selected.get());
            answered();
        }
    }

    /** Leaves the open question unanswered: it counts as missed, and the lesson shows its answer. */
    public void skip() {
        if (phase.get() == Phase.ASKING) {
            skipped.add(question.get());
            selected.set(-1);
            answered();
        }
    }

    /** After the feedback: plays on towards the next question or the end. */
    public void proceed() {
        if (phase.get() == Phase.ANSWERED) {
            phase.set(Phase.WATCHING);
            arrived();
            if (phase.get() == Phase.WATCHING && !playback.playingProperty().get()) {
                playback.togglePlaying();
            }
        }
    }

    /** Shows a question again after the lesson ended, with the moment that answers it. */
    public void review(Question missed) {
        if (phase.get() == Phase.FINISHED) {
            question.set(missed);
            playback.showEvent(missed.answerEvent());
        }
    }

    private void answered() {
        Question open = question.get();
        phase.set(Phase.ANSWERED);
        holdAtNextQuestion();
        playback.showEvent(open.answerEvent());
    }

    /** The playback reached a new position: open the question it was held for, or finish the lesson. */
    private void arrived() {
        if (phase.get() != Phase.WATCHING) {
            return;
        }
        Optional<Question> next = nextOpen();
        if (next.isPresent() && playback.frameProperty().get().position().equals(askingPosition(next.get()))) {
            selected.set(-1);
            question.set(next.get());
            phase.set(Phase.ASKING);
        } else if (next.isEmpty() && playback.atEnd()) {
            finish();
        }
    }

    private void finish() {
        question.set(null);
        LessonScore result = new LessonScore(run.score(), run.total());
        score.set(result);
        phase.set(Phase.FINISHED);
        try {
            progress.record(lesson.scenarioProperty().get().id(), result);
        } catch (IOException e) {
            // The score still shows; only remembering it failed, which the next finished run retries.
            saveProblem.set(e.getLocalizedMessage());
        }
    }

    /** The teacher's questions, while the lesson runs exactly the inputs they were written for; none otherwise. */
    List<Question> teacherQuestions() {
        return lesson.inputsProperty().get().equals(teacherInputs) ? teacherQuestions : List.of();
    }

    /**
     * The questions of the current trace. A revised trace keeps the answers to the questions it
     * still asks (the past of a run never changes); a new lesson starts with every question open.
     */
    private void newQuestions(boolean keepAnswers) {
        TraceCursor cursor = playback.cursorProperty().get();
        List<Question> questions = new QuestionGenerator(cursor.trace(), playback.relativeNumbersProperty().get(),
                teacherQuestions()).questions();
        GuidedRun previous = run;
        Set<Question> previouslySkipped = Set.copyOf(skipped);
        run = new GuidedRun(questions);
        questionCount.set(run.total());
        skipped.clear();
        if (keepAnswers) {
            for (Question asked : previous.questions()) {
                Optional<Question> same = questions.stream().filter(q -> sameMoment(q, asked)).findFirst();
                if (same.isPresent() && previouslySkipped.contains(asked)) {
                    skipped.add(same.get());
                } else if (same.isPresent() && previous.chosen(asked).isPresent()
                        && previous.chosen(asked).getAsInt() < same.get().choices().size()) {
                    run.answer(same.get(), previous.chosen(asked).getAsInt());
                }
            }
        }
        if (phase.get() == Phase.ASKING || phase.get() == Phase.FINISHED) {
            phase.set(Phase.WATCHING);
            question.set(null);
            score.set(null);
        }
        holdAtNextQuestion();
        arrived();
    }

    private static boolean sameMoment(Question a, Question b) {
        return a.kind() == b.kind() && a.askBefore() == b.askBefore() && a.answerEvent() == b.answerEvent();
    }

    private void holdAtNextQuestion() {
        playback.clearStop();
        nextOpen().ifPresent(next -> playback.stopAt(askingPosition(next)));
    }

    private Optional<Question> nextOpen() {
        return run.questions().stream().filter(q -> !run.isAnswered(q) && !skipped.contains(q)).findFirst();
    }

    /** Exactly the events before the question's moment have happened. */
    private Position askingPosition(Question question) {
        TraceCursor cursor = playback.cursorProperty().get();
        return new Position(cursor.event(question.askBefore()).time(), question.askBefore());
    }

    /** The questions answered wrongly or skipped, in playback order. */
    public List<Question> missed() {
        List<Question> missed = new ArrayList<>();
        for (Question asked : run.questions()) {
            if (skipped.contains(asked) || run.missed().contains(asked)) {
                missed.add(asked);
            }
        }
        return missed;
    }

    /** The choice the learner confirmed for {@code asked}; empty if it is open or was skipped. */
    public Optional<Choice> answer(Question asked) {
        return run.chosen(asked).stream().mapToObj(index -> asked.choices().get(index)).findFirst();
    }

    /** The number of {@code asked} in the lesson, from 1. */
    public int numberOf(Question asked) {
        return run.questions().indexOf(asked) + 1;
    }

    /** How many questions the lesson asks in this run. */
    public int questionCount() {
        return run.total();
    }

    /**
     * How many questions the lesson asks in this run, as it changes: a new trace (a fault, the
     * run of an exercise arriving) can bring questions while the learner watches.
     */
    public ReadOnlyIntegerProperty questionCountProperty() {
        return questionCount.getReadOnlyProperty();
    }

    /** The course lesson after the current one, if the current one is in the course and not its last. */
    public Optional<CourseLesson> nextLesson() {
        return Course.lessonOf(lesson.scenarioProperty().get().id()).flatMap(Course::next);
    }

    /** A segment to drop in another run of this lesson, and what to predict about it; empty if none teaches more. */
    public Optional<FaultSuggestion> suggestion() {
        return FaultSuggestion.after(playback.cursorProperty().get().trace());
    }

    /** Adds the suggested fault to the learner's and starts the lesson again, guided. */
    public void retryWithFault() {
        suggestion().ifPresent(suggested -> {
            lesson.addFaults(List.of(suggested.fault()));
            start();
        });
    }

    /** Switches to the next lesson of the course and starts it guided. */
    public void startNextLesson() {
        nextLesson().ifPresent(next -> startLesson(next));
    }

    /** Switches to {@code chosen} and starts it guided. */
    public void startLesson(CourseLesson chosen) {
        lesson.scenarioProperty().set(chosen.scenario());
        start();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** The question asked, answered or reviewed; null while none is. */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    /** The choice picked for the open question, from 0; -1 while none is. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The score once the lesson is finished; null before. */
    public ReadOnlyObjectProperty<LessonScore> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** Why the last score could not be remembered, or null. */
    public ReadOnlyObjectProperty<String> saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }
}
