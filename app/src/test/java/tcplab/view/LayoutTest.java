package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import tcplab.engine.SegmentSent;
import tcplab.i18n.Language;

/**
 * From the smallest window to full HD, in both languages, everything fits, no text is cut short,
 * and the explanation has more of the right column than the settings.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class LayoutTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @Test
    void noTextIsClippedAtAnySizeInEitherLanguage(FxRobot robot) {
        for (double[] size : List.of(new double[] {1024, 700}, new double[] {1280, 800}, new double[] {1920, 1080})) {
            for (Language language : Language.values()) {
                MainView main = show(robot, language, size);
                assertThat(main.minWidth(-1)).as("min width at %s", describe(size, language)).isLessThanOrEqualTo(size[0]);
                assertThat(main.minHeight(-1)).as("min height at %s", describe(size, language)).isLessThanOrEqualTo(size[1]);
                int checked = 0;
                for (Labeled labeled : labeled(main)) {
                    Text shown = (Text) labeled.lookup(".text");
                    if (shown != null && labeled.getText() != null && !labeled.getText().isBlank()) {
                        assertThat(shown.getText()).as("%s at %s", labeled, describe(size, language))
                                .isEqualTo(labeled.getText());
                        checked++;
                    }
                }
                assertThat(checked).as("texts checked at %s", describe(size, language)).isGreaterThan(40);
                Region explanation = (Region) main.lookup(".explanation-view");
                Region settings = (Region) main.lookup(".settings-tabs");
                assertThat(explanation.getHeight()).as("explanation height against the settings at %s",
                        describe(size, language)).isGreaterThan(settings.getHeight());
            }
        }
    }

    /** The lost-SYN lesson just after the retransmission: timers, badges and a full explanation on screen. */
    private MainView show(FxRobot robot, Language language, double[] size) {
        return Labs.showWindow(robot, stage, settings.settings(), () -> {
            LabModel model = Labs.scenario("syn-lost");
            long resent = model.playback().cursorProperty().get().trace().events().stream()
                    .filter(e -> e instanceof SegmentSent s && s.retransmission()).findFirst().orElseThrow().time();
            model.playback().seek(resent + 10_000);
            return model;
        }, language, size);
    }

    private static String describe(double[] size, Language language) {
        return (int) size[0] + "x" + (int) size[1] + " " + language;
    }

    private static List<Labeled> labeled(Parent parent) {
        List<Labeled> result = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Labeled l) {
                result.add(l);
            }
            if (child instanceof Parent p) {
                result.addAll(labeled(p));
            }
        }
        return result;
    }
}
