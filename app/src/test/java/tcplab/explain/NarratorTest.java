package tcplab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tcplab.engine.LinkSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.StateChanged;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** The narration tells every event once, in order, in full sentences of either language. */
class NarratorTest {

    private static final Messages ENGLISH = Messages.of(Language.ENGLISH);
    private static final Messages KOREAN = Messages.of(Language.KOREAN);

    @Test
    void theServerReceivesTheSynAndEntersSynReceivedInOneSentence() {
        List<String> english = texts(new Narrator(lesson("handshake", TimerProfile.RFC), true), ENGLISH);
        List<String> korean = texts(new Narrator(lesson("handshake", TimerProfile.RFC), true), KOREAN);

        assertThat(english).contains("0.050 s: Server receives the SYN segment (seq 0, len 0) and enters SYN-RECEIVED.",
                "0.000 s: The application on Client calls connect(), and Client enters SYN-SENT.",
                "0.050 s: Server sends the SYN+ACK segment (seq 0, ack 1, len 0).",
                "240.400 s: Client’s TIME-WAIT timer (2 MSL) expires, and Client enters CLOSED.");
        assertThat(korean).contains("0.050초: 서버가 SYN 세그먼트(seq 0, len 0)를 받고 SYN-RECEIVED 상태가 됩니다.",
                "0.000초: 클라이언트의 애플리케이션이 connect()를 호출하고 클라이언트는 SYN-SENT 상태가 됩니다.");
        // No line tells a state change on its own where its cause is told.
        assertThat(english).noneMatch(line -> line.matches(".*: (Client|Server) enters [A-Z-]+\\."));
    }

    @Test
    void everyEventOfEveryLessonIsToldOnceInOrderInBothLanguages() {
        for (Scenario scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                Trace trace = lesson(scenario.id(), profile);
                List<NarrationLine> lines = new Narrator(trace, true).narrate(trace.events().size());
                List<Integer> told = lines.stream().flatMap(line -> line.events().stream()).sorted().toList();
                assertThat(told).as(scenario.id()).isEqualTo(IntStream.range(0, trace.events().size()).boxed().toList());
                assertThat(lines.stream().map(line -> line.events().get(0)).toList()).as(scenario.id()).isSorted();
                for (NarrationLine line : lines) {
                    String seconds = Formats.seconds(trace.events().get(line.events().get(0)).time());
                    // A merged line is one event and the state change it caused, at its instant.
                    if (line.events().size() == 2) {
                        assertThat(trace.events().get(line.events().get(1))).isInstanceOf(StateChanged.class);
                        assertThat(trace.events().get(line.events().get(1)).time())
                                .isEqualTo(trace.events().get(line.events().get(0)).time());
                    }
                    assertThat(ENGLISH.text(line.sentence())).startsWith(seconds + " s: ").endsWith(".")
                            .doesNotContain("!").doesNotContain("{");
                    assertThat(KOREAN.text(line.sentence())).startsWith(seconds + "초: ").endsWith(".")
                            .doesNotContain("!").doesNotContain("{");
                }
            }
        }
    }

    @Test
    void eventsOfOneInstantKeepTheirOwnSentences() {
        List<String> english = texts(new Narrator(lesson("handshake", TimerProfile.RFC), true), ENGLISH);

        assertThat(english.stream().filter(line -> line.startsWith("0.100 s: ")).toList()).containsExactly(
                "0.100 s: Client receives the SYN+ACK segment (seq 0, ack 1, len 0) and enters ESTABLISHED.",
                "0.100 s: Client stops its retransmission timer.",
                "0.100 s: Client sends the ACK segment (seq 1, ack 1, len 0).",
                "0.100 s: The application on Client writes 64 bytes.",
                "0.100 s: Client sends the DATA segment (seq 1, ack 1, len 64).",
                "0.100 s: Client starts its retransmission timer, set to 1.0 s.");
    }

    @Test
    void aStateChangeJoinsItsCauseOnlyOnceItHasHappened() {
        Trace trace = lesson("handshake", TimerProfile.RFC);
        int stateChange = IntStream.range(0, trace.events().size())
                .filter(i -> trace.events().get(i) instanceof StateChanged change && change.to().name().equals("SYN_RECEIVED"))
                .findFirst().orElseThrow();
        Narrator narrator = new Narrator(trace, true);

        List<NarrationLine> before = narrator.narrate(stateChange);
        List<NarrationLine> after = narrator.narrate(stateChange + 1);

        assertThat(before).hasSameSizeAs(after);
        assertThat(ENGLISH.text(before.get(before.size() - 1).sentence()))
                .isEqualTo("0.050 s: Server receives the SYN segment (seq 0, len 0).");
        assertThat(after.get(after.size() - 1).events()).containsExactly(stateChange - 1, stateChange);
        assertThat(after.get(after.size() - 1).tells(stateChange)).isTrue();
    }

    @Test
    void numbersFollowTheWindowsNumbering() {
        Trace trace = lesson("handshake", TimerProfile.RFC);

        assertThat(texts(new Narrator(trace, false), ENGLISH))
                .contains("0.050 s: Server sends the SYN+ACK segment (seq 5000, ack 1001, len 0).");
    }

    @Test
    void lossesRetransmissionsAndTimersAreToldWithTheirCauseAndValue() {
        List<String> lost = texts(new Narrator(lesson("syn-lost", TimerProfile.RFC), true), ENGLISH);
        assertThat(lost).contains("0.000 s: Client starts its retransmission timer, set to 1.0 s.",
                "1.000 s: Client’s retransmission timer expires.",
                "1.000 s: Client sends the SYN segment (seq 0, len 0) again: a retransmission.");
        assertThat(lost).anyMatch(line -> line.startsWith("0.025 s: The lesson’s fault drops the SYN segment"));

        Trace handshake = lesson("handshake", TimerProfile.LINUX);
        assertThat(texts(new Narrator(handshake, true), ENGLISH))
                .anyMatch(line -> line.matches(".*starts its delayed-ACK timer, set to \\d+ ms\\."));
        assertThat(texts(new Narrator(handshake, true), KOREAN))
                .anyMatch(line -> line.matches(".*지연 ACK 타이머를 \\d+밀리초로 시작합니다\\."));
    }

    @Test
    void aDropTheLearnerAskedForIsToldAsTheirs() {
        Scenario handshake = ScenarioCatalog.find("handshake").orElseThrow();
        SimulationInput base = handshake.input(TimerProfile.RFC, 1, OptionalLong.of(1000), OptionalLong.of(5000));
        List<ScriptedFault> faults = new ArrayList<>(base.faults());
        ScriptedFault mine = ScriptedFault.dropNth(Side.SERVER, 1);
        faults.add(mine);
        Trace trace = Simulator.run(new SimulationInput(base.script(), base.profile(), base.seed(), base.isnClient(),
                base.isnServer(), base.clientToServer(), base.serverToClient(), faults, base.linux()));

        assertThat(texts(new Narrator(trace, true, List.of(mine), index -> false), ENGLISH))
                .anyMatch(line -> line.contains("The network drops the SYN+ACK segment (seq 0, ack 1, len 0) from Server, as you asked."));
        assertThat(texts(new Narrator(trace, true), ENGLISH))
                .anyMatch(line -> line.contains("The lesson’s fault drops the SYN+ACK segment"));
    }

    @Test
    void randomLossAndTheNetworksCopiesAreToldAsSuch() {
        Scenario handshake = ScenarioCatalog.find("handshake").orElseThrow();
        SimulationInput base = handshake.input(TimerProfile.RFC, 3, OptionalLong.of(1000), OptionalLong.of(5000));
        LinkSettings lossy = new LinkSettings(50_000, 0, 0.3, 0.5, 0);
        Trace trace = Simulator.run(new SimulationInput(base.script(), base.profile(), base.seed(), base.isnClient(),
                base.isnServer(), lossy, lossy, base.faults(), base.linux()));

        List<String> english = texts(new Narrator(trace, true), ENGLISH);
        assertThat(english).anyMatch(line -> line.contains("(random loss)."));
        assertThat(english).anyMatch(line -> line.contains("The network duplicates the "));
        assertThat(english).anyMatch(line -> line.contains("receives the network’s second copy of the "));
    }

    @Test
    void anOldDuplicateAndAnEstimatedTimeAreMarked() {
        Trace trace = lesson("old-duplicate-syn", TimerProfile.RFC);

        assertThat(texts(new Narrator(trace, true), ENGLISH))
                .anyMatch(line -> line.contains("which Client sent in an earlier connection, reach the network"))
                .anyMatch(line -> line.contains("receives the old duplicate SYN segment"));
        assertThat(texts(new Narrator(trace, true, List.of(), index -> true), KOREAN))
                .allMatch(line -> line.startsWith("≈ ") && line.contains("초(추정): "));
    }

    private static List<String> texts(Narrator narrator, Messages messages) {
        return narrator.narrate(narrator.eventCount()).stream().map(line -> messages.text(line.sentence())).toList();
    }

    /** The trace of a catalogue lesson with the readable ISNs. */
    private static Trace lesson(String id, TimerProfile profile) {
        return Simulator.run(ScenarioCatalog.find(id).orElseThrow()
                .input(profile, 1, OptionalLong.of(1000), OptionalLong.of(5000)));
    }
}
