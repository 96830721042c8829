package tcplab.view;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import tcplab.TextKeys;
import tcplab.engine.LinuxSetting;
import tcplab.engine.LinuxSettings;
import tcplab.engine.TimerProfile;
import tcplab.scenario.Scenario;

/**
 * The Linux kernel settings of the lesson's hosts, by their sysctl names, each with the range
 * Linux accepts and a one-line explanation. Shown under the Linux profile only, since the RFC
 * profile has none; a change runs the lesson again, as a fault does, and stays when the learner
 * switches lessons, unless the next lesson sets that value itself; each setting says which.
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
            getChildren().addAll(name, value, explanation, origin(language, lesson, setting, id));
        }

        visibleProperty().bind(lesson.profileProperty().isEqualTo(TimerProfile.LINUX));
        managedProperty().bind(visibleProperty());
    }

    /**
     * Where a setting's value comes from, when it matters: the learner's own change, which stays
     * when they switch lessons (as their faults do), or the lesson's own value, which it needs.
     */
    private static Label origin(LanguageModel language, SimulatedLesson lesson, LinuxSetting setting, String id) {
        Label origin = new Label();
        origin.setId(id + "-origin");
        origin.getStyleClass().add("setting-explanation");
        origin.setWrapText(true);
        origin.setMinHeight(USE_PREF_SIZE);
        origin.textProperty().bind(Bindings.createStringBinding(() -> {
            Scenario scenario = lesson.scenarioProperty().get();
            int own = scenario.linux().get(setting);
            if (lesson.linuxProperty().get().get(setting) != own) {
                return language.text("linux.setting.yours", own);
            }
            return scenario.setsItself(setting)
                    ? language.text("linux.setting.lessonValue", own, LinuxSettings.DEFAULTS.get(setting)) : "";
        }, lesson.linuxProperty(), lesson.scenarioProperty(), language.messagesProperty()));
        origin.visibleProperty().bind(origin.textProperty().isNotEmpty());
        origin.managedProperty().bind(origin.visibleProperty());
        return origin;
    }
}
