package tcplab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With JavaFX from jars, a cache folder and a temporary folder that cannot be written are named, not taken for a missing desktop. */
class UnpackFoldersTest {

    @Test
    void aFolderIsWritableWhenAFileCanBeMadeInIt(@TempDir Path home) throws IOException {
        Path notAFolder = home.resolve("file");
        Files.writeString(notAFolder, "a file where a folder should be");

        assertThat(UnpackFolders.writable(home.resolve("made").resolve("on demand"))).isTrue();
        assertThat(UnpackFolders.writable(notAFolder)).isFalse();
        assertThat(UnpackFolders.writable(notAFolder.resolve("below"))).isFalse();
    }

    @Test
    void neitherFolderWritableIsNamedInTheMessage(@TempDir Path home) throws IOException {
        Path notAFolder = home.resolve("file");
        Files.writeString(notAFolder, "a file where a folder should be");
        Path cache = notAFolder.resolve("javafx-cache");
        String temporaryFolder = System.getProperty("java.io.tmpdir");

        assertThat(UnpackFolders.problem(cache)).as("the temporary folder is writable").isEmpty();
        assertThat(UnpackFolders.problem(home.resolve("cache"))).as("the cache folder is writable").isEmpty();
        try {
            System.setProperty("java.io.tmpdir", notAFolder.resolve("tmp").toString());
            assertThat(UnpackFolders.problem(cache)).get().asString()
                    .contains(cache.toString()).contains(notAFolder.resolve("tmp").toString())
                    .doesNotContain("desktop");
        } finally {
            System.setProperty("java.io.tmpdir", temporaryFolder);
        }
    }
}
