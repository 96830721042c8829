package tcplab.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes the spaces of an embedded font read back as spaces. NanumGothic draws U+0000 and the
 * space with one glyph, and PDFBox writes the lowest of a glyph's characters into the font's
 * ToUnicode map, so every space of a handout was copied, searched and read aloud as U+0000. A
 * page is XML, which cannot hold U+0000 at all, so a glyph mapped to it in a handout's PDF always
 * stands for the other character, the space.
 */
final class SpaceGlyphText {

    /** A single glyph mapped to U+0000 in a bfrange: {@code <0001> <0001> <0000>}. */
    private static final Pattern NUL_RANGE = Pattern.compile("<([0-9A-Fa-f]{4})> <\\1> <0000>");
    /** The same as a bfchar: {@code <0001> <0000>}. */
    private static final Pattern NUL_CHAR = Pattern.compile("(?m)^<([0-9A-Fa-f]{4})> <0000>$");

    private SpaceGlyphText() {
    }

    /** Rewrites the ToUnicode map of every font on {@code document}'s pages. */
    static void repair(PDDocument document) throws IOException {
        Set<COSStream> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font != null && font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream map
                        && done.add(map)) {
                    repair(map);
                }
            }
        }
    }

    private static void repair(COSStream map) throws IOException {
        String text;
        try (InputStream in = map.createInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        String repaired = NUL_CHAR.matcher(NUL_RANGE.matcher(text).replaceAll("<$1> <$1> <0020>"))
                .replaceAll("<$1> <0020>");
        if (!repaired.equals(text)) {
            try (OutputStream out = map.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(repaired.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
    }
}
