package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tcplab.Launcher;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.explain.EventExplainer;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** {@code trace --explain}: the window's explanations as a last column, end to end through {@link Launcher#run}. */
class TraceExplainTest {

    private static final int EXPLANATION = 8;

    @Test
    void theColumnIsTheWindowsTextForEveryEventOfEveryLesson() {
        for (Scenario scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                // The window opens a lesson with these inputs, and explains it in relative numbers.
                SimulationInput input = LessonInputs.of(scenario).withProfile(profile).simulationInput();
                Trace trace = Simulator.run(input);
                EventExplainer window = new EventExplainer(trace, true, List.of(), EventExplainer.fixedIsns(input));
                Messages korean = Messages.of(Language.KOREAN);
                Messages english = Messages.of(Language.ENGLISH);

                List<String> rows = run("trace", "--scenario", scenario.id(), "--profile",
                        profile.name().toLowerCase(Locale.ROOT), "--seed", "1", "--isn-client", "1000",
                        "--isn-server", "5000", "--explain", "both");

                String lesson = scenario.id() + " " + profile;
                assertThat(rows.get(0)).as(lesson).isEqualTo(TraceTable.HEADER + "\texplanation");
                assertThat(rows).as(lesson).hasSize(trace.events().size() + 1);
                for (int index = 0; index < trace.events().size(); index++) {
                    String[] fields = rows.get(index + 1).split("\t", -1);
                    assertThat(fields).as("%s row %d", lesson, index).hasSize(EXPLANATION + 1);
                    String ko = String.join("\n", window.explain(index).stream().map(korean::text).toList());
                    String en = String.join("\n", window.explain(index).stream().map(english::text).toList());
                    assertThat(unescape(fields[EXPLANATION])).as("%s event %d", lesson, index)
                            .isEqualTo(ko + "\n\n" + en);
                }
            }
        }
    }

    @Test
    void oneLanguageGivesOnlyItsOwnTextInTheNumberingOfTheTable() {
        List<String> english = run("trace", "--scenario", "syn-lost", "--explain", "en");
        List<String> korean = run("trace", "--scenario", "syn-lost", "--explain", "ko");
        List<String> raw = run("trace", "--scenario", "syn-lost", "--explain", "EN", "--absolute");
        List<String> plain = run("trace", "--scenario", "syn-lost");

        assertThat(english).hasSameSizeAs(korean).hasSameSizeAs(raw).hasSizeGreaterThan(plain.size());
        assertThat(english).anyMatch(row -> row.contains("\tarm\t")).anyMatch(row -> row.contains("\tstop\t"));
        assertThat(english.get(3)).contains("\tsend\tSYN\t").contains("relative numbers this SYN is seq 0")
                .doesNotContainPattern("\\p{IsHangul}");
        assertThat(korean.get(3)).containsPattern("\\p{IsHangul}").contains("상대 번호");
        assertThat(raw.get(3)).contains("in raw numbers").doesNotContain("relative");
        // Generated ISNs on the command line unless fixed, and the SYN's text says which.
        assertThat(english.get(3)).contains("RFC 9293 (3.4.1)").doesNotContain("This run fixes it");
        // Every row of the plain table is still there, in order, with the explanation behind it.
        List<String> withoutColumn = english.stream().skip(1).filter(row -> !row.contains("\tarm\t")
                && !row.contains("\tstop\t")).map(row -> row.substring(0, row.lastIndexOf('\t'))).toList();
        assertThat(withoutColumn).isEqualTo(plain.subList(1, plain.size()));
    }

    @Test
    void escapingKeepsEachExplanationOneFieldAndCanBeUndone() {
        String text = "a\tb\nc\\d\re \\n";
        String escaped = TraceTable.escape(text);

        assertThat(escaped).isEqualTo("a\\tb\\nc\\\\d\\re \\\\n").doesNotContain("\t", "\n", "\r");
        assertThat(unescape(escaped)).isEqualTo(text);
        List<String> both = run("trace", "--scenario", "handshake", "--explain", "both");
        assertThat(both).allSatisfy(row -> assertThat(row.split("\t", -1)).hasSize(EXPLANATION + 1));
        assertThat(both.get(3)).contains("\\n\\n").containsPattern("\\p{IsHangul}.*\\\\n\\\\n.*[A-Za-z]");
        String help = String.join("\n", run("trace", "--help"));
        assertThat(help).contains("--explain=ko|en|both").contains("a tab \\t").contains("a newline \\n")
                .contains("backslash is written \\\\").contains("empty line (\\n\\n)");
    }

    /** Reverses {@link TraceTable#escape}: the test's own reading of the documented escapes. */
    private static String unescape(String field) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char next = field.charAt(++i);
            text.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case '\\' -> '\\';
                default -> throw new AssertionError("unknown escape \\" + next + " in " + field);
            });
        }
        return text.toString();
    }

    private static List<String> run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
