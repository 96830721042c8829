package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tcplab.scenario.ScenarioCatalog;

/**
 * An old duplicate SYN on the link (RFC 9293 Figure 8): it reaches the server first, the client
 * resets the server's answer, and its own SYN then opens the connection. Raw numbers, as the
 * figure gives them.
 */
class OldDuplicateSynTest {

    private static Trace run(TimerProfile profile, OptionalLong clientIsn) {
        return Simulator.run(ScenarioCatalog.find("old-duplicate-syn").orElseThrow()
                .input(profile, 1, clientIsn, OptionalLong.of(5000)));
    }

    private static List<SegmentSent> sent(Trace trace) {
        return trace.events().stream().filter(SegmentSent.class::isInstance).map(SegmentSent.class::cast).toList();
    }

    @Test
    void theClientResetsTheAnswerToTheOldSynAndThenConnects() {
        for (TimerProfile profile : TimerProfile.values()) {
            List<SegmentSent> sent = sent(run(profile, OptionalLong.of(1000)));

            SegmentSent old = sent.get(0);
            assertThat(old.oldDuplicate()).isTrue();
            assertThat(old.side()).isEqualTo(Side.CLIENT);
            assertThat(old.segment().flags()).containsExactly(Flag.SYN);
            assertThat(old.segment().seq()).isEqualTo(990);
            SegmentSent realSyn = sent.get(1);
            assertThat(realSyn.oldDuplicate()).isFalse();
            assertThat(realSyn.segment().seq()).isEqualTo(1000);
            SegmentSent answer = sent.get(2);
            assertThat(answer.segment().flags()).containsExactlyInAnyOrder(Flag.SYN, Flag.ACK);
            assertThat(answer.segment().ack()).as("the server acknowledges the old SYN").isEqualTo(991);
            SegmentSent reset = sent.get(3);
            assertThat(reset.side()).isEqualTo(Side.CLIENT);
            assertThat(reset.segment().flags()).containsExactly(Flag.RST);
            assertThat(reset.segment().seq()).as("<SEQ=SEG.ACK><CTL=RST>").isEqualTo(991);
            SegmentSent secondAnswer = sent.get(4);
            assertThat(secondAnswer.segment().ack()).isEqualTo(1001);
            assertThat(sent.stream().filter(SegmentSent::oldDuplicate)).hasSize(1);
        }
    }

    @Test
    void theServerGoesBackToListenAndOnlyTheRealSynEstablishes() {
        Trace trace = run(TimerProfile.RFC, OptionalLong.of(1000));
        List<String> server = trace.events().stream()
                .filter(e -> e instanceof StateChanged c && c.side() == Side.SERVER)
                .map(e -> ((StateChanged) e).to().rfcName()).limit(5).toList();

        assertThat(server).containsExactly("LISTEN", "SYN-RECEIVED", "LISTEN", "SYN-RECEIVED", "ESTABLISHED");
        assertThat(trace.events()).noneMatch(e -> e instanceof AppCall call && call.action() == AppAction.REFUSED);
    }

    @Test
    void itsNumberLiesBelowTheIsnTheClockGivesAsItEnters() {
        Trace trace = run(TimerProfile.RFC, OptionalLong.empty());
        List<SegmentSent> sent = sent(trace);

        long old = sent.get(0).segment().seq();
        long real = sent.get(1).segment().seq();
        // The client connects 10 ms later: 2500 ticks of the 4-microsecond clock, plus the 10 below.
        assertThat((real - old) & 0xFFFF_FFFFL).isEqualTo(2_510);
    }

    @Test
    void itCountsAmongItsSidesSegmentsSoItCanBeDropped() {
        SimulationInput input = ScenarioCatalog.find("old-duplicate-syn").orElseThrow()
                .input(TimerProfile.RFC, 1, OptionalLong.of(1000), OptionalLong.of(5000));
        List<ScriptedFault> faults = new java.util.ArrayList<>(input.faults());
        faults.add(ScriptedFault.dropNth(Side.CLIENT, 1));
        Trace trace = Simulator.run(new SimulationInput(input.script(), input.profile(), input.seed(),
                input.isnClient(), input.isnServer(), input.clientToServer(), input.serverToClient(), faults));

        assertThat(trace.events()).anyMatch(e -> e instanceof SegmentDropped d && d.transmissionId() == 1);
        assertThat(sent(trace)).noneMatch(s -> s.segment().has(Flag.RST));
    }

    @Test
    void anOldSynLiesBelowTheIsnAndEntersDuringTheRun() {
        assertThatThrownBy(() -> new OldDuplicateSyn(Side.CLIENT, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OldDuplicateSyn(Side.CLIENT, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
