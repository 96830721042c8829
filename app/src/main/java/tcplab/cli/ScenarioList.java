package tcplab.cli;

import java.io.PrintWriter;
import java.util.List;
import tcplab.TextKeys;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** The catalogue as {@code trace --list} prints it: each scenario's id and its English summary. */
final class ScenarioList {

    private ScenarioList() {
    }

    static void print(PrintWriter out) {
        Messages english = Messages.of(Language.ENGLISH);
        List<Scenario> all = ScenarioCatalog.all();
        int width = all.stream().mapToInt(s -> s.id().length()).max().orElse(0);
        for (Scenario scenario : all) {
            String id = scenario.id();
            out.println(id + " ".repeat(width - id.length() + 2) + english.text(TextKeys.scenarioSummary(id)));
        }
    }
}
