package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's style sheet, and the build's binary copy of it, which JavaFX loads instead of the text. */
class BinaryStyleSheetTest {

    @Test
    void isTheTextConvertedAsItIsNow(@TempDir Path folder) throws IOException, URISyntaxException {
        URL text = LabApplication.class.getResource("lab.css");
        URL binary = LabApplication.class.getResource("lab.bss");
        assertThat(binary).as("lab.bss, made from lab.css by the build").isNotNull();

        File converted = folder.resolve("lab.bss").toFile();
        Stylesheet.convertToBinary(new File(text.toURI()), converted);

        assertThat(Files.readAllBytes(Path.of(binary.toURI()))).isEqualTo(Files.readAllBytes(converted.toPath()));
        assertThat(Stylesheet.loadBinary(binary).getRules()).hasSizeGreaterThan(100);
    }

    /**
     * JavaFX only logs a parse error and drops every rule after it, so a brace lost in a merge
     * would leave half the window unstyled with every other test still passing.
     */
    @Test
    void parsesWithoutAnError() throws IOException {
        CssParser.errorsProperty().clear();

        Stylesheet parsed = new CssParser().parse(LabApplication.class.getResource("lab.css"));

        assertThat(CssParser.errorsProperty()).as("parse errors in lab.css").isEmpty();
        assertThat(parsed.getRules()).hasSizeGreaterThan(100);
    }
}
