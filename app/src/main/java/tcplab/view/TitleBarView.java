package tcplab.view;

import java.util.function.Function;
import java.io.IOException;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import tcplab.i18n.Language;

/** The band across the top: the app's name, the theme, the zoom and the language switch. */
public final class TitleBarView extends HBox {

    public static final String STYLE_CLASS = "title-bar";

    private final SegmentedButton languageSwitch = new SegmentedButton();
    private final LanguageModel language;

    public TitleBarView(LanguageModel language, DisplayModel display) {
        this.language = language;
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.getStyleClass().add("app-title");
        title.textProperty().bind(language.bind("app.title"));
        Label subtitle = new Label();
        subtitle.getStyleClass().add("app-subtitle");
        subtitle.textProperty().bind(language.bind("app.subtitle"));
        title.setMinWidth(USE_PREF_SIZE);
        subtitle.setMinWidth(USE_PREF_SIZE);
        VBox titles = new VBox(title, subtitle);
        titles.getStyleClass().add("titles");

        Label languageLabel = new Label();
        languageLabel.getStyleClass().addAll("chooser-label", "language-label");
        languageLabel.setGraphic(new FontIcon(MaterialDesignT.TRANSLATE));
        languageLabel.textProperty().bind(language.bind("language.label"));
        languageLabel.setLabelFor(languageSwitch);

        for (Language choice : Language.values()) {
            // Each language is named in itself, so a learner finds theirs whatever is showing.
            ToggleButton button = new ToggleButton(choice.nativeName());
            button.setId("language-" + choice.tag());
            button.setUserData(choice);
            button.setSelected(choice == language.language());
            languageSwitch.getButtons().add(button);
        }
        languageSwitch.getStyleClass().add("language-switch");
        languageSwitch.getToggleGroup().selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // A segmented switch must always show one language: undo the deselection.
                old.setSelected(true);
                return;
            }
            Language choice = (Language) selected.getUserData();
            if (choice != language.language()) {
                switchLanguage(language, choice);
            }
        });

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("theme");
        theme.getItems().setAll(Theme.values());
        Function<Theme, ObservableValue<String>> themeName = item -> switch (item) {
            case LIGHT -> language.bind("theme.LIGHT");
            case DARK -> language.bind("theme.DARK");
            case HIGH_CONTRAST -> language.bind("theme.HIGH_CONTRAST");
        };
        theme.setCellFactory(list -> new LocalizedCell<>(themeName));
        theme.setButtonCell(new LocalizedCell<>(themeName));
        theme.valueProperty().bindBidirectional(display.themeProperty());
        Label themeLabel = chooserLabel("theme-label", new FontIcon(MaterialDesignP.PALETTE_OUTLINE), language.bind("theme.label"));
        themeLabel.setLabelFor(theme);

        ComboBox<Integer> zoom = new ComboBox<>();
        zoom.setId("zoom");
        zoom.getItems().setAll(DisplayModel.ZOOM_STEPS);
        zoom.setCellFactory(list -> new ZoomCell());
        zoom.setButtonCell(new ZoomCell());
        zoom.valueProperty().bindBidirectional(display.zoomProperty());
        Label zoomLabel = chooserLabel("zoom-label", new FontIcon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE), language.bind("zoom.label"));
        zoomLabel.setLabelFor(zoom);

        display.themeProperty().addListener((obs, old, now) -> remember(display));
        display.zoomProperty().addListener((obs, old, now) -> remember(display));

        // The choosers wrap onto a second row before any text is cut short (a big zoom).
        FlowPane choosers = new FlowPane(chooser(themeLabel, theme), chooser(zoomLabel, zoom),
                chooser(languageLabel, languageSwitch));
        choosers.setAlignment(Pos.CENTER_RIGHT);
        choosers.getStyleClass().add("choosers");
        HBox.setHgrow(choosers, Priority.ALWAYS);
        getChildren().addAll(titles, choosers);
    }

    private static HBox chooser(Label label, Node control) {
        label.setMinWidth(USE_PREF_SIZE);
        HBox chooser = new HBox(label, control);
        chooser.setAlignment(Pos.CENTER_LEFT);
        chooser.getStyleClass().add("chooser");
        return chooser;
    }

    private static Label chooserLabel(String styleClass, FontIcon icon, ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().addAll("chooser-label", styleClass);
        label.setGraphic(icon);
        label.textProperty().bind(text);
        return label;
    }

    private void switchLanguage(LanguageModel language, Language choice) {
        try {
            language.switchTo(choice);
        } catch (IOException e) {
            warnNotSaved(e);
        }
    }

    private void remember(DisplayModel display) {
        try {
            display.remember();
        } catch (IOException e) {
            warnNotSaved(e);
        }
    }

    private void warnNotSaved(IOException e) {
        Alert alert = new Alert(Alert.AlertType.WARNING, language.text("error.preferences", e.getLocalizedMessage()));
        alert.setHeaderText(null);
        alert.setTitle(language.text("error.title"));
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }

    /** Puts actions (buttons) between the app's name and the choosers, in the order given. */
    public void addActions(Node... actions) {
        HBox group = new HBox(actions);
        group.setAlignment(Pos.CENTER_LEFT);
        group.getStyleClass().add("title-actions");
        getChildren().add(getChildren().size() - 1, group);
    }

    /** The two-button 한국어 / English switch. */
    public SegmentedButton languageSwitch() {
        return languageSwitch;
    }

    /** A zoom written the same way in every language, e.g. {@code 150 %}. */
    private static final class ZoomCell extends ListCell<Integer> {
        ZoomCell() {
            getStyleClass().add(ViewStyles.LANGUAGE_NEUTRAL);
        }

        @Override
        protected void updateItem(Integer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item + " %");
        }
    }
}
