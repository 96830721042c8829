package tcplab.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/** The settings file: typed values survive a save and a load; a damaged file costs nothing but the defaults. */
class SettingsTest {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("data").resolve("settings.properties");
    }

    @Test
    void aMissingFileGivesTheDefaultsWithoutAProblem() {
        Settings settings = Settings.load(file());

        assertThat(settings.problem()).isEmpty();
        assertThat(settings.getString("language", "en")).isEqualTo("en");
        assertThat(settings.getInt("course.step", 3)).isEqualTo(3);
    }

    @Test
    void typedValuesSurviveSavingAndLoading() throws IOException {
        Settings settings = Settings.load(file());
        settings.putString("language", "ko");
        settings.putString("note", "줄 하나\n줄 둘\\끝\r");
        settings.putInt("course.step", -42);
        settings.putDouble("view.zoom", 1.25);
        settings.putBoolean("view.dark", true);
        settings.save();

        Settings loaded = Settings.load(file());
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.getString("language", "en")).isEqualTo("ko");
        assertThat(loaded.getString("note", "")).isEqualTo("줄 하나\n줄 둘\\끝\r");
        assertThat(loaded.getInt("course.step", 0)).isEqualTo(-42);
        assertThat(loaded.getDouble("view.zoom", 1)).isEqualTo(1.25);
        assertThat(loaded.getBoolean("view.dark", false)).isTrue();
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).as("no temporary file left behind").containsExactly(file());
        }
    }

    @Test
    void savingReplacesTheFileAndForgetsRemovedKeys() throws IOException {
        Settings settings = Settings.load(file());
        settings.putString("language", "ko");
        settings.putInt("course.step", 2);
        settings.save();
        settings.remove("course.step");
        settings.putString("language", "en");
        settings.save();

        Settings loaded = Settings.load(file());
        assertThat(loaded.getString("language", "")).isEqualTo("en");
        assertThat(loaded.getInt("course.step", -1)).isEqualTo(-1);
    }

    @Test
    void aValueOfTheWrongTypeGivesThatCallsDefault() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "view.zoom=big\ncourse.step=1.5\nview.dark=yes\nnumber=NaN\n");

        Settings settings = Settings.load(file());
        assertThat(settings.problem()).isEmpty();
        assertThat(settings.getDouble("view.zoom", 1)).isEqualTo(1);
        assertThat(settings.getInt("course.step", 7)).isEqualTo(7);
        assertThat(settings.getBoolean("view.dark", false)).isFalse();
        assertThat(settings.getDouble("number", 2)).isEqualTo(2);
    }

    @Test
    void linesEndedTheWindowsWayRead() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "# comment\r\nlanguage=ko\r\n\r\n");

        Settings settings = Settings.load(file());
        assertThat(settings.problem()).isEmpty();
        assertThat(settings.getString("language", "")).isEqualTo("ko");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "language|settings.damage.notKeyValue|line 2 is not of the form key=value|2번째 줄이 key=value 형식이 아닙니다",
        "=ko|settings.damage.notKeyValue|line 2 is not of the form key=value|2번째 줄이 key=value 형식이 아닙니다",
        "lang uage=ko|settings.damage.notKeyValue|line 2 is not of the form key=value|2번째 줄이 key=value 형식이 아닙니다",
        "language=k\\o|settings.damage.badEscape|line 2 has a backslash|2번째 줄의 역슬래시 뒤에",
        "language=ko\\|settings.damage.badEscape|line 2 has a backslash|2번째 줄의 역슬래시 뒤에",
        "a=b<CR>c|settings.damage.bareLineBreak|line 2 holds a line break|2번째 줄에 \\n이나 \\r로 적지 않은 줄바꿈 문자가 있습니다",
    })
    void aDamagedFileGivesTheDefaultsAndSaysWhyInEitherLanguage(String content, String damage, String english,
            String korean) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "ok=1\n" + content.replace("<CR>", "\r") + "\n");

        Settings settings = Settings.load(file());
        Message problem = settings.problem().orElseThrow();
        assertThat(problem.key()).isEqualTo("settings.problem.damaged");
        assertThat(((Message) problem.args().get(1)).key()).isEqualTo(damage);
        assertThat(text(Language.ENGLISH, problem)).startsWith(file() + " is damaged: ").contains(english);
        assertThat(text(Language.KOREAN, problem)).startsWith(file() + " 파일이 손상되었습니다. ").contains(korean)
                .doesNotContain("line");
        assertThat(settings.getString("ok", "default")).isEqualTo("default");
    }

    @Test
    void aFileThatIsNotTextIsDamaged() throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28, '\n'});

        Message problem = Settings.load(file()).problem().orElseThrow();
        assertThat(text(Language.ENGLISH, problem)).endsWith("is damaged: it is not UTF-8 text");
        assertThat(text(Language.KOREAN, problem)).endsWith("파일이 손상되었습니다. UTF-8 텍스트가 아닙니다");
    }

    @Test
    void anOversizedFileIsNotReadAtAll() throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), ("a=" + "x".repeat(Settings.MAX_BYTES)).getBytes(StandardCharsets.UTF_8));

        Message problem = Settings.load(file()).problem().orElseThrow();
        assertThat(text(Language.ENGLISH, problem)).contains("is damaged: it is larger than 1,024 KB");
        assertThat(text(Language.KOREAN, problem)).contains("파일이 손상되었습니다. 파일이 1,024KB보다 큽니다");
    }

    @Test
    void aFileThatCannotBeReadSaysWhyInEitherLanguage() throws IOException {
        // A folder where the file should be: opening it for reading fails on every system.
        Files.createDirectories(file());

        Message problem = Settings.load(file()).problem().orElseThrow();
        assertThat(problem.key()).isEqualTo("settings.problem.unreadable");
        assertThat(text(Language.ENGLISH, problem)).startsWith(file() + " cannot be read: ");
        assertThat(text(Language.KOREAN, problem)).startsWith(file() + " 파일을 읽을 수 없습니다. ");
    }

    private static String text(Language language, Message message) {
        return Messages.of(language).text(message);
    }

    @Test
    void aDamagedFileIsKeptBesideTheNewOneOnSaving() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "this is not a settings file\n");

        Settings settings = Settings.load(file());
        settings.putString("language", "ko");
        settings.save();

        assertThat(Files.readString(file().resolveSibling("settings.properties.damaged")))
                .isEqualTo("this is not a settings file\n");
        assertThat(Settings.load(file()).getString("language", "")).isEqualTo("ko");
    }

    @Test
    void aFolderThatCannotBeMadeFailsTheSaveAndKeepsTheValues() throws IOException {
        Path blocked = folder.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        Settings settings = Settings.load(blocked.resolve("settings.properties"));
        settings.putString("language", "ko");

        assertThatThrownBy(settings::save).isInstanceOf(IOException.class);
        assertThat(settings.getString("language", "")).isEqualTo("ko");
    }

    @Test
    void settingsInMemoryAreNeverWritten() throws IOException {
        Settings settings = Settings.inMemory();
        settings.putString("language", "ko");
        settings.save();

        assertThat(settings.getString("language", "")).isEqualTo("ko");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void keysAreDottedWords() {
        Settings settings = Settings.inMemory();

        assertThatThrownBy(() -> settings.putString("two words", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.putString("a=b", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.putDouble("view.zoom", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
