package tcplab;

import java.util.logging.Logger;

/**
 * JavaFX warns on every start from the plain classpath ({@code java -jar}) that this is an
 * "unsupported configuration". For this app it is a supported way to run (the installed app runs
 * on the module path), so that one warning is kept out of the learner's terminal; every other
 * JavaFX message still shows.
 */
final class ClasspathWarning {

    static final String PREFIX = "Unsupported JavaFX configuration";

    /** Held here because java.util.logging keeps loggers only weakly: a lost one loses its filter. */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private ClasspathWarning() {
    }

    /** Filters the warning out when the app runs from the classpath; on the module path there is none. */
    static void silence() {
        if (!ClasspathWarning.class.getModule().isNamed()) {
            JAVAFX_LOGGER.setFilter(record -> record.getMessage() == null || !record.getMessage().startsWith(PREFIX));
        }
    }
}
