package tcplab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Locale systemLocale = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(systemLocale);
    }

    @Test
    void englishCanBeChosenOnAKoreanMachine() {
        Locale.setDefault(Locale.KOREA);
        assertThat(Messages.of(Language.ENGLISH).text("app.title")).isEqualTo("TCP Handshake Lab");
        assertThat(Messages.of(Language.KOREAN).text("app.title")).isEqualTo("TCP 핸드셰이크 랩");
    }

    @Test
    void fillsPlaceholders() {
        Messages english = Messages.of(Language.ENGLISH);
        assertThat(english.text("error.preferences", "disk full"))
                .isEqualTo("Your settings could not be saved for the next start: disk full");
        assertThat(english.text(Message.of("error.preferences", "x"))).endsWith(": x");
    }

    @Test
    void aMessageArgumentIsPutIntoTheSameLanguage() {
        Message nested = Message.of("explain.duplicated", Message.of("host.client.name"));
        assertThat(Messages.of(Language.ENGLISH).text(nested)).contains("segment Client sent");
        assertThat(Messages.of(Language.KOREAN).text(nested)).contains("클라이언트가 보낸");
    }

    @Test
    void aMissingKeyIsVisibleRatherThanFatal() {
        assertThat(Messages.of(Language.KOREAN).text("no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void languagesAreFoundByTagAndLocale() {
        assertThat(Language.fromTag("KO")).contains(Language.KOREAN);
        assertThat(Language.fromTag("fr")).isEmpty();
        assertThat(Language.forLocale(Locale.KOREA)).isEqualTo(Language.KOREAN);
        assertThat(Language.forLocale(Locale.GERMANY)).isEqualTo(Language.ENGLISH);
    }
}
