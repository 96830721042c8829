package tcplab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tcplab.TextKeys;
import tcplab.guided.Choice;
import tcplab.guided.Question;
import tcplab.i18n.BilingualText;
import tcplab.i18n.Message;
import tcplab.i18n.Localizable;
import tcplab.scenario.LessonScore;

/**
 * The guided lesson's panel: the open question with its numbered choices, then the feedback on
 * the answer, and at the end the score, the missed questions (each can be seen again), a try with
 * a fault and the next lesson. It is rebuilt whenever the {@link GuidedModel} moves on, and puts
 * the keyboard focus on the button Enter should press next.
 */
public final class GuidedPanelView extends VBox {

    public static final String STYLE_CLASS = "guided-panel";

    private final LanguageModel language;
    private final GlossaryModel glossary;
    private final GuidedModel model;
    private final Runnable showCourse;
    private final ToggleGroup choices = new ToggleGroup();
    private Node focusNext;

    /**
     * @param glossary   where the terms of questions and feedback link to
     * @param showCourse shows the course's start page
     */
    public GuidedPanelView(LanguageModel language, GlossaryModel glossary, GuidedModel model, Runnable showCourse) {
        this.language = language;
        this.glossary = glossary;
        this.model = model;
        this.showCourse = showCourse;
        getStyleClass().addAll(STYLE_CLASS, "panel");
        setId("guided-panel");
        model.phaseProperty().addListener((obs, old, now) -> rebuild());
        model.questionProperty().addListener((obs, old, now) -> rebuild());
        model.questionCountProperty().addListener((obs, old, now) -> rebuild());
        model.selectedProperty().addListener((obs, old, now) -> showSelection());
        // A choice is one line per language read: in 한/EN both.
        language.explanationLanguagesProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        choices.getToggles().clear();
        focusNext = null;
        switch (model.phaseProperty().get()) {
            case OFF -> {
                return;
            }
            case WATCHING -> getChildren().add(WrappingLabels.of(model.questionCount() == 0
                    ? language.bind("guided.noQuestions") : language.bind("guided.continue.hint"), "guided-hint"));
            case ASKING -> showQuestion(model.questionProperty().get());
            case ANSWERED -> showFeedback(model.questionProperty().get());
            case FINISHED -> showScore();
        }
        focusAction();
    }

    /** Gives the keyboard focus to the button Enter should press next (check, continue, next lesson). */
    public void focusAction() {
        if (focusNext != null) {
            focusNext.requestFocus();
        }
    }

    private void showQuestion(Question question) {
        getChildren().addAll(title(language.bind("guided.question.title", model.numberOf(question), model.questionCount())),
                paragraphs(List.of(question.prompt()), "guided-prompt"));
        List<Choice> offered = question.choices();
        for (int index = 0; index < offered.size(); index++) {
            int chosen = index;
            RadioButton choice = new RadioButton();
            choice.setId("guided-choice-" + (index + 1));
            choice.getStyleClass().add("guided-choice");
            choice.setWrapText(true);
            choice.setMinHeight(USE_PREF_SIZE);
            Localizable text = offered.get(index).text();
            choice.textProperty().bind(Bindings.createStringBinding(() -> (chosen + 1) + ". " + String.join("\n",
                    language.explanationLanguages().stream().map(in -> language.text(in, text)).toList()),
                    language.explanationLanguagesProperty()));
            choice.setToggleGroup(choices);
            choice.setOnAction(event -> model.select(chosen));
            getChildren().add(choice);
        }
        showSelection();
        Button check = button("guided-check", language.bind("guided.check"), model::check);
        check.getStyleClass().add("accent");
        Button skip = button("guided-skip", language.bind("guided.skip"), model::skip);
        getChildren().add(buttonsBeside(WrappingLabels.of(language.bind("guided.question.hint"), "guided-hint"), check, skip));
        focusNext = check;
    }

    private void showSelection() {
        int selected = model.selectedProperty().get();
        choices.getToggles().forEach(toggle -> toggle.setSelected(false));
        if (selected >= 0 && selected < choices.getToggles().size()) {
            choices.getToggles().get(selected).setSelected(true);
        }
    }

    private void showFeedback(Question question) {
        getChildren().add(title(language.bind("guided.question.title", model.numberOf(question), model.questionCount())));
        getChildren().add(paragraphs(verdict(question), "guided-feedback"));
        Button proceed = button("guided-continue", language.bind("guided.continue"), model::proceed);
        proceed.getStyleClass().add("accent");
        getChildren().add(buttonsBeside(WrappingLabels.of(language.bind("guided.continue.hint"), "guided-hint"), proceed));
        focusNext = proceed;
    }

    /**
     * The question, then right, wrong or skipped, with the picked choice's own feedback and,
     * unless it was right, the right answer with its own.
     */
    private List<Localizable> verdict(Question question) {
        List<Localizable> verdict = new ArrayList<>();
        verdict.add(question.prompt());
        Optional<Choice> picked = model.answer(question);
        if (picked.isEmpty()) {
            verdict.add(Message.of("guided.skipped"));
        } else {
            verdict.add(picked.get().correct() ? Message.of("guided.correct") : Message.of("guided.wrong"));
            addFeedback(verdict, picked.get());
        }
        if (picked.filter(Choice::correct).isEmpty()) {
            Choice right = question.choices().get(question.correctIndex());
            verdict.add(Message.of("guided.rightAnswer", right.text()));
            addFeedback(verdict, right);
        }
        return verdict;
    }

    /** A choice's feedback, unless a teacher left it out. */
    private static void addFeedback(List<Localizable> verdict, Choice choice) {
        if (!(choice.feedback() instanceof BilingualText written && written.isEmpty())) {
            verdict.add(choice.feedback());
        }
    }

    private void showScore() {
        LessonScore score = model.scoreProperty().get();
        getChildren().addAll(title(language.bind("guided.score.title")),
                paragraphs(List.of(Message.of("guided.score", score.correct(), score.questions())), "guided-score"));
        List<Question> missed = model.missed();
        getChildren().add(WrappingLabels.of(missed.isEmpty() ? language.bind("guided.missed.none")
                : language.bind("guided.missed.title"), "guided-hint"));
        FlowPane missedButtons = new FlowPane();
        missedButtons.getStyleClass().add("guided-buttons");
        for (Question question : missed) {
            Button review = button("guided-review-" + model.numberOf(question),
                    language.bind("guided.missed.item", model.numberOf(question)), () -> model.review(question));
            missedButtons.getChildren().add(review);
        }
        if (!missed.isEmpty()) {
            getChildren().add(missedButtons);
        }
        Question reviewed = model.questionProperty().get();
        if (reviewed != null) {
            getChildren().add(paragraphs(verdict(reviewed), "guided-feedback"));
        }
        Button retry = null;
        if (model.suggestion().isPresent()) {
            getChildren().add(paragraphs(List.of(model.suggestion().get().text()), "guided-suggestion"));
            retry = button("guided-retry", language.bind("guided.retry"), model::retryWithFault);
        }
        Button next = null;
        if (model.nextLesson().isPresent()) {
            String nextTitle = TextKeys.scenarioTitle(model.nextLesson().get().scenario().id());
            next = button("guided-next", Bindings.createStringBinding(() -> language.text("guided.next",
                    language.text(nextTitle)), language.messagesProperty()), model::startNextLesson);
            next.getStyleClass().add("accent");
        }
        Button toCourse = button("guided-to-course", language.bind("guided.toCourse"), showCourse);
        getChildren().add(buttons(Stream.of(next, retry, toCourse).filter(Objects::nonNull).toArray(Button[]::new)));
        focusNext = next == null ? toCourse : next;
    }

    private static FlowPane buttons(Button... buttons) {
        FlowPane row = new FlowPane(buttons);
        row.getStyleClass().add("guided-buttons");
        return row;
    }

    /**
     * The buttons with their keyboard hint on the same line, the hint wrapping beside them: a
     * line less, so that on a small window a question and all its choices are seen at once.
     */
    private static HBox buttonsBeside(Label hint, Button... buttons) {
        HBox row = new HBox(buttons);
        row.getChildren().add(hint);
        row.getStyleClass().add("guided-buttons");
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.ALWAYS);
        for (Button button : buttons) {
            button.setMinWidth(USE_PREF_SIZE);
        }
        return row;
    }

    private static Button button(String id, ObservableValue<String> text, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(text);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label title(ObservableValue<String> text) {
        return WrappingLabels.of(text, "panel-title");
    }

    /** Reading text: in the languages the learner reads explanations in, its terms linked to the glossary. */
    private ParagraphsView paragraphs(List<? extends Localizable> messages, String styleClass) {
        ParagraphsView paragraphs = new ParagraphsView(language, glossary);
        paragraphs.setAll(messages, styleClass);
        return paragraphs;
    }


    /** The texts shown, in order (every paragraph in each of its languages), for tests. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        for (Node node : getChildren()) {
            if (node instanceof Label label) {
                texts.add(label.getText());
            } else if (node instanceof ParagraphsView paragraphs) {
                texts.addAll(paragraphs.paragraphTexts());
            }
        }
        return texts;
    }
}
