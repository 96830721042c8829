package tcplab.view;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.scene.text.Font;
import tcplab.UserDataDirectory;

/**
 * The Korean font shipped with the app. A fresh Linux machine often has no Hangul font at all,
 * and JavaFX would draw boxes; loading this one at start makes Korean render everywhere.
 */
public final class BundledFonts {

    /** The family every text in the window uses; its Latin letters are fine for English too. */
    public static final String FAMILY = "NanumGothic";

    private static final List<String> FILES = List.of("NanumGothic.ttf", "NanumGothicBold.ttf");
    private static final double SIZE = 13;

    private BundledFonts() {
    }

    /** Registers the bundled fonts, kept in the user's data folder ({@link #load(Path)}). */
    public static boolean load() {
        return load(UserDataDirectory.get().resolve("fonts"));
    }

    /**
     * Registers the bundled font files with JavaFX. They are copied once into {@code folder} and
     * loaded from there: JavaFX copies a font it gets as a stream into the system's temporary
     * folder on every start, and an installed app should write only to the user's own folder.
     * If the folder cannot be written, the fonts are loaded as streams all the same.
     *
     * @param folder a folder of the user's own, created if missing
     * @return true if every file loaded
     */
    public static boolean load(Path folder) {
        boolean all = true;
        for (String file : FILES) {
            all &= load(file, folder);
        }
        return all;
    }

    private static boolean load(String file, Path folder) {
        URL resource = BundledFonts.class.getResource("fonts/" + file);
        if (resource == null) {
            return false;
        }
        try {
            return Font.loadFont(copyOnce(resource, folder.resolve(file)).toUri().toString(), SIZE) != null;
        } catch (IOException | RuntimeException notCopied) {
            try (InputStream in = resource.openStream()) {
                return Font.loadFont(in, SIZE) != null;
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** The copy in the user's folder, written unless an identical-sized one is already there. */
    private static Path copyOnce(URL resource, Path target) throws IOException {
        long size = resource.openConnection().getContentLengthLong();
        if (size > 0 && Files.isRegularFile(target) && Files.size(target) == size) {
            return target;
        }
        Files.createDirectories(target.getParent());
        // Written beside the target and moved into place, so a half-written file is never loaded.
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        return target;
    }
}
