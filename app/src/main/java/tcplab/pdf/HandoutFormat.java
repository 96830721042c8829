package tcplab.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import tcplab.files.AtomicFile;

/**
 * The forms a handout is saved in, told apart by the file name's extension: the HTML page itself,
 * or the page laid out as a PDF ({@link HandoutPdf}). The command line and the window's export
 * choose by it.
 */
public enum HandoutFormat {

    /** The page as it is, UTF-8: prints from a browser. */
    HTML("html", "htm", "xhtml"),
    /** The page on A4 pages with the fonts embedded. */
    PDF("pdf");

    private final String extension;
    private final String[] otherExtensions;

    HandoutFormat(String extension, String... otherExtensions) {
        this.extension = extension;
        this.otherExtensions = otherExtensions;
    }

    /** The extension a new file of this format gets, without the dot. */
    public String extension() {
        return extension;
    }

    /** The format {@code file}'s extension names, in any case; empty for another extension or none. */
    public static Optional<HandoutFormat> of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toString();
        String extension = text.substring(text.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (extension.length() == text.length()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)
                || Arrays.asList(format.otherExtensions).contains(extension)).findFirst();
    }

    /**
     * Writes {@code page}, a handout page as polyglot XHTML, to {@code target} in this format,
     * whole or not at all.
     *
     * @throws IOException if the file cannot be written, or the page cannot be laid out as a PDF;
     *                     the target is then unchanged
     */
    public void write(String page, Path target) throws IOException {
        AtomicFile.write(target, out -> write(page, out));
    }

    /**
     * Writes {@code page}, a handout page as polyglot XHTML, to {@code out} in this format.
     *
     * @throws IOException if {@code out} fails, or the page cannot be laid out as a PDF
     */
    public void write(String page, OutputStream out) throws IOException {
        switch (this) {
            case HTML -> out.write(page.getBytes(StandardCharsets.UTF_8));
            case PDF -> HandoutPdf.write(page, out);
        }
    }
}
