package tcplab.view;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tcplab.glossary.GlossaryEntry;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/**
 * The glossary: a search field (Korean or English, spaces optional), the entries found, and the
 * chosen entry with its symbols, its Korean and English terms side by side, its other names and
 * its definition in the languages the learner reads, the definition's terms linked in turn. From
 * the keyboard: type, Down or Enter goes to the list, Up/Down choose, Escape clears the search.
 */
public final class GlossaryPanelView extends VBox {

    public static final String STYLE_CLASS = "glossary-panel";
    /** The list's share of the height; the rest is the entry's, whose definition is the longer read. */
    private static final double LIST_SHARE = 0.35;

    private final LanguageModel language;
    private final GlossaryModel glossary;
    private final TextField search = new TextField();
    private final ListView<GlossaryEntry> list = new ListView<>();
    private final Label symbols = new Label();
    private final Label terms = new Label();
    private final VBox aliases = new VBox();
    private final ParagraphsView definition;

    public GlossaryPanelView(LanguageModel language, GlossaryModel glossary) {
        this.language = language;
        this.glossary = glossary;
        this.definition = new ParagraphsView(language, glossary);
        getStyleClass().addAll(STYLE_CLASS, "form");

        search.setId("glossary-search");
        search.promptTextProperty().bind(language.bind("glossary.panel.searchPrompt"));
        search.textProperty().addListener((obs, old, query) -> filter(query));
        search.addEventHandler(KeyEvent.KEY_PRESSED, this::searchKey);
        Label searchLabel = new Label();
        searchLabel.getStyleClass().add("field-label");
        searchLabel.textProperty().bind(language.bind("glossary.panel.search"));
        searchLabel.setLabelFor(search);

        list.setId("glossary-list");
        list.accessibleTextProperty().bind(language.bind("glossary.panel.open"));
        list.getStyleClass().add("glossary-list");
        list.setCellFactory(view -> new EntryCell(language));
        list.getItems().setAll(glossary.search().find(""));
        Label nothingFound = new Label();
        nothingFound.setWrapText(true);
        nothingFound.textProperty().bind(language.bind("glossary.panel.nothingFound"));
        list.setPlaceholder(nothingFound);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                glossary.selectedProperty().set(entry);
            }
        });

        symbols.getStyleClass().addAll("glossary-symbols", ViewStyles.LANGUAGE_NEUTRAL);
        terms.getStyleClass().addAll("glossary-terms", ViewStyles.LANGUAGE_NEUTRAL);
        terms.setWrapText(true);
        terms.setMinHeight(USE_PREF_SIZE);
        aliases.getStyleClass().add("glossary-aliases");
        definition.getStyleClass().add("glossary-definition");
        VBox entry = new VBox(symbols, terms, aliases, definition);
        entry.getStyleClass().add("glossary-entry");
        ScrollPane entryScroll = new ScrollPane(entry);
        entryScroll.setFitToWidth(true);
        entryScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        entryScroll.getStyleClass().add("glossary-entry-scroll");

        SplitPane split = new SplitPane(list, entryScroll);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(LIST_SHARE);
        split.getStyleClass().add("glossary-split");
        setVgrow(split, Priority.ALWAYS);
        searchLabel.setMinWidth(USE_PREF_SIZE);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox searchRow = new HBox(searchLabel, search);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        searchRow.getStyleClass().add("glossary-search-row");
        getChildren().addAll(searchRow, split);

        glossary.selectedProperty().addListener((obs, old, now) -> show(now));
        language.explanationLanguagesProperty().addListener((obs, old, now) -> show(glossary.selectedProperty().get()));
        show(glossary.selectedProperty().get());
    }

    private void filter(String query) {
        GlossaryEntry selected = glossary.selectedProperty().get();
        list.getItems().setAll(glossary.search().find(query));
        if (selected != null && list.getItems().contains(selected)) {
            list.getSelectionModel().select(selected);
        }
    }

    private void searchKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            event.consume();
        } else if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) && !list.getItems().isEmpty()) {
            if (list.getSelectionModel().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
            list.requestFocus();
            event.consume();
        }
    }

    /** Shows {@code entry}, found in the list even if the search had hidden it. */
    private void show(GlossaryEntry entry) {
        aliases.getChildren().clear();
        if (entry == null) {
            symbols.setText("");
            terms.setText("");
            definition.setAll(List.of(Message.of("glossary.panel.choose")), "glossary-definition-text");
            return;
        }
        if (!list.getItems().contains(entry)) {
            search.clear();
        }
        if (list.getSelectionModel().getSelectedItem() != entry) {
            // Opened from a link: bring the entry into view; chosen in the list, it already is.
            list.getSelectionModel().select(entry);
            list.scrollTo(entry);
        }
        symbols.setText(String.join("  ", entry.symbols()));
        symbols.setVisible(!entry.symbols().isEmpty());
        symbols.setManaged(symbols.isVisible());
        terms.setText(bothTerms(language, entry));
        for (Language in : language.explanationLanguages()) {
            Messages texts = language.messages(in);
            List<String> others = entry.aliases(texts);
            if (!others.isEmpty()) {
                Label label = new Label(texts.text("glossary.panel.aliases", String.join(", ", others)));
                label.getStyleClass().add("glossary-alias");
                label.setWrapText(true);
                label.setMinHeight(USE_PREF_SIZE);
                aliases.getChildren().add(label);
            }
        }
        definition.setUnlinked(entry);
        definition.setAll(List.of(entry.definition()), "glossary-definition-text");
    }

    /** The entry's textbook terms in every language, side by side: {@code 확인 응답 번호 · acknowledgment number}. */
    static String bothTerms(LanguageModel language, GlossaryEntry entry) {
        return Arrays.stream(Language.values()).map(in -> entry.term(language.messages(in)))
                .collect(Collectors.joining(" · "));
    }

    /** Puts the keyboard on the entry shown, or on the search while none is. */
    public void focusEntries() {
        Node target = list.getSelectionModel().isEmpty() ? search : list;
        if (target.getScene() != null) {
            target.requestFocus();
            return;
        }
        // The list joins the scene when its split pane is first laid out: focus it then.
        target.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                target.sceneProperty().removeListener(this);
                target.requestFocus();
            }
        });
    }

    /** The search field, for tests. */
    public TextField searchField() {
        return search;
    }

    /** The entries listed, for tests. */
    public ListView<GlossaryEntry> entryList() {
        return list;
    }

    /** The shown entry's definition, for tests. */
    public ParagraphsView definition() {
        return definition;
    }

    /** An entry as listed: its symbols, then its terms in every language. */
    private static final class EntryCell extends ListCell<GlossaryEntry> {
        private final LanguageModel language;

        EntryCell(LanguageModel language) {
            this.language = language;
            getStyleClass().add(ViewStyles.LANGUAGE_NEUTRAL);
            // As wide as the list, never wider: a long name ends in an ellipsis, not a sideways scroll.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(GlossaryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
            } else if (entry.symbols().isEmpty()) {
                setText(bothTerms(language, entry));
            } else {
                setText(entry.symbols().get(0) + "  " + bothTerms(language, entry));
            }
        }
    }
}
