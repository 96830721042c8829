package tcplab.view;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import javafx.scene.text.Font;
import org.kordamp.ikonli.IkonResolverProvider;
import tcplab.UserDataDirectory;
import tcplab.i18n.Language;

/**
 * The fonts shipped with the app for the languages that need one ({@link Language#fonts()}). A
 * fresh Linux machine often has no Hangul font at all, and JavaFX would draw boxes; loading them
 * at start makes every language render everywhere.
 */
public final class BundledFonts {

    /** The family every text in the window uses; its Latin letters are fine for English too. */
    public static final String FAMILY = "NanumGothic";

    private static final List<String> FILES =
            Arrays.stream(Language.values()).flatMap(language -> language.fonts().stream()).distinct().toList();
    private static final double SIZE = 13;
    /** The size Ikonli itself loads its fonts at. */
    private static final double ICON_SIZE = 16;

    private BundledFonts() {
    }

    /** Registers the bundled fonts, kept in the user's data folder ({@link #load(Path)}). */
    public static boolean load() {
        return load(UserDataDirectory.get().resolve("fonts"));
    }

    /**
     * Registers the bundled font files with JavaFX, and the icon font the same way. They are
     * copied once into {@code folder} and loaded from there: JavaFX copies a font it gets as a
     * stream or from inside a jar into the system's temporary folder on every start, and an
     * installed app should write only to the user's own folder. If the folder cannot be written,
     * the fonts are loaded from the stream all the same.
     *
     * @param folder a folder of the user's own, created if missing
     * @return true if every font file a language needs loaded
     */
    public static boolean load(Path folder) {
        // Ikonli loads its icon fonts through the loader of whoever asks for its resolver first.
        IkonResolverProvider.getInstance(handler ->
                handler.setFont(loadCopy(handler.getFontResource(), folder, ICON_SIZE)));
        boolean all = true;
        for (String file : FILES) {
            URL resource = BundledFonts.class.getResource("fonts/" + file);
            all &= resource != null && loadCopy(resource, folder, SIZE) != null;
        }
        return all;
    }

    /** The font at {@code resource}, loaded from its copy in {@code folder}; null if it cannot load. */
    private static Font loadCopy(URL resource, Path folder, double size) {
        String name = Path.of(resource.getPath()).getFileName().toString();
        try {
            return Font.loadFont(copyOnce(resource, folder.resolve(name)).toUri().toString(), size);
        } catch (IOException | RuntimeException notCopied) {
            try (InputStream in = resource.openStream()) {
                return Font.loadFont(in, size);
            } catch (IOException e) {
                return null;
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
