package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tcplab.scenario.ScenarioCatalog;

/**
 * The {@code old-duplicate} lesson on an instant link, with two more mishaps: the server's ACK of
 * the first request is held 1.4 s (it arrives just after the second connection has sent its
 * request), and that request is lost. The client's old duplicate ACK in TIME-WAIT draws an RST from
 * the listening server, which ends TIME-WAIT early (RFC 9293 3.10.7.4), so the second connection
 * opens at once on the same address pair while the old ACK is still in the network.
 */
class ReusedSequenceNumbersTest {

    /** The server's first bare ACK (of the first request) arrives 16 µs after the second request left. */
    private static final ScriptedFault FIRST_ACK_HELD = new ScriptedFault(Side.SERVER,
            Optional.of(EnumSet.of(Flag.ACK)), 1, FaultAction.DELAY, 1_400_016);

    /** The client's third PSH+ACK: the second connection's request (the first one went twice). */
    private static final ScriptedFault SECOND_REQUEST_LOST = new ScriptedFault(Side.CLIENT,
            Optional.of(EnumSet.of(Flag.PSH, Flag.ACK)), 3, FaultAction.DROP, 0);

    private static final long OLD_ACK_ARRIVES = 1_400_016;

    @Test
    void withGeneratedIsnsTheOldAckDoesNotFitAndTheLostRequestGoesAgain() {
        SimulationInput input = input(OptionalLong.empty());
        Trace trace = Simulator.run(input);

        // RFC 9293 3.10.7.4: an ACK of something not yet sent is answered with an ACK and dropped.
        assertThat(clientEventsAt(trace, OLD_ACK_ARRIVES)).containsExactly("recv ACK", "sends ACK");
        assertThat(trace.events()).anyMatch(e -> e instanceof SegmentSent s && s.side() == Side.CLIENT
                && s.retransmission() && s.segment().length() == ScenarioCatalog.REQUEST && s.time() > OLD_ACK_ARRIVES);
        assertThat(Simulator.outcome(input).clientFinal()).isEqualTo(TcpState.CLOSED);
        assertThat(Simulator.outcome(input).serverFinal()).isEqualTo(TcpState.CLOSED);
    }

    /**
     * A fixed ISN repeats the first connection's numbers, so the old ACK fits the second connection
     * and acknowledges the request it lost: the hazard RFC 9293 3.4.1 chooses ISNs against. The
     * client stops retransmitting and waits for a reply; the server still waits for the request.
     * Nothing in RFC 9293 ends this (keep-alives are optional and off), so both stay ESTABLISHED.
     */
    @Test
    void withFixedIsnsTheOldAckAcknowledgesTheLostRequest() {
        SimulationInput input = input(OptionalLong.of(0));
        Trace trace = Simulator.run(input);

        assertThat(clientEventsAt(trace, OLD_ACK_ARRIVES)).containsExactly("recv ACK", "stop RETRANSMISSION");
        assertThat(trace.events()).noneMatch(e -> e instanceof SegmentSent s && s.time() > OLD_ACK_ARRIVES);
        assertThat(Simulator.outcome(input).clientFinal()).isEqualTo(TcpState.ESTABLISHED);
        assertThat(Simulator.outcome(input).serverFinal()).isEqualTo(TcpState.ESTABLISHED);
    }

    private static SimulationInput input(OptionalLong isn) {
        var scenario = ScenarioCatalog.find("old-duplicate").orElseThrow();
        List<ScriptedFault> faults = new ArrayList<>(scenario.faults());
        faults.add(FIRST_ACK_HELD);
        faults.add(SECOND_REQUEST_LOST);
        LinkSettings instant = new LinkSettings(0, 0, 0, 0, 0);
        return new SimulationInput(scenario.script(), TimerProfile.RFC, 1, isn, isn, instant, instant, faults);
    }

    private static List<String> clientEventsAt(Trace trace, long time) {
        List<String> events = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e.time() != time || e.side() != Side.CLIENT) {
                continue;
            }
            if (e instanceof SegmentDelivered d) {
                events.add("recv " + d.segment().flagsJoined("+"));
            } else if (e instanceof SegmentSent s) {
                events.add("sends " + s.segment().flagsJoined("+"));
            } else if (e instanceof TimerCancelled c) {
                events.add("stop " + c.kind());
            } else {
                events.add(e.getClass().getSimpleName());
            }
        }
        return events;
    }
}
