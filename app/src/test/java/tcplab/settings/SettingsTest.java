package tcplab.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    @ValueSource(strings = {"language", "=ko", "lang uage=ko", "language=k\\o", "language=ko\\", "a=b\rc"})
    void aDamagedFileGivesTheDefaultsAndSaysWhy(String content) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "ok=1\n" + content + "\n");

        Settings settings = Settings.load(file());
        assertThat(settings.problem()).get(STRING)
                .contains(file().toString()).contains("line 2");
        assertThat(settings.getString("ok", "default")).isEqualTo("default");
    }

    @Test
    void aFileThatIsNotTextIsDamaged() throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28, '\n'});

        assertThat(Settings.load(file()).problem()).get(STRING)
                .contains("not UTF-8");
    }

    @Test
    void anOversizedFileIsNotReadAtAll() throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), ("a=" + "x".repeat(Settings.MAX_BYTES)).getBytes(StandardCharsets.UTF_8));

        assertThat(Settings.load(file()).problem()).get(STRING)
                .contains("larger than");
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
