package tcplab.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import tcplab.i18n.Language;

/**
 * One of the font files the app ships for its languages ({@link Language#fonts()}), read once, with
 * the family and weight its own tables give, so that a PDF names it as the page's style sheet does.
 *
 * @param file   the file's name among the app's fonts
 * @param bytes  the whole file
 * @param family the family name, e.g. NanumGothic
 * @param weight the CSS weight, 400 for regular, 700 for bold
 */
record EmbeddedFont(String file, byte[] bytes, String family, int weight) {

    /** Where the window's fonts are, inside the app. */
    private static final String FOLDER = "/tcplab/view/fonts/";

    /** Every bundled font file, in the order the languages list them. */
    static final List<EmbeddedFont> ALL = Arrays.stream(Language.values())
            .flatMap(language -> language.fonts().stream()).distinct().map(EmbeddedFont::read).toList();

    /** A fresh stream of the file, as the PDF renderer asks for one each time it embeds the font. */
    InputStream stream() {
        return new ByteArrayInputStream(bytes);
    }

    /** The font as PDFBox reads it. */
    TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font " + file + " does not read", e);
        }
    }

    /** Makes the font known to Java 2D, as Batik draws SVG text with it. */
    void registerWithJava2d() {
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, stream()));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("the bundled font " + file + " does not load into Java 2D", e);
        }
    }

    private static EmbeddedFont read(String file) {
        try (InputStream in = EmbeddedFont.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + file + " is missing from " + FOLDER);
            }
            byte[] bytes = in.readAllBytes();
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                return new EmbeddedFont(file, bytes, font.getNaming().getFontFamily(),
                        font.getOS2Windows().getWeightClass());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font " + file + " does not read", e);
        }
    }
}
