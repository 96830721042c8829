package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeoutException;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.IkonHandler;
import tcplab.i18n.Language;
import org.testfx.api.FxToolkit;

/** The Korean font loads from the user's own folder, copied there once. */
@Timeout(60)
class BundledFontsTest {

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void copiesTheFontsOnceAndLoadsThem(@TempDir Path home) throws IOException {
        Path folder = home.resolve("fonts");

        assertThat(BundledFonts.load(folder)).isTrue();
        assertThat(Font.getFamilies()).contains(BundledFonts.FAMILY);
        Path regular = folder.resolve("NanumGothic.ttf");
        assertThat(Files.size(regular)).isGreaterThan(1_000_000);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("NanumGothic.ttf", "NanumGothicBold.ttf");
        }

        FileTime written = FileTime.fromMillis(0);
        Files.setLastModifiedTime(regular, written);
        assertThat(BundledFonts.load(folder)).isTrue();
        assertThat(Files.getLastModifiedTime(regular)).as("an intact copy is not written again").isEqualTo(written);
    }

    @Test
    void aDamagedCopyIsReplaced(@TempDir Path home) throws IOException {
        Path folder = home.resolve("fonts");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("NanumGothic.ttf"), "not a font");

        assertThat(BundledFonts.load(folder)).isTrue();
        assertThat(Files.size(folder.resolve("NanumGothic.ttf"))).isGreaterThan(1_000_000);
    }

    @Test
    void aDamagedCopyOfTheRightSizeIsReplaced(@TempDir Path home) throws IOException {
        Path folder = home.resolve("fonts");
        assertThat(BundledFonts.load(folder)).isTrue();
        Path regular = folder.resolve("NanumGothic.ttf");
        byte[] bundled = Files.readAllBytes(regular);
        byte[] damaged = bundled.clone();
        // The size check alone passed such a copy, and every start then warned that the font failed.
        Arrays.fill(damaged, 0, 4096, (byte) 0);
        Files.write(regular, damaged);

        assertThat(BundledFonts.load(folder)).isTrue();
        assertThat(Files.readAllBytes(regular)).isEqualTo(bundled);
    }

    @Test
    void fontsPreparedInTheBackgroundLoad() {
        BundledFonts.prepare();

        assertThat(BundledFonts.load()).isTrue();
        assertThat(Font.getFamilies()).contains(BundledFonts.FAMILY);
    }

    @Test
    void anUnwritableFolderStillLoadsTheFonts(@TempDir Path home) throws IOException {
        Path notAFolder = home.resolve("fonts");
        Files.writeString(notAFolder, "a file where the folder should be");

        assertThat(BundledFonts.load(notAFolder)).isTrue();
    }

    @Test
    void theListedSumsAreThoseOfTheBundledFonts() throws IOException {
        Map<String, String> bundled = new HashMap<>();
        for (Language language : Language.values()) {
            for (String file : language.fonts()) {
                bundled.put(file, sha256(BundledFonts.class.getResource("fonts/" + file)));
            }
        }
        for (IkonHandler handler : ServiceLoader.load(IkonHandler.class)) {
            URL font = handler.getFontResource();
            bundled.put(Path.of(font.getPath()).getFileName().toString(), sha256(font));
        }

        // A font replaced or an Ikonli update without its new sum: every copy would be refused.
        assertThat(listedSums()).isEqualTo(bundled);
    }

    private static Map<String, String> listedSums() throws IOException {
        Map<String, String> sums = new HashMap<>();
        try (InputStream in = BundledFonts.class.getResourceAsStream(BundledFonts.SUMS_RESOURCE)) {
            assertThat(in).as(BundledFonts.SUMS_RESOURCE).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                String[] sumAndName = line.split("  ", 2);
                sums.put(sumAndName[1], sumAndName[0]);
            }
        }
        return sums;
    }

    private static String sha256(URL resource) throws IOException {
        try (InputStream in = resource.openStream()) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
