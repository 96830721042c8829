package tcplab.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recent files: newest first, each once, at most the limit, and kept across starts in the settings file. */
class RecentFilesTest {

    @TempDir
    Path folder;

    @Test
    void newestFirstEachOnceWithinTheLimitAndRememberedAcrossStarts() throws IOException {
        Path settingsFile = folder.resolve("settings.properties");
        RecentFiles recent = new RecentFiles(Settings.load(settingsFile));
        for (int i = 0; i < RecentFiles.LIMIT + 3; i++) {
            recent.add(folder.resolve("capture-" + i + ".pcap"));
        }
        recent.add(folder.resolve("capture-5.pcap"));

        RecentFiles reloaded = new RecentFiles(Settings.load(settingsFile));

        assertThat(reloaded.list()).hasSize(RecentFiles.LIMIT).doesNotHaveDuplicates();
        assertThat(reloaded.list().get(0)).isEqualTo(folder.resolve("capture-5.pcap"));
        assertThat(reloaded.list().get(1)).isEqualTo(folder.resolve("capture-" + (RecentFiles.LIMIT + 2) + ".pcap"));
        assertThat(reloaded.list()).doesNotContain(folder.resolve("capture-0.pcap"));
    }

    @Test
    void aFileThatCannotBeOpenedAnyMoreIsForgotten() throws IOException {
        RecentFiles recent = new RecentFiles(Settings.inMemory());
        recent.add(folder.resolve("a.pcap"));
        recent.add(folder.resolve("b.pcapng"));

        recent.remove(folder.resolve("a.pcap"));

        assertThat(recent.list()).containsExactly(folder.resolve("b.pcapng"));
    }

    @Test
    void blankLinesInTheStoredListAreSkipped() {
        Settings settings = Settings.inMemory();
        settings.putString(RecentFiles.KEY, folder.resolve("x.pcap") + "\n\n" + folder.resolve("y.pcap"));

        assertThat(new RecentFiles(settings).list()).containsExactly(folder.resolve("x.pcap"), folder.resolve("y.pcap"));
    }
}
