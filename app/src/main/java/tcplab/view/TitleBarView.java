package tcplab.view;

import java.util.function.Function;
import java.io.IOException;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import tcplab.files.IoProblem;
import tcplab.i18n.Language;

/** The band across the top: the app's name, the theme, the zoom and the language switch. */
public final class TitleBarView extends HBox {

    public static final String STYLE_CLASS = "title-bar";
    /** The id of the switch's 한/EN button, which shows every language side by side. */
    public static final String SIDE_BY_SIDE_ID = "language-both";

    private final SegmentedButton languageSwitch = new SegmentedButton();
    private final LanguageModel language;

    public TitleBarView(LanguageModel language, DisplayModel display) {
        this.language = language;
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);

        VBox titles = titles(language);

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
            button.setSelected(!language.isSideBySide() && choice == language.language());
            languageSwitch.getButtons().add(button);
        }
        ToggleButton sideBySide = new ToggleButton();
        sideBySide.setId(SIDE_BY_SIDE_ID);
        sideBySide.textProperty().bind(language.bind("language.sideBySide"));
        Tooltip sideBySideTip = new Tooltip();
        sideBySideTip.textProperty().bind(language.bind("language.sideBySide.tooltip"));
        sideBySide.setTooltip(sideBySideTip);
        sideBySide.setSelected(language.isSideBySide());
        languageSwitch.getButtons().add(sideBySide);
        languageSwitch.getStyleClass().add("language-switch");
        languageSwitch.getToggleGroup().selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                // A segmented switch must always show one language: undo the deselection.
                old.setSelected(true);
                return;
            }
            if (selected == sideBySide) {
                if (!language.isSideBySide()) {
                    remember(language::switchToSideBySide);
                }
                return;
            }
            Language choice = (Language) selected.getUserData();
            if (choice != language.language() || language.isSideBySide()) {
                remember(() -> language.switchTo(choice));
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
        zoom.setCellFactory(list -> new LanguageNeutralCell<Integer>(percent -> percent + " %"));
        zoom.setButtonCell(new LanguageNeutralCell<Integer>(percent -> percent + " %"));
        zoom.valueProperty().bindBidirectional(display.zoomProperty());
        Label zoomLabel = chooserLabel("zoom-label", new FontIcon(MaterialDesignM.MAGNIFY_PLUS_OUTLINE), language.bind("zoom.label"));
        zoomLabel.setLabelFor(zoom);

        display.themeProperty().addListener((obs, old, now) -> remember(display::remember));
        display.zoomProperty().addListener((obs, old, now) -> remember(display::remember));

        // The choosers wrap onto a second row before any text is cut short (a big zoom).
        FlowPane choosers = new FlowPane(chooser(themeLabel, theme), chooser(zoomLabel, zoom),
                chooser(languageLabel, languageSwitch));
        choosers.setAlignment(Pos.CENTER_RIGHT);
        choosers.getStyleClass().add("choosers");
        HBox.setHgrow(choosers, Priority.ALWAYS);
        getChildren().addAll(titles, choosers);
    }

    /** The app's name and subtitle, the band's left end; the window shows them first, alone, while the lab is built. */
    static VBox titles(LanguageModel language) {
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
        return titles;
    }

    /** Places {@code actions} (the course and guided mode, say) right after the app's name. */
    public void addActions(Node... actions) {
        HBox row = new HBox(actions);
        row.getStyleClass().add("title-actions");
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(USE_PREF_SIZE);
        getChildren().add(1, row);
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

    /** Makes a change that is remembered; a failure to store it is told, the change still holds. */
    private void remember(RememberedChange change) {
        try {
            change.make();
        } catch (IOException e) {
            warnNotSaved(e);
        }
    }

    @FunctionalInterface
    private interface RememberedChange {
        void make() throws IOException;
    }

    private void warnNotSaved(IOException e) {
        Alert alert = new Alert(Alert.AlertType.WARNING, language.text("error.preferences", IoProblem.of(e)));
        alert.setHeaderText(null);
        alert.setTitle(language.text("error.title"));
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }

    /** Puts {@code menu} (the File menu) beside the app's name. */
    void addMenu(Node menu) {
        getChildren().add(1, menu);
    }

    /** The 한국어 / English / 한/EN switch. */
    public SegmentedButton languageSwitch() {
        return languageSwitch;
    }
}
