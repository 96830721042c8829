package tcplab.view;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tcplab.settings.Settings;

/**
 * A settings file of its own for each test, in a temporary folder removed afterwards, so window
 * tests never read or change the learner's remembered language. Register with
 * {@code @RegisterExtension}.
 */
final class TemporarySettings implements AfterEachCallback {

    private final Path folder;
    private final Settings settings;

    TemporarySettings() {
        try {
            folder = Files.createTempDirectory("tcp-handshake-lab-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        settings = Settings.load(file());
    }

    /** Where the settings are saved. */
    Path file() {
        return folder.resolve(LabApplication.SETTINGS_FILE);
    }

    Settings settings() {
        return settings;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        Files.deleteIfExists(file());
        Files.deleteIfExists(folder);
    }
}
