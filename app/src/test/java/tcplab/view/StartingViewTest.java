package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.i18n.Language;

/**
 * What the window shows before the lab is built: the learner's language, theme and zoom, styled
 * as the lab's own title bar; and the lab that replaces it draws its playing parts directly.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class StartingViewTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private LanguageModel language;
    private DisplayModel display;
    private Scene scene;

    @Start
    void start(Stage stage) {
        BundledFonts.load();
        language = new LanguageModel(settings.settings());
        language.show(Language.KOREAN);
        display = new DisplayModel(settings.settings());
        display.themeProperty().set(Theme.DARK);
        display.zoomProperty().set(150);
        display.themeProperty().get().applyBase();
        scene = new Scene(new StartingView(language, display), 1280, 800);
        LabApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void showsTheTitleInTheLearnersLanguageThemeAndZoom(FxRobot robot) {
        Labeled title = robot.lookup(".title-bar .app-title").queryLabeled();
        assertThat(title.getText()).isEqualTo("TCP 핸드셰이크 랩");
        assertThat(robot.lookup(".title-bar .app-subtitle").queryLabeled().getText()).isEqualTo("TCP가 연결을 맺고 끊는 과정");
        assertThat(scene.getRoot().getStyleClass()).contains(MainView.STYLE_CLASS, Theme.DARK.styleClass());
        // The style sheet's title size (1.571em) of the zoomed root size: 14 px at 100 %, 21 px at 150 %.
        Font font = title.getFont();
        assertThat(font.getSize()).isCloseTo(1.571 * 21, offset(0.05));
        assertThat(font.getFamily()).isEqualTo(BundledFonts.FAMILY);
    }

    @Test
    void theLabThatReplacesItDrawsItsScrollingPartsDirectly(FxRobot robot) {
        MainView[] main = new MainView[1];
        robot.interact(() -> {
            main[0] = new MainView(language, display, Labs.handshake());
            scene.setRoot(main[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane body = robot.lookup(".lab-body-scroll").queryAs(ScrollPane.class);
        assertThat(DirectViewport.drawsDirectly(body)).as("the window's own scroll").isTrue();
        assertThat(DirectViewport.drawsDirectly(main[0].ladder())).as("the sequence diagram").isTrue();
        // Scroll panes left as JavaFX makes them keep their cached viewport: the check can tell.
        ScrollPane explanation = robot.lookup(".explanation-view .scroll-pane").queryAs(ScrollPane.class);
        assertThat(DirectViewport.drawsDirectly(explanation)).isFalse();

        robot.interact(main[0]::showCourse);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane course = robot.lookup("#course-page").queryAs(ScrollPane.class);
        assertThat(DirectViewport.drawsDirectly(course)).as("the course page, the size of the window").isTrue();
    }
}
