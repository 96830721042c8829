package tcplab.view;

import java.io.IOException;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import tcplab.i18n.Language;

/** The band across the top: the app's name and the language switch. */
public final class TitleBarView extends HBox {

    public static final String STYLE_CLASS = "title-bar";

    private final SegmentedButton languageSwitch = new SegmentedButton();

    public TitleBarView(LanguageModel language) {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.getStyleClass().add("app-title");
        title.textProperty().bind(language.bind("app.title"));
        Label subtitle = new Label();
        subtitle.getStyleClass().add("app-subtitle");
        subtitle.textProperty().bind(language.bind("app.subtitle"));
        VBox titles = new VBox(title, subtitle);
        titles.getStyleClass().add("titles");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label languageLabel = new Label();
        languageLabel.getStyleClass().add("language-label");
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

        getChildren().addAll(titles, spacer, languageLabel, languageSwitch);
    }

    private void switchLanguage(LanguageModel language, Language choice) {
        try {
            language.switchTo(choice);
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.WARNING,
                    language.text("error.preferences", e.getLocalizedMessage()));
            alert.setHeaderText(null);
            alert.setTitle(language.text("error.title"));
            alert.initOwner(getScene() == null ? null : getScene().getWindow());
            alert.show();
        }
    }

    /** The two-button 한국어 / English switch. */
    public SegmentedButton languageSwitch() {
        return languageSwitch;
    }
}
