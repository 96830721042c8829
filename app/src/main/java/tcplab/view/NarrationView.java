package tcplab.view;

import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import tcplab.explain.NarrationLine;
import tcplab.explain.Narrator;
import tcplab.i18n.Language;
import tcplab.playback.Frame;
import tcplab.playback.TraceCursor;

/**
 * The run told as a log: one full sentence per event up to the current step, in the window's
 * language (in 한/EN, each line in every language), the current one marked and kept in view. It
 * follows playing, stepping and scrubbing, backwards too, for learners who read rather than
 * watch, and for screen readers.
 *
 * <p>A list rather than a read-only text area: a screen reader announces a list's lines one by
 * one with their position, the current step can be marked and scrolled to without moving the
 * reader's caret, and selection and copying work by lines (Shift or Ctrl with the arrows or the
 * mouse, then Ctrl+C, Copy or Copy all), as a learner pastes them into notes.
 */
public final class NarrationView extends VBox {

    public static final String STYLE_CLASS = "narration-view";
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final LanguageModel language;
    private final PlaybackModel model;
    private final TraceSource source;
    private final ListView<NarrationLine> lines = new ListView<>();
    private Narrator narrator;
    private int current = -1;
    /** How many events the lines tell now; -1 after a retelling, so the next frame shows them. */
    private int shownApplied = -1;
    /** Whether the current line is to be scrolled into view in the next layout pass. */
    private boolean scrollPending;

    public NarrationView(LanguageModel language, PlaybackModel model, TraceSource source) {
        this.language = language;
        this.model = model;
        this.source = source;
        getStyleClass().add(STYLE_CLASS);

        Label hint = new Label();
        hint.getStyleClass().add("panel-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(language.bind("narration.hint"));
        lines.setId("narration-lines");
        lines.getStyleClass().add("narration-lines");
        lines.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        lines.accessibleTextProperty().bind(language.bind("narration.list.accessible"));
        lines.setCellFactory(list -> new LineCell());
        Label empty = new Label();
        empty.textProperty().bind(language.bind("explain.empty"));
        lines.setPlaceholder(empty);
        lines.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copy(lines.getSelectionModel().getSelectedItems());
                event.consume();
            }
        });
        VBox.setVgrow(lines, Priority.ALWAYS);

        Button copy = new Button();
        copy.setId("narration-copy");
        copy.textProperty().bind(language.bind("narration.copy"));
        copy.disableProperty().bind(lines.getSelectionModel().selectedItemProperty().isNull());
        copy.setOnAction(event -> copy(lines.getSelectionModel().getSelectedItems()));
        Button copyAll = new Button();
        copyAll.setId("narration-copy-all");
        copyAll.textProperty().bind(language.bind("narration.copyAll"));
        copyAll.setOnAction(event -> copy(lines.getItems()));
        HBox actions = new HBox(6, copy, copyAll);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(hint, lines, actions);

        model.cursorProperty().addListener((obs, old, cursor) -> retell());
        model.relativeNumbersProperty().addListener((obs, old, relative) -> retell());
        model.frameProperty().addListener((obs, old, frame) -> show(frame));
        language.messagesProperty().addListener((obs, old, now) -> lines.refresh());
        language.explanationLanguagesProperty().addListener((obs, old, now) -> lines.refresh());
        retell();
    }

    /** A new trace or another numbering: every line is told anew. */
    private void retell() {
        TraceCursor cursor = model.cursorProperty().get();
        narrator = new Narrator(cursor.trace(), model.relativeNumbersProperty().get(), source.learnerFaults(),
                source::timeEstimated);
        lines.getItems().clear();
        shownApplied = -1;
        show(model.frameProperty().get());
    }

    /**
     * Shows the lines up to the frame's step. Lines that stay as they were are kept, so a
     * selection survives playing on; the current line is marked and scrolled just into view.
     */
    private void show(Frame frame) {
        int applied = frame == null ? 0 : Math.min(frame.applied(), narrator.eventCount());
        // While playing, most frames only move packets: the lines change only with the step.
        if (applied == shownApplied) {
            return;
        }
        shownApplied = applied;
        List<NarrationLine> told = narrator.narrate(applied);
        ObservableList<NarrationLine> items = lines.getItems();
        if (items.size() > told.size()) {
            items.remove(told.size(), items.size());
        }
        for (int index = 0; index < told.size(); index++) {
            if (index == items.size()) {
                items.addAll(told.subList(index, told.size()));
                break;
            }
            if (!items.get(index).equals(told.get(index))) {
                items.set(index, told.get(index));
            }
        }
        int now = -1;
        for (int index = told.size() - 1; index >= 0 && applied > 0; index--) {
            if (told.get(index).tells(applied - 1)) {
                now = index;
                break;
            }
        }
        if (now != current) {
            current = now;
            lines.refresh();
        }
        scrollPending = current >= 0;
        requestLayout();
    }

    /**
     * Scrolls the current line just into view (not to the top, so the lines before it stay in
     * sight). The list learns of new lines and of its own size only when it lays out, so this
     * waits for the layout pass, after the list's.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (scrollPending && lines.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            scrollPending = false;
            lines.layout();
            if (current == lines.getItems().size() - 1) {
                // The usual case; the end is the end even before every wrapped line has its height.
                flow.setPosition(1);
            } else {
                flow.scrollTo(current);
            }
        }
    }

    private void copy(List<NarrationLine> chosen) {
        if (chosen.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(chosen.stream().map(this::text).collect(Collectors.joining("\n")) + "\n");
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A line as shown and copied: in 한/EN, in every language, one under the other. */
    private String text(NarrationLine line) {
        return language.explanationLanguages().stream()
                .map((Language each) -> language.text(each, line.sentence()))
                .collect(Collectors.joining("\n"));
    }

    /** The lines shown, for tests: each as it is copied. */
    public List<String> lineTexts() {
        return lines.getItems().stream().map(this::text).toList();
    }

    /** The line of the current step, or -1 before the first step. */
    public int currentLine() {
        return current;
    }

    /** The list of lines, for tests that select and copy. */
    ListView<NarrationLine> list() {
        return lines;
    }

    /** One line: its sentence, wrapped to the panel's width; the current one marked, to the eye and to a screen reader. */
    private final class LineCell extends ListCell<NarrationLine> {

        /** The sentence, wrapped at the list's width: a text node measures its wrapped height where a cell's own text would cut it off. */
        private final Text sentence = new Text();

        LineCell() {
            getStyleClass().add("narration-line");
            sentence.getStyleClass().add("narration-text");
            sentence.wrappingWidthProperty().bind(lines.widthProperty().subtract(36));
            setAccessibleRole(AccessibleRole.LIST_ITEM);
        }

        @Override
        protected void updateItem(NarrationLine line, boolean empty) {
            super.updateItem(line, empty);
            boolean isCurrent = !empty && line != null && getIndex() == current;
            pseudoClassStateChanged(ViewStyles.CURRENT, isCurrent);
            if (empty || line == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            sentence.setText(text(line));
            setGraphic(sentence);
            setAccessibleText(isCurrent ? language.text("narration.current.accessible", sentence.getText()) : sentence.getText());
        }
    }
}
