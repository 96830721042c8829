package tcplab.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcplab.i18n.Language;

/** The file name's extension chooses the form, and each form writes what it says. */
class HandoutFormatTest {

    @Test
    void theExtensionInAnyCaseNamesTheFormat() {
        assertThat(HandoutFormat.of(Path.of("lesson.pdf"))).contains(HandoutFormat.PDF);
        assertThat(HandoutFormat.of(Path.of("dir", "Lesson 2.PDF"))).contains(HandoutFormat.PDF);
        assertThat(HandoutFormat.of(Path.of("lesson.html"))).contains(HandoutFormat.HTML);
        assertThat(HandoutFormat.of(Path.of("lesson.htm"))).contains(HandoutFormat.HTML);
        assertThat(HandoutFormat.of(Path.of("lesson.xhtml"))).contains(HandoutFormat.HTML);
        assertThat(HandoutFormat.of(Path.of("lesson.txt"))).isEmpty();
        assertThat(HandoutFormat.of(Path.of("pdf"))).isEmpty();
        assertThat(HandoutFormat.of(Path.of("lesson."))).isEmpty();
        assertThat(HandoutFormat.PDF.extension()).isEqualTo("pdf");
        assertThat(HandoutFormat.HTML.extension()).isEqualTo("html");
    }

    @Test
    void eachFormatWritesItsOwnKindOfFile(@TempDir Path folder) throws Exception {
        String page = HandoutPdfTest.handout(List.of(Language.ENGLISH));
        Path html = folder.resolve("handout.html");
        Path pdf = folder.resolve("handout.pdf");

        HandoutFormat.HTML.write(page, html);
        HandoutFormat.PDF.write(page, pdf);

        assertThat(Files.readString(html, StandardCharsets.UTF_8)).isEqualTo(page);
        assertThat(Files.readAllBytes(pdf)).isEqualTo(HandoutPdfTest.pdf(page));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
