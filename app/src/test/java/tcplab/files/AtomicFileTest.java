package tcplab.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written whole replaces the old one; a write that fails halfway leaves the old one and nothing else. */
class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void replacesTheFileWithTheWholeContent() throws IOException {
        Path file = folder.resolve("run.csv");
        Files.writeString(file, "old");

        AtomicFile.write(file, out -> out.write("new content".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("new content");
        assertThat(entries()).containsExactly("run.csv");
    }

    @Test
    void aWriteThatFailsLeavesTheOldFileAndNoPartBehind() throws IOException {
        Path file = folder.resolve("run.pcap");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write(new byte[4096]);
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(entries()).containsExactly("run.pcap");
    }

    @Test
    void aMissingFolderIsReportedAndNothingIsWritten() {
        Path file = folder.resolve("no-such-folder").resolve("run.svg");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> out.write(1))).isInstanceOf(IOException.class);
        assertThat(Files.exists(file)).isFalse();
    }

    private Stream<String> entriesStream() throws IOException {
        return Files.list(folder).map(path -> path.getFileName().toString());
    }

    private java.util.List<String> entries() throws IOException {
        try (Stream<String> names = entriesStream()) {
            return names.toList();
        }
    }
}
