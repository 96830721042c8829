package tcplab.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
    /**
     * The SHA-256 sum of every font file copied into the user's folder, by file name, in the
     * format {@code sha256sum} writes. A copy is checked against these rather than against the
     * bundled file itself: hashing that at every start read 10 MB out of the runtime image, whose
     * pages then stayed in the process's resident memory.
     */
    static final String SUMS_RESOURCE = "fonts/SHA256SUMS";
    private static final Map<String, byte[]> BUNDLED_SUMS = bundledSums();

    /** The Korean fonts' copies, being checked in the background since {@link #prepare()}; null before. */
    private static volatile PreparedCopies prepared;

    private BundledFonts() {
    }

    /** The user's folder for the fonts. */
    private static Path folder() {
        return UserDataDirectory.get().resolve("fonts");
    }

    /**
     * Starts checking (and if need be copying) the Korean font files in the user's data folder on
     * a background thread, so that {@link #load()} finds them ready: reading and hashing them
     * then overlaps the start of JavaFX instead of delaying the window. Needs no JavaFX.
     */
    public static void prepare() {
        Path folder = folder();
        prepared = new PreparedCopies(folder, CompletableFuture.supplyAsync(() -> copies(folder)));
    }

    /** Registers the bundled fonts, kept in the user's data folder ({@link #load(Path)}). */
    public static boolean load() {
        return load(folder());
    }

    /**
     * Registers the bundled font files with JavaFX, and the icon font the same way. They are
     * copied into {@code folder} (again whenever a copy's content differs) and loaded from there:
     * JavaFX copies a font it gets as a stream or from inside a jar into the system's temporary
     * folder on every start, and an installed app should write only to the user's own folder. If
     * the folder cannot be written, the fonts are loaded from the stream all the same.
     *
     * @param folder a folder of the user's own, created if missing
     * @return true if every font file a language needs loaded
     */
    public static boolean load(Path folder) {
        // Ikonli loads its icon fonts through the loader of whoever asks for its resolver first.
        // Its Material Design pack has one handler per initial letter, all with the same font
        // file: that file is checked and loaded once, not once per handler.
        Map<String, Font> iconFonts = new HashMap<>();
        IkonResolverProvider.getInstance(handler -> handler.setFont(iconFonts.computeIfAbsent(
                handler.getFontResource().toExternalForm(),
                resource -> load(handler.getFontResource(), copy(handler.getFontResource(), folder), ICON_SIZE))));
        PreparedCopies ready = prepared;
        Map<String, Optional<Path>> copies = ready != null && ready.folder().equals(folder)
                ? ready.copies().join() : copies(folder);
        boolean all = true;
        for (String file : FILES) {
            URL resource = BundledFonts.class.getResource("fonts/" + file);
            all &= resource != null && load(resource, copies.get(file), SIZE) != null;
        }
        return all;
    }

    /** The Korean font files' copies in {@code folder}, by file name; empty where none could be made. */
    private static Map<String, Optional<Path>> copies(Path folder) {
        Map<String, Optional<Path>> copies = new HashMap<>();
        for (String file : FILES) {
            URL resource = BundledFonts.class.getResource("fonts/" + file);
            copies.put(file, resource == null ? Optional.empty() : copy(resource, folder));
        }
        return copies;
    }

    private static Optional<Path> copy(URL resource, Path folder) {
        String name = Path.of(resource.getPath()).getFileName().toString();
        try {
            return Optional.of(copyOnce(resource, folder.resolve(name)));
        } catch (IOException | RuntimeException notCopied) {
            return Optional.empty();
        }
    }

    /** The font at {@code resource}, loaded from its copy if there is one; null if it cannot load. */
    private static Font load(URL resource, Optional<Path> copy, double size) {
        if (copy.isPresent()) {
            Font font = Font.loadFont(copy.get().toUri().toString(), size);
            if (font != null) {
                return font;
            }
        }
        try (InputStream in = resource.openStream()) {
            return Font.loadFont(in, size);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The copy in the user's folder, written unless one with the bundled content (by its SHA-256
     * sum, {@link #SUMS_RESOURCE}) is already there: a damaged copy would fail to load, or load
     * wrong, on every start.
     */
    private static Path copyOnce(URL resource, Path target) throws IOException {
        String name = target.getFileName().toString();
        byte[] bundled = BUNDLED_SUMS.get(name);
        if (bundled == null) {
            throw new IOException("no SHA-256 sum listed for " + name);
        }
        if (Files.isRegularFile(target)) {
            try (InputStream in = Files.newInputStream(target)) {
                if (MessageDigest.isEqual(bundled, sha256(in))) {
                    return target;
                }
            }
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

    private record PreparedCopies(Path folder, CompletableFuture<Map<String, Optional<Path>>> copies) {
    }

    /** The sums in {@link #SUMS_RESOURCE}: one line per file, the sum in hexadecimal, two spaces, the name. */
    private static Map<String, byte[]> bundledSums() {
        Map<String, byte[]> sums = new HashMap<>();
        try (InputStream in = BundledFonts.class.getResourceAsStream(SUMS_RESOURCE)) {
            if (in == null) {
                return sums;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                String[] sumAndName = line.strip().split("\\s+\\*?", 2);
                if (sumAndName.length == 2) {
                    sums.put(sumAndName[1], HexFormat.of().parseHex(sumAndName[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sums;
    }

    /** Streamed through the digest rather than read whole: a file's pages are not kept in the heap. */
    private static byte[] sha256(InputStream content) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
            digest.update(buffer, 0, read);
        }
        return digest.digest();
    }
}
