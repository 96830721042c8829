package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.settings.Settings;

/** 한/EN shows explanations in every language while the window keeps one, and both are remembered. */
class LanguageModelTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();

    @Test
    void sideBySideShowsEveryLanguageInExplanationsAndKeepsTheWindowsLanguage() throws IOException {
        LanguageModel language = new LanguageModel(settings.settings());
        language.switchTo(Language.ENGLISH);
        assertThat(language.explanationLanguages()).containsExactly(Language.ENGLISH);

        language.switchToSideBySide();
        assertThat(language.isSideBySide()).isTrue();
        assertThat(language.explanationLanguages()).containsExactly(Language.KOREAN, Language.ENGLISH);
        assertThat(language.language()).isEqualTo(Language.ENGLISH);
        assertThat(language.text("toolbar.play")).isEqualTo("Play");

        language.switchTo(Language.KOREAN);
        assertThat(language.isSideBySide()).isFalse();
        assertThat(language.explanationLanguages()).containsExactly(Language.KOREAN);
    }

    @Test
    void theChoiceIsRememberedWithTheLastSingleLanguage() throws IOException {
        LanguageModel language = new LanguageModel(settings.settings());
        language.switchTo(Language.KOREAN);
        language.switchToSideBySide();

        LanguageModel next = new LanguageModel(Settings.load(settings.file()));
        assertThat(next.isSideBySide()).isTrue();
        assertThat(next.language()).isEqualTo(Language.KOREAN);
        assertThat(next.explanationLanguages()).containsExactly(Language.KOREAN, Language.ENGLISH);

        next.switchTo(Language.ENGLISH);
        LanguageModel after = new LanguageModel(Settings.load(settings.file()));
        assertThat(after.isSideBySide()).isFalse();
        assertThat(after.explanationLanguages()).containsExactly(Language.ENGLISH);
    }

    @Test
    void aLanguageGivenForOneRunLeavesSideBySideForThatRunOnly() throws IOException {
        LanguageModel language = new LanguageModel(settings.settings());
        language.switchToSideBySide();
        language.show(Language.ENGLISH);
        assertThat(language.explanationLanguages()).containsExactly(Language.ENGLISH);
        assertThat(Settings.load(settings.file()).getBoolean(LanguageModel.SIDE_BY_SIDE_KEY, false)).isTrue();
    }

    @Test
    void textsComeInAnyLanguageWhateverTheWindowShows() throws IOException {
        LanguageModel language = new LanguageModel(settings.settings());
        language.switchTo(Language.ENGLISH);
        Message message = Message.of("explain.duplicated", Message.of("host.client.name"));
        assertThat(language.text(Language.KOREAN, message)).contains("클라이언트가");
        assertThat(language.text(Language.ENGLISH, message)).contains("Client");
        List<Language> changes = new java.util.ArrayList<>();
        language.explanationLanguagesProperty().addListener((obs, old, now) -> changes.addAll(now));
        language.switchToSideBySide();
        assertThat(changes).containsExactly(Language.KOREAN, Language.ENGLISH);
    }
}
