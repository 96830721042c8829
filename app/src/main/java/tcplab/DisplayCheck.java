package tcplab;

import java.util.Locale;
import java.util.Map;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;

/**
 * Tells, before JavaFX starts, whether a window can open at all. Without a display JavaFX would
 * fail with a stack trace; a learner on a terminal should read what to do instead.
 */
final class DisplayCheck {

    private DisplayCheck() {
    }

    /** Why the window cannot open, in the system's language. */
    static String noDisplayMessage() {
        return Messages.of(Language.forLocale(Locale.getDefault())).text("launcher.noDisplay");
    }

    static boolean displayAvailable() {
        return displayAvailable(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    /** Only X11 and Wayland desktops can be checked beforehand; other systems always have one. */
    static boolean displayAvailable(String osName, Map<String, String> environment, String glassPlatform) {
        boolean unixDesktop = !osName.toLowerCase(Locale.ROOT).startsWith("windows")
                && !osName.toLowerCase(Locale.ROOT).startsWith("mac");
        if (!unixDesktop || glassPlatform != null) {
            // A chosen glass platform (Monocle for headless tests) brings its own screen.
            return true;
        }
        return isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
