package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.glossary.Glossary;
import tcplab.glossary.GlossaryEntry;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.settings.Settings;

/** The 한/EN switch, the explanation's links to the glossary, and the glossary's search, as a learner uses them. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class GlossaryWindowTest {

    private static final String HANGUL = ".*[\\uAC00-\\uD7A3].*";

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;
    private MainView main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    @BeforeEach
    void showWindow(FxRobot robot) {
        main = Labs.showWindow(robot, stage, settings.settings(), Labs::handshake, Language.ENGLISH, new double[] {1280, 800});
        robot.interact(main::focusPlay);
    }

    @Test
    void sideBySideShowsTheExplanationInBothLanguagesAndIsRemembered(FxRobot robot) {
        stepTo(robot, 3);
        List<String> english = main.explanation().sentenceTexts();
        assertThat(english).isNotEmpty().noneMatch(text -> text.matches(HANGUL));

        robot.clickOn("#" + TitleBarView.SIDE_BY_SIDE_ID);
        WaitForAsyncUtils.waitForFxEvents();

        ParagraphsView paragraphs = main.explanation().paragraphs();
        assertThat(paragraphs.paragraphTexts(Language.ENGLISH)).isEqualTo(english);
        List<String> korean = paragraphs.paragraphTexts(Language.KOREAN);
        assertThat(korean).hasSameSizeAs(english).allMatch(text -> text.matches(HANGUL));
        assertThat(main.explanation().sentenceTexts()).as("each paragraph in Korean, then in English")
                .hasSize(2 * english.size()).startsWith(korean.get(0), english.get(0));
        assertThat(robot.lookup(".app-title").queryLabeled().getText())
                .as("the rest of the window keeps its language").isEqualTo("TCP Handshake Lab");
        Settings saved = Settings.load(settings.file());
        assertThat(saved.getBoolean(LanguageModel.SIDE_BY_SIDE_KEY, false)).isTrue();

        robot.clickOn("#language-ko");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.explanation().sentenceTexts()).isEqualTo(korean);
        assertThat(Settings.load(settings.file()).getBoolean(LanguageModel.SIDE_BY_SIDE_KEY, true)).isFalse();
    }

    @Test
    void aTermInTheExplanationOpensTheGlossaryAtItsEntry(FxRobot robot) {
        stepTo(robot, 3);
        List<Hyperlink> links = main.explanation().paragraphs().links();
        assertThat(links).as("terms linked in " + main.explanation().sentenceTexts()).isNotEmpty();
        Hyperlink link = links.get(0);
        GlossaryEntry entry = (GlossaryEntry) link.getUserData();

        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("glossary-tab");
        GlossaryPanelView panel = robot.lookup("." + GlossaryPanelView.STYLE_CLASS).queryAs(GlossaryPanelView.class);
        assertThat(panel.entryList().getSelectionModel().getSelectedItem()).isEqualTo(entry);
        assertThat(panel.entryList().isFocused()).as("the keyboard is on the entry").isTrue();
        assertThat(robot.lookup(".glossary-terms").queryLabeled().getText())
                .contains(entry.term(Messages.of(Language.KOREAN)))
                .contains(entry.term(Messages.of(Language.ENGLISH)));
        assertThat(panel.definition().paragraphTexts()).hasSize(1)
                .allSatisfy(text -> assertThat(text).isEqualTo(Messages.of(Language.ENGLISH).text(entry.definition())));
    }

    @Test
    void theGlossarySearchFindsKoreanWithoutSpacesAndWorksFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#glossary-button");
        WaitForAsyncUtils.waitForFxEvents();
        GlossaryPanelView panel = robot.lookup("." + GlossaryPanelView.STYLE_CLASS).queryAs(GlossaryPanelView.class);
        assertThat(panel.searchField().isFocused()).as("nothing chosen yet: the search has the keyboard").isTrue();
        assertThat(panel.entryList().getItems()).hasSameSizeAs(Glossary.entries());

        robot.write("확인응답번호");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.entryList().getItems()).first().extracting(GlossaryEntry::id).isEqualTo("acknowledgment-number");

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.entryList().isFocused()).isTrue();
        assertThat(main.glossary().selectedProperty().get().id()).isEqualTo("acknowledgment-number");
        assertThat(panel.definition().paragraphTexts()).containsExactly(
                Messages.of(Language.ENGLISH).text("glossary.acknowledgment-number.definition"));

        robot.clickOn(panel.searchField());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.searchField().getText()).isEmpty();
        assertThat(panel.entryList().getItems()).hasSameSizeAs(Glossary.entries());
        assertThat(panel.entryList().getSelectionModel().getSelectedItem().id()).isEqualTo("acknowledgment-number");
    }

    @Test
    void sideBySideShowsTheGlossarysDefinitionInBothLanguages(FxRobot robot) {
        robot.clickOn("#" + TitleBarView.SIDE_BY_SIDE_ID);
        robot.interact(() -> main.glossary().open(Glossary.find("time-wait").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        GlossaryPanelView panel = robot.lookup("." + GlossaryPanelView.STYLE_CLASS).queryAs(GlossaryPanelView.class);
        assertThat(panel.definition().paragraphTexts()).containsExactly(
                Messages.of(Language.KOREAN).text("glossary.time-wait.definition"),
                Messages.of(Language.ENGLISH).text("glossary.time-wait.definition"));
        assertThat(panel.definition().links()).as("a definition links to other entries, never to its own")
                .isNotEmpty().noneMatch(link -> link.getUserData().equals(Glossary.find("time-wait").orElseThrow()));
    }

    /** Steps forward {@code steps} events with the keyboard, as a learner does. */
    private void stepTo(FxRobot robot, int steps) {
        for (int i = 0; i < steps; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
