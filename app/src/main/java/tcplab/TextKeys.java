package tcplab;

import java.util.stream.Stream;

/**
 * The one place that builds i18n keys at run time (for a state, a scenario, an event kind).
 * Literal keys are written where they are used; keys built from data are built only here, so
 * the key-usage test can list every key the code may ask for.
 */
public final class TextKeys {

    private TextKeys() {
    }

    /** Every key the methods of this class can build, for the key-usage test. */
    public static Stream<String> dynamicKeys() {
        return Stream.empty();
    }
}
