package tcplab.view;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.text.Font;

/**
 * The Korean font shipped with the app. A fresh Linux machine often has no Hangul font at all,
 * and JavaFX would draw boxes; loading this one at start makes Korean render everywhere.
 */
public final class BundledFonts {

    /** The family every text in the window uses; its Latin letters are fine for English too. */
    public static final String FAMILY = "NanumGothic";

    private static final List<String> FILES = List.of("NanumGothic.ttf", "NanumGothicBold.ttf");

    private BundledFonts() {
    }

    /**
     * Registers the bundled font files with JavaFX.
     *
     * @return true if every file loaded
     */
    public static boolean load() {
        boolean all = true;
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("fonts/" + file)) {
                all &= in != null && Font.loadFont(in, 13) != null;
            } catch (IOException e) {
                all = false;
            }
        }
        return all;
    }
}
