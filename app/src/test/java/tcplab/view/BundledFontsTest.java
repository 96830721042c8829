package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
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
}
