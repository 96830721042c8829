package tcplab;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The one folder the app writes to, in the user's own space: classroom machines often give no
 * admin rights, and an installed app must not write beside its own files.
 */
public final class UserDataDirectory {

    static final String NAME = "tcp-handshake-lab";

    private UserDataDirectory() {
    }

    /** The folder for this user and system (not created here). */
    public static Path get() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.startsWith("windows")) {
            String localAppData = System.getenv("LOCALAPPDATA");
            return Path.of(localAppData != null ? localAppData : home, "TCP Handshake Lab");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "TCP Handshake Lab");
        }
        String xdgDataHome = System.getenv("XDG_DATA_HOME");
        Path base = xdgDataHome != null && !xdgDataHome.isBlank()
                ? Path.of(xdgDataHome) : Path.of(home, ".local", "share");
        return base.resolve(NAME);
    }
}
