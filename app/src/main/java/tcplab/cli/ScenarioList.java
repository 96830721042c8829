package tcplab.cli;

import java.io.PrintStream;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** The catalogue as {@code trace --list} prints it: one scenario id per line. */
final class ScenarioList {

    private ScenarioList() {
    }

    static void print(PrintStream out) {
        for (Scenario scenario : ScenarioCatalog.all()) {
            out.println(scenario.id());
        }
    }
}
