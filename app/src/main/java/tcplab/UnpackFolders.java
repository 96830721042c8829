package tcplab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;

/**
 * JavaFX run from jars ({@code java -jar}) unpacks its native libraries before the first window:
 * into its cache folder, else into the temporary folder. When it can write to neither, it prints
 * stack traces and gives up, and the learner would then read that no desktop was found. This
 * check runs first and names the two folders instead. The installed app carries the libraries
 * unpacked in its runtime and needs neither.
 */
final class UnpackFolders {

    private UnpackFolders() {
    }

    /** Why the window cannot open, if JavaFX needs to unpack and can write to neither folder. */
    static Optional<String> problem(Path cacheFolder) {
        boolean fromJars = "file".equals(Application.class.getProtectionDomain().getCodeSource().getLocation().getProtocol());
        Path temporaryFolder = Path.of(System.getProperty("java.io.tmpdir"));
        if (!fromJars || writable(cacheFolder) || writable(temporaryFolder)) {
            return Optional.empty();
        }
        return Optional.of(Messages.of(Language.forLocale(Locale.getDefault()))
                .text("launcher.noWritableFolder", cacheFolder, temporaryFolder));
    }

    /** Whether a file can be made in {@code folder}, creating the folder if it is missing. */
    static boolean writable(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, "write-test", ".tmp"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
