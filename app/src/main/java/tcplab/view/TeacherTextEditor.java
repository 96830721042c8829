package tcplab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import tcplab.exercise.Exercise;
import tcplab.exercise.ExerciseCode;
import tcplab.exercise.ExerciseProblem;
import tcplab.exercise.QuestionDraft;
import tcplab.exercise.QuestionDraft.ChoiceDraft;
import tcplab.exercise.TeacherText;
import tcplab.i18n.BilingualText;
import tcplab.i18n.Language;
import tcplab.i18n.Message;

/**
 * The dialog where a teacher writes an exercise's task, hints and guided-mode questions, Korean and
 * English side by side. The texts are checked as an exercise file's are (plus the length of its
 * code) before they are kept with the lesson; a problem is shown in the dialog, which stays open.
 * Tab moves between the fields, also out of a multi-line one.
 */
final class TeacherTextEditor {

    static final String STYLE_CLASS = "teacher-editor";

    private final LanguageModel language;
    private final ExerciseOpener opener;
    private final VBox questionBoxes = new VBox(12);
    private final List<QuestionFields> questions = new ArrayList<>();
    private final Label problem = new Label();
    private final BilingualFields task;
    private final BilingualFields hints;

    TeacherTextEditor(LanguageModel language, ExerciseOpener opener) {
        this.language = language;
        this.opener = opener;
        TeacherText current = opener.teacherProperty().get();
        task = new BilingualFields("teacher-task", current.task(), 2);
        List<BilingualText> written = current.hints();
        hints = new BilingualFields("teacher-hints", new BilingualText(lines(written, Language.KOREAN),
                lines(written, Language.ENGLISH)), 3);
        current.questions().forEach(question -> addQuestion(QuestionDraft.of(question)));
    }

    /**
     * Shows the dialog and, if the teacher confirms texts that pass the checks, keeps them with the lesson.
     *
     * @param confirm the confirming button's text: keep, or keep and go on to save
     * @return whether texts were kept
     */
    boolean show(Window owner, String confirm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(language.text("teacher.title"));
        dialog.setHeaderText(language.text("teacher.header"));
        ButtonType keep = new ButtonType(confirm, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(keep,
                new ButtonType(language.text("teacher.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().getStyleClass().add(STYLE_CLASS);
        dialog.getDialogPane().setContent(content());
        dialog.setResizable(true);
        dialog.initOwner(owner);
        Button keepButton = (Button) dialog.getDialogPane().lookupButton(keep);
        keepButton.setId("teacher-keep");
        keepButton.addEventFilter(ActionEvent.ACTION, event -> {
            Optional<Message> refused = check();
            if (refused.isPresent()) {
                problem.setText(language.text(language.language(), refused.get()));
                event.consume();
            }
        });
        if (owner != null) {
            dialog.getDialogPane().setPrefSize(Math.min(960, owner.getWidth() - 40), Math.min(760, owner.getHeight() - 40));
        }
        dialog.setOnShown(event -> task.ko.requestFocus());
        return dialog.showAndWait().filter(pressed -> pressed == keep).isPresent();
    }

    private Node content() {
        GridPane texts = grid();
        texts.addRow(0, new Label(), heading(Language.KOREAN), heading(Language.ENGLISH));
        texts.addRow(1, label(language.text("teacher.task"), task.ko), task.ko, task.en);
        texts.addRow(2, label(language.text("teacher.hints"), hints.ko), hints.ko, hints.en);
        Button add = new Button(language.text("teacher.question.add"));
        add.setId("teacher-question-add");
        add.setOnAction(event -> addQuestionHere());
        problem.setId("teacher-problem");
        problem.getStyleClass().add("teacher-problem");
        problem.setWrapText(true);
        VBox all = new VBox(12, texts, new Label(language.text("teacher.questions", opener.runEvents())),
                questionBoxes, add, problem);
        all.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(all);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** Adds an empty question asked before the event playback would show next (the last one at the end). */
    private void addQuestionHere() {
        int next = Math.min(opener.eventsShown() + 1, opener.runEvents());
        addQuestion(new QuestionDraft(Math.max(next, 1), BilingualText.EMPTY, List.of()));
        questions.get(questions.size() - 1).prompt.ko.requestFocus();
    }

    private void addQuestion(QuestionDraft draft) {
        QuestionFields fields = new QuestionFields(draft);
        questions.add(fields);
        questionBoxes.getChildren().add(fields.box);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < questions.size(); i++) {
            questions.get(i).title.setText(language.text("teacher.question.title", i + 1));
            questions.get(i).box.setId("teacher-question-" + (i + 1));
        }
    }

    /** The texts as they stand, if they pass every check: kept with the lesson; else why not. */
    private Optional<Message> check() {
        List<QuestionDraft> drafts = questions.stream().map(QuestionFields::draft).toList();
        TeacherText written;
        try {
            written = new TeacherText(task.text(), hintList(), QuestionDraft.check(drafts, opener.runEvents(),
                    i -> Message.of("teacher.question.name", i + 1)));
        } catch (ExerciseProblem refused) {
            return Optional.of(refused.problem());
        }
        Exercise candidate = opener.current();
        candidate = new Exercise(candidate.inputs(), candidate.startMillis(), candidate.language(), written);
        int length = ExerciseCode.encode(candidate).length();
        if (length > ExerciseCode.MAX_CHARS) {
            return Optional.of(Message.of("exercise.problem.codeTooLong", length, ExerciseCode.MAX_CHARS));
        }
        opener.setTeacher(written);
        return Optional.empty();
    }

    /** Hint N is line N of each language; a line empty in both is no hint. */
    private List<BilingualText> hintList() {
        String[] ko = hints.ko.getText().split("\n", -1);
        String[] en = hints.en.getText().split("\n", -1);
        List<BilingualText> list = new ArrayList<>();
        for (int i = 0; i < Math.max(ko.length, en.length); i++) {
            BilingualText hint = new BilingualText(i < ko.length ? ko[i].strip() : "", i < en.length ? en[i].strip() : "");
            if (!hint.isEmpty()) {
                list.add(hint);
            }
        }
        return list;
    }

    private static String lines(List<BilingualText> hints, Language in) {
        return String.join("\n", hints.stream().map(hint -> in == Language.KOREAN ? hint.ko() : hint.en()).toList());
    }

    private Label heading(Language in) {
        Label heading = new Label(in.nativeName());
        heading.getStyleClass().add("teacher-heading");
        return heading;
    }

    private static Label label(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setWrapText(true);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        labels.setMaxWidth(150);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        text.setPercentWidth(-1);
        grid.getColumnConstraints().addAll(labels, text, copy(text));
        return grid;
    }

    private static ColumnConstraints copy(ColumnConstraints column) {
        ColumnConstraints copy = new ColumnConstraints();
        copy.setHgrow(column.getHgrow());
        return copy;
    }

    /** Tab leaves a multi-line field as it leaves any other, so the dialog is usable from the keyboard. */
    private static void tabLeaves(TextInputControl field) {
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                field.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(),
                        true, false, false));
            }
        });
    }

    /** One text in Korean and in English, side by side. */
    private static final class BilingualFields {
        final TextInputControl ko;
        final TextInputControl en;

        /** @param rows the height of multi-line fields; 1 for a one-line field */
        BilingualFields(String id, BilingualText text, int rows) {
            ko = field(id + "-ko", text.ko(), rows);
            en = field(id + "-en", text.en(), rows);
        }

        private static TextInputControl field(String id, String text, int rows) {
            TextInputControl field;
            if (rows == 1) {
                field = new TextField(text);
            } else {
                TextArea area = new TextArea(text);
                area.setPrefRowCount(rows);
                area.setWrapText(true);
                tabLeaves(area);
                field = area;
            }
            field.setId(id);
            field.setMaxWidth(Double.MAX_VALUE);
            return field;
        }

        BilingualText text() {
            return new BilingualText(ko.getText().strip(), en.getText().strip());
        }
    }

    /** The fields of one question: when it is asked, the question, and up to six choices with their feedback. */
    private final class QuestionFields {
        final VBox box = new VBox(6);
        final Label title = new Label();
        final Spinner<Integer> before;
        final BilingualFields prompt;
        final List<BilingualFields> choiceTexts = new ArrayList<>();
        final List<BilingualFields> feedbacks = new ArrayList<>();
        final ToggleGroup right = new ToggleGroup();

        QuestionFields(QuestionDraft draft) {
            int number = questions.size() + 1;
            String id = "teacher-q" + number;
            title.getStyleClass().add("teacher-question-title");
            before = new Spinner<>(1, Math.max(1, opener.runEvents()), Math.max(1, draft.beforeEvent()));
            before.setId(id + "-before");
            before.setEditable(true);
            before.setPrefWidth(100);
            Button remove = new Button(language.text("teacher.question.remove"));
            remove.setId(id + "-remove");
            remove.setOnAction(event -> {
                questions.remove(this);
                questionBoxes.getChildren().remove(box);
                renumber();
            });
            Label beforeLabel = label(language.text("teacher.question.before"), before);
            HBox head = new HBox(8, title, beforeLabel, before, remove);
            head.setAlignment(Pos.CENTER_LEFT);

            prompt = new BilingualFields(id + "-prompt", draft.prompt(), 2);
            GridPane grid = grid();
            grid.addRow(0, label(language.text("teacher.question.prompt"), prompt.ko), prompt.ko, prompt.en);
            for (int c = 0; c < QuestionDraft.MOST_CHOICES; c++) {
                ChoiceDraft choice = c < draft.choices().size() ? draft.choices().get(c)
                        : new ChoiceDraft(BilingualText.EMPTY, false, BilingualText.EMPTY);
                BilingualFields text = new BilingualFields(id + "-choice" + (c + 1), choice.text(), 1);
                BilingualFields feedback = new BilingualFields(id + "-feedback" + (c + 1), choice.feedback(), 1);
                text.ko.setPromptText(language.text("teacher.question.choice", c + 1));
                text.en.setPromptText(language.text("teacher.question.choice", c + 1));
                feedback.ko.setPromptText(language.text("teacher.question.feedback"));
                feedback.en.setPromptText(language.text("teacher.question.feedback"));
                RadioButton isRight = new RadioButton(language.text("teacher.question.choice", c + 1));
                isRight.setId(id + "-right" + (c + 1));
                isRight.setToggleGroup(right);
                isRight.setSelected(choice.correct());
                isRight.setAccessibleText(language.text("teacher.question.correct", c + 1));
                choiceTexts.add(text);
                feedbacks.add(feedback);
                grid.addRow(1 + 2 * c, isRight, text.ko, text.en);
                grid.addRow(2 + 2 * c, new Label(), feedback.ko, feedback.en);
            }
            Label rightHint = new Label(language.text("teacher.question.rightHint"));
            rightHint.setWrapText(true);
            box.getStyleClass().add("teacher-question");
            box.getChildren().addAll(head, rightHint, grid);
        }

        /** The question as written: choices whose text is empty in both languages are left out. */
        QuestionDraft draft() {
            List<ChoiceDraft> choices = new ArrayList<>();
            for (int c = 0; c < choiceTexts.size(); c++) {
                BilingualText text = choiceTexts.get(c).text();
                boolean correct = right.getSelectedToggle() == right.getToggles().get(c);
                if (!text.isEmpty() || correct) {
                    choices.add(new ChoiceDraft(text, correct, feedbacks.get(c).text()));
                }
            }
            // A number typed but not yet confirmed with Enter counts as written.
            before.commitValue();
            return new QuestionDraft(before.getValue(), prompt.text(), choices);
        }
    }
}
