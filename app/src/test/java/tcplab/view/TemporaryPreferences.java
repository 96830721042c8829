package tcplab.view;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A preferences node of its own for each test, removed afterwards, so window tests never read or
 * change the learner's remembered language. Register with {@code @RegisterExtension}.
 */
final class TemporaryPreferences implements AfterEachCallback {

    private final Preferences node = Preferences.userRoot().node("tcp-handshake-lab-test-" + UUID.randomUUID());

    Preferences node() {
        return node;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        node.removeNode();
    }
}
