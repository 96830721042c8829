package tcplab.pdf;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's search for a system font with the bundled regular font. PDFBox looks for one
 * whenever a font is not embedded, which openhtmltopdf's built-in fonts (Helvetica and the other
 * standard PDF fonts) are; its own search reads every font file of the system the first time,
 * which takes seconds, and keeps a cache of them in the user's home folder, where the app writes
 * nothing. Handouts draw every text in the bundled fonts, so the stand-in is only ever measured,
 * never seen.
 */
final class BundledFontMapper implements FontMapper {

    private final TrueTypeFont font;

    BundledFontMapper(TrueTypeFont font) {
        this.font = font;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}
