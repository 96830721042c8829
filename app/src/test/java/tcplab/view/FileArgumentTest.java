package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** The rule that tells a file given to the window's launcher from a mistyped subcommand. */
class FileArgumentTest {

    @TempDir
    Path folder;

    private final FileArgument rule = new FileArgument();

    @Test
    void anExistingFileOfAnyNameIsOpened() throws Exception {
        Path file = Files.writeString(folder.resolve("trac"), "{}");

        assertThat(rule.convert(file.toString())).isEqualTo(file);
    }

    @Test
    void aMissingFileWithTheLabsEndingsIsStillAFileToReportInTheWindow() {
        for (String name : new String[] {"gone.tcplab", "GONE.TCPLAB", "gone.pcap", "gone.pcapng", "gone.cap"}) {
            Path missing = folder.resolve(name);
            assertThat(rule.convert(missing.toString())).as(name).isEqualTo(missing);
        }
    }

    @Test
    void aFileUriAsAFileManagerPassesItIsAPath() throws Exception {
        Path file = Files.writeString(folder.resolve("수업 1.tcplab"), "{}");

        assertThat(rule.convert(file.toUri().toString())).isEqualTo(file);
        assertThat(rule.convert("FILE:" + file.toUri().getRawPath())).isEqualTo(file);
    }

    @Test
    void aWordThatIsNoFileAndHasNoKnownEndingIsRefused() {
        for (String argument : new String[] {"trac", "sweeep", "notes.txt", "file:relative", "http://example.org/x.tcplab"}) {
            assertThatThrownBy(() -> rule.convert(argument)).as(argument).isInstanceOf(TypeConversionException.class)
                    .hasMessageStartingWith("not a file to open either");
        }
    }
}
