package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.AppAction;
import tcplab.engine.AppCall;
import tcplab.engine.LinuxSetting;
import tcplab.engine.TimerProfile;
import tcplab.i18n.Language;
import tcplab.scenario.ScenarioCatalog;

/** The Linux kernel settings in the Scenario tab: shown with the Linux profile, explained, and run at once. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class LinuxSettingsViewTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theSettingsShowUnderLinuxWithTheirExplanationAndAChangeRunsTheLessonAgain(Language language, FxRobot robot) {
        LabModel[] lab = new LabModel[1];
        MainView main = Labs.showWindow(robot, stage, settings.settings(), () -> lab[0] = Labs.scenario("no-answer"),
                language, new double[] {1280, 800});
        SimulatedLesson lesson = lab[0].lesson();
        Node section = main.lookup("#linux-settings");
        assertThat(section.isVisible()).as("no kernel settings under the RFC profile").isFalse();

        robot.interact(() -> lesson.profileProperty().set(TimerProfile.LINUX));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section.isVisible()).isTrue();
        ResourceBundle texts = ResourceBundle.getBundle("tcplab.i18n.messages", language.locale());
        for (LinuxSetting setting : LinuxSetting.values()) {
            Label explanation = (Label) main.lookup("#sysctl-" + setting.sysctlName() + "-explain");
            assertThat(explanation.getText()).isEqualTo(texts.getString("linux.setting." + setting.name()));
            TextField field = (TextField) main.lookup("#sysctl-" + setting.sysctlName());
            assertThat(field.getText()).isEqualTo(String.valueOf(setting.defaultValue()));
        }
        if (language == Language.KOREAN) {
            assertThat(((Label) main.lookup("#sysctl-tcp_fin_timeout-explain")).getText()).matches(".*[가-힣].*");
        }
        assertThat(giveUpMicros(lab[0])).as("tcp_syn_retries 6, linear 4").isEqualTo(131_000_000L);

        TextField retries = (TextField) main.lookup("#sysctl-tcp_syn_retries");
        enter(robot, retries, "2");
        assertThat(lesson.linuxProperty().get().tcpSynRetries()).isEqualTo(2);
        assertThat(giveUpMicros(lab[0])).as("connect() gives up at 7 s").isEqualTo(7_000_000L);

        enter(robot, retries, "0");
        Label error = (Label) main.lookup("#sysctl-tcp_syn_retries-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("1").contains("127");
        assertThat(lesson.linuxProperty().get().tcpSynRetries()).as("a refused value changes nothing").isEqualTo(2);

        enter(robot, retries, "2");
        assertThat(error.isVisible()).isFalse();
        Label origin = (Label) main.lookup("#sysctl-tcp_syn_retries-origin");
        assertThat(origin.getText()).isEqualTo(MessageFormat.format(texts.getString("linux.setting.yours"), 6));
        robot.interact(() -> lesson.scenarioProperty().set(ScenarioCatalog.find("handshake").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(retries.getText()).as("the learner's change stays, as faults do").isEqualTo("2");
        assertThat(lesson.linuxProperty().get().tcpSynRetries()).isEqualTo(2);
        assertThat(origin.isVisible()).isTrue();
        assertThat(origin.getText()).isEqualTo(MessageFormat.format(texts.getString("linux.setting.yours"), 6));
        assertThat(((Label) main.lookup("#sysctl-tcp_fin_timeout-origin")).isVisible()).as("left alone: nothing to say")
                .isFalse();

        enter(robot, retries, "4");
        robot.interact(() -> lesson.scenarioProperty().set(ScenarioCatalog.find("syn-retries-2").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(retries.getText()).as("the lesson's own setting, which it is about").isEqualTo("2");
        assertThat(origin.getText()).isEqualTo(MessageFormat.format(texts.getString("linux.setting.lessonValue"), 2, 6));
    }

    private static void enter(FxRobot robot, TextField field, String text) {
        robot.interact(() -> {
            field.setText(text);
            field.fireEvent(new ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static long giveUpMicros(LabModel lab) {
        return lab.playback().cursorProperty().get().trace().events().stream()
                .filter(e -> e instanceof AppCall call && call.action() == AppAction.TIMED_OUT)
                .mapToLong(e -> e.time()).findFirst().orElseThrow();
    }
}
