package tcplab.guided;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tcplab.engine.DropCause;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** The "try again with a fault" suggestion: which segment to drop next, and its text. */
class FaultSuggestionTest {

    @Test
    void theHandshakeSuggestsLosingTheSyn() {
        FaultSuggestion suggestion = FaultSuggestion.after(run(LessonInputs.of(lesson("handshake")))).orElseThrow();

        assertThat(suggestion.fault()).isEqualTo(ScriptedFault.dropNth(Side.CLIENT, 1));
        assertThat(suggestion.text().key()).isEqualTo("question.suggestion");
        assertThat(suggestion.text().args()).contains("SYN", "1", Message.of("question.suggestion.SYN"));
    }

    @Test
    void aLessonThatLosesTheSynSuggestsTheSynAckNext() {
        FaultSuggestion suggestion = FaultSuggestion.after(run(LessonInputs.of(lesson("syn-lost")))).orElseThrow();

        assertThat(suggestion.fault()).isEqualTo(ScriptedFault.dropNth(Side.SERVER, 1));
        assertThat(suggestion.text().args()).contains("SYN+ACK");
    }

    @Test
    void followingTheSuggestionsDropsEachSuggestedSegmentAndNeverRepeatsOne() {
        for (TimerProfile profile : TimerProfile.values()) {
            LessonInputs inputs = LessonInputs.of(lesson("handshake")).withProfile(profile);
            List<ScriptedFault> suggested = new ArrayList<>();
            Optional<FaultSuggestion> next = FaultSuggestion.after(run(inputs));
            while (next.isPresent()) {
                ScriptedFault fault = next.get().fault();
                assertThat(suggested).doesNotContain(fault);
                suggested.add(fault);
                inputs = inputs.withFault(fault);
                Trace trace = run(inputs);

                assertThat(trace.events()).anyMatch(e -> e instanceof SegmentDropped dropped
                        && dropped.cause() == DropCause.FAULT && dropped.side() == fault.from()
                        && ordinal(trace, dropped.transmissionId()) == fault.nth());
                next = FaultSuggestion.after(trace);
            }
            assertThat(suggested).as("a loss of each kind the course teaches, under %s", profile).hasSize(6);
        }
    }

    @Test
    void aSuggestionReadsInBothLanguages() {
        for (Scenario scenario : ScenarioCatalog.all()) {
            Optional<FaultSuggestion> suggestion = FaultSuggestion.after(run(LessonInputs.of(scenario)));
            for (Language language : Language.values()) {
                suggestion.ifPresent(s -> assertThat(Messages.of(language).text(s.text())).doesNotContain("!"));
            }
        }
    }

    @Test
    void aRunThatSendsNothingWorthDroppingGetsNoSuggestion() {
        Trace silent = run(LessonInputs.of(lesson("no-answer")).withFault(ScriptedFault.dropNth(Side.CLIENT, 1)));

        assertThat(silent.events()).noneMatch(e -> e instanceof SegmentSent sent && sent.segment().has(Flag.ACK));
        assertThat(FaultSuggestion.after(silent)).isEmpty();
    }

    private static Scenario lesson(String id) {
        return ScenarioCatalog.find(id).orElseThrow();
    }

    private static Trace run(LessonInputs inputs) {
        return Simulator.run(inputs.simulationInput());
    }

    private static int ordinal(Trace trace, int transmissionId) {
        return trace.events().stream().filter(e -> e instanceof SegmentSent sent && sent.transmissionId() == transmissionId)
                .map(e -> ((SegmentSent) e).ordinal()).findFirst().orElse(0);
    }
}
