package tcplab.view;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import tcplab.TextKeys;
import tcplab.engine.TimerProfile;
import tcplab.scenario.Course;
import tcplab.scenario.CourseLesson;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * Chooses what is simulated: the lesson, the timer profile (RFC or Linux), the seed, the ISNs and,
 * under the Linux profile, the kernel settings.
 */
public final class ScenarioPanelView extends VBox {

    public static final String STYLE_CLASS = "scenario-panel";
    private static final long MAX_ISN = 0xFFFF_FFFFL;

    private final ComboBox<Scenario> picker = new ComboBox<>();

    public ScenarioPanelView(LanguageModel language, SimulatedLesson model) {
        getStyleClass().addAll(STYLE_CLASS, "form");

        Label pickerLabel = fieldLabel(language.bind("scenario.label"));
        picker.setId("scenario-picker");
        // The course's lessons first, in its order; any other lesson of the catalogue after them.
        picker.getItems().setAll(Course.lessons().stream().map(CourseLesson::scenario).toList());
        ScenarioCatalog.all().stream().filter(s -> !picker.getItems().contains(s)).forEach(picker.getItems()::add);
        Function<Scenario, ObservableValue<String>> title = item -> Bindings.createStringBinding(
                () -> numberedTitle(language, item), language.messagesProperty());
        picker.setCellFactory(list -> new LocalizedCell<>(title));
        picker.setButtonCell(new LocalizedCell<>(title));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scenario scenario) {
                return scenario == null ? "" : numberedTitle(language, scenario);
            }

            @Override
            public Scenario fromString(String title) {
                return picker.getItems().stream().filter(s -> toString(s).equals(title)).findFirst().orElse(null);
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.valueProperty().bindBidirectional(model.scenarioProperty());
        pickerLabel.setLabelFor(picker);
        Label summary = new Label();
        summary.getStyleClass().add("scenario-summary");
        summary.setWrapText(true);
        summary.setMinHeight(USE_PREF_SIZE);
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> language.text(TextKeys.scenarioSummary(model.scenarioProperty().get().id())),
                model.scenarioProperty(), language.messagesProperty()));

        Label profileLabel = fieldLabel(language.bind("profile.label"));
        SegmentedButton profiles = new SegmentedButton();
        profiles.setId("profile");
        profileLabel.setLabelFor(profiles);
        for (TimerProfile profile : TimerProfile.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("profile-" + profile.name().toLowerCase());
            button.textProperty().bind(language.bind(TextKeys.profile(profile)));
            button.setUserData(profile);
            button.setSelected(profile == model.profileProperty().get());
            profiles.getButtons().add(button);
        }
        profiles.getToggleGroup().selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else {
                model.profileProperty().set((TimerProfile) selected.getUserData());
            }
        });

        Label seedLabel = fieldLabel(language.bind("seed.label"));
        NumberField seed = new NumberField(language, "seed", 0, Long.MAX_VALUE, model.seedProperty()::set);
        seed.show(model.seedProperty().get());
        seedLabel.setLabelFor(seed.field());

        CheckBox fixedIsn = new CheckBox();
        fixedIsn.setId("fixed-isn");
        fixedIsn.textProperty().bind(language.bind("isn.fixed"));
        fixedIsn.selectedProperty().bindBidirectional(model.fixedIsnProperty());
        Label clientLabel = fieldLabel(language.bind("isn.client"));
        NumberField clientIsn = new NumberField(language, "isn-client", 0, MAX_ISN, model.clientIsnProperty()::set);
        clientIsn.show(model.clientIsnProperty().get());
        clientLabel.setLabelFor(clientIsn.field());
        Label serverLabel = fieldLabel(language.bind("isn.server"));
        NumberField serverIsn = new NumberField(language, "isn-server", 0, MAX_ISN, model.serverIsnProperty()::set);
        serverIsn.show(model.serverIsnProperty().get());
        serverLabel.setLabelFor(serverIsn.field());
        clientIsn.disableProperty().bind(fixedIsn.selectedProperty().not());
        serverIsn.disableProperty().bind(fixedIsn.selectedProperty().not());

        getChildren().addAll(pickerLabel, picker, summary, profileLabel, profiles, seedLabel, seed,
                fixedIsn, clientLabel, clientIsn, serverLabel, serverIsn, new LinuxSettingsView(language, model));
    }

    /** A lesson's title, after its number in the course if it has one: "2. SYN lost". */
    private static String numberedTitle(LanguageModel language, Scenario scenario) {
        String title = language.text(TextKeys.scenarioTitle(scenario.id()));
        return Course.lessonOf(scenario.id()).map(lesson -> lesson.number() + ". " + title).orElse(title);
    }

    static Label fieldLabel(ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }
}
