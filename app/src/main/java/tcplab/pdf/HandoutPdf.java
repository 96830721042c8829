package tcplab.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import tcplab.files.AtomicFile;
import tcplab.files.ExplainedIOException;
import tcplab.i18n.Message;

/**
 * A handout page ({@link tcplab.handout.Handout}) as a PDF: laid out by openhtmltopdf from the
 * page's own print style sheet (A4 where it names no size), its inline SVG diagrams drawn as
 * vector graphics by Batik, and its texts in the fonts the app ships, embedded as subsets with
 * their Unicode mapping, so that Korean prints, and can be searched and copied, on a machine
 * without a Korean font. Where the style sheet asks for a generic monospaced font, Latin text is
 * set in PDF's built-in Courier, which every PDF reader has; the few symbols the bundled fonts
 * lack are drawn as look-alikes they have ({@link StandInCharacters}). Page breaks are the style sheet's:
 * the answers start on a new page.
 *
 * <p>The same page gives the same bytes: the PDF holds no date, and its file identifier is
 * derived from the page. Laying a page out takes seconds, the first time in a process longest
 * (the renderer's classes load and its default style sheet is parsed): a window does it in the
 * background.
 */
public final class HandoutPdf {

    private static final float A4_WIDTH_MM = 210;
    private static final float A4_HEIGHT_MM = 297;

    static {
        // The renderer logs every stage at INFO to the console; the command line prints nothing
        // but its own output, and failures reach the caller as exceptions anyway.
        XRLog.setLoggingEnabled(false);
        FontMappers.set(new BundledFontMapper(EmbeddedFont.ALL.get(0).parse()));
        // Batik draws the diagrams' text with Java's own fonts, which know only the system's: on a
        // machine without a Korean font the diagrams' Hangul would be boxes.
        EmbeddedFont.ALL.forEach(EmbeddedFont::registerWithJava2d);
    }

    private HandoutPdf() {
    }

    /**
     * Writes {@code page} as a PDF to {@code target}, replacing it, whole or not at all.
     *
     * @param page a handout page as polyglot XHTML
     * @throws IOException if the page is not well-formed XHTML or the file cannot be written; the
     *                     target is then unchanged
     */
    public static void write(String page, Path target) throws IOException {
        AtomicFile.write(target, out -> write(page, out));
    }

    /**
     * Writes {@code page} as a PDF to {@code out}, which stays open.
     *
     * @param page a handout page as polyglot XHTML
     * @throws IOException if the page is not well-formed XHTML or {@code out} fails
     */
    public static void write(String page, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM)
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                // A handout is self-contained: nothing is fetched, from the network or from files.
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withHtmlContent(StandInCharacters.replace(page), null);
        for (EmbeddedFont font : EmbeddedFont.ALL) {
            builder.useFont(font::stream, font.family(), font.weight(), FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
            // Also the last resort for a character the style sheet's fonts lack, such as the Hangul
            // in a time that the monospaced font (a built-in PDF font, Latin only) is asked for.
            // openhtmltopdf takes a font registered as a last resort for nothing else.
            builder.useFont(font::stream, font.family(), font.weight(), FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
        }
        ByteArrayOutputStream laidOut = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            renderer.getPdfDocument().save(laidOut);
        } catch (RuntimeException e) {
            // The renderer reports a page it cannot parse this way.
            throw new ExplainedIOException(Message.of("io.problem.pdfLayout", String.valueOf(e.getMessage())), e);
        }
        // PDFBox writes the fonts' subsets, and with them their ToUnicode maps, only as it saves a
        // document: the maps can be repaired in the saved one.
        try (PDDocument document = Loader.loadPDF(laidOut.toByteArray())) {
            SpaceGlyphText.repair(document);
            document.getDocumentInformation().setCreationDate(null);
            document.getDocumentInformation().setModificationDate(null);
            document.getDocument().getTrailer().setItem(COSName.ID, identifier(page));
            document.save(out);
        }
        out.flush();
    }

    /**
     * The PDF's file identifier (ISO 32000 14.4), from the page instead of PDFBox's clock-based
     * default: both halves the same, as for a file never changed after it was written.
     */
    private static COSArray identifier(String page) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(page.getBytes(StandardCharsets.UTF_8));
            byte[] half = Arrays.copyOf(digest, 16);
            COSArray identifier = new COSArray();
            identifier.add(new COSString(half));
            identifier.add(new COSString(half));
            return identifier;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
