package tcplab.view;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import tcplab.TextKeys;
import tcplab.engine.LinuxSetting;
import tcplab.engine.TimerProfile;

/**
 * The Linux kernel settings of the lesson's hosts, by their sysctl names, each with the range
 * Linux accepts and a one-line explanation. Shown under the Linux profile only, since the RFC
 * profile has none; a change runs the lesson again, as a fault does.
 */
final class LinuxSettingsView extends VBox {

    static final String STYLE_CLASS = "linux-settings";

    LinuxSettingsView(LanguageModel language, SimulatedLesson lesson) {
        getStyleClass().add(STYLE_CLASS);
        setId("linux-settings");
        Label title = new Label();
        title.getStyleClass().add("linux-settings-title");
        title.textProperty().bind(language.bind("linux.settings.title"));
        Label hint = new Label();
        hint.getStyleClass().add("setting-explanation");
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF_SIZE);
        hint.textProperty().bind(language.bind("linux.settings.hint"));
        getChildren().addAll(title, hint);

        for (LinuxSetting setting : LinuxSetting.values()) {
            String id = "sysctl-" + setting.sysctlName();
            Label name = ScenarioPanelView.fieldLabel(Bindings.createStringBinding(setting::sysctlName));
            name.getStyleClass().add(ViewStyles.LANGUAGE_NEUTRAL); // Linux's own name, in every language
            NumberField value = new NumberField(language, id, setting.min(), setting.max(),
                    chosen -> lesson.linuxProperty().set(lesson.linuxProperty().get().with(setting, (int) chosen)));
            value.show(lesson.linuxProperty().get().get(setting));
            name.setLabelFor(value.field());
            Label explanation = new Label();
            explanation.setId(id + "-explain");
            explanation.getStyleClass().add("setting-explanation");
            explanation.setWrapText(true);
            explanation.setMinHeight(USE_PREF_SIZE);
            explanation.textProperty().bind(language.bind(TextKeys.linuxSetting(setting)));
            lesson.linuxProperty().addListener((obs, old, now) -> value.show(now.get(setting)));
            getChildren().addAll(name, value, explanation);
        }

        visibleProperty().bind(lesson.profileProperty().isEqualTo(TimerProfile.LINUX));
        managedProperty().bind(visibleProperty());
    }
}
