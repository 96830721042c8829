package tcplab;

import java.util.stream.Stream;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * The one place that builds i18n keys at run time (for a state, a scenario, an event kind).
 * Literal keys are written where they are used; keys built from data are built only here, so
 * the key-usage test can list every key the code may ask for.
 */
public final class TextKeys {

    private TextKeys() {
    }

    /** The short title of a catalogue scenario, e.g. {@code scenario.syn-lost.title}. */
    public static String scenarioTitle(String scenarioId) {
        return "scenario." + scenarioId + ".title";
    }

    /** The one-sentence summary of a catalogue scenario, e.g. {@code scenario.syn-lost.summary}. */
    public static String scenarioSummary(String scenarioId) {
        return "scenario." + scenarioId + ".summary";
    }

    /** Every key the methods of this class can build, for the key-usage test. */
    public static Stream<String> dynamicKeys() {
        return ScenarioCatalog.all().stream()
                .map(Scenario::id)
                .flatMap(id -> Stream.of(scenarioTitle(id), scenarioSummary(id)));
    }
}
