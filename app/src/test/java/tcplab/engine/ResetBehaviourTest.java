package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A half-open connection: the server never gets the client's ACKs, gives up on its SYN+ACK
 * (tcp_synack_retries = 5) and listens again; when the idle client finally writes, the server's
 * listener answers with RST and the client's application learns of the reset.
 */
class ResetBehaviourTest {

    @Test
    void aHalfOpenConnectionIsResetWhenTheClientWrites() {
        List<ScriptedFault> allClientAcksLost = new ArrayList<>();
        for (int nth = 1; nth <= 10; nth++) {
            allClientAcksLost.add(new ScriptedFault(Side.CLIENT, Optional.of(EnumSet.of(Flag.ACK)), nth,
                    FaultAction.DROP, 0));
        }
        ApplicationScript script = ApplicationScript.of(
                List.of(AppStep.then(AppStep.Action.CONNECT),
                        AppStep.writeOn(AppStep.Trigger.ESTABLISHED, 64).delayedBy(100_000_000L)),
                List.of(AppStep.then(AppStep.Action.LISTEN)));
        SimulationInput input = new SimulationInput(script, TimerProfile.LINUX, 7, OptionalLong.of(1000),
                OptionalLong.of(5000), LinkSettings.CALM, LinkSettings.CALM, allClientAcksLost);

        Trace trace = Simulator.run(input);

        List<String> story = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e instanceof StateChanged c) {
                story.add(c.time() / 1000 + " " + c.side().letter() + " " + c.to().rfcName());
            } else if (e instanceof SegmentSent s && s.segment().has(Flag.RST)) {
                story.add(s.time() / 1000 + " " + s.side().letter() + " sends " + s.segment().flagsJoined("+")
                        + " seq=" + trace.relativeNumbers().seq(s.transmissionId(), s.segment()));
            } else if (e instanceof AppCall a && a.action() == AppAction.RESET) {
                story.add(a.time() / 1000 + " " + a.side().letter() + " reset");
            }
        }
        // SYN+ACK at 50 ms, retransmitted at 1.05, 3.05, 7.05, 15.05, 31.05 s; given up at 63.05 s.
        assertThat(story).containsExactly(
                "0 C SYN-SENT",
                "0 S LISTEN",
                "50 S SYN-RECEIVED",
                "100 C ESTABLISHED",
                "63050 S LISTEN",
                "100150 S sends RST seq=1",
                "100200 C reset",
                "100200 C CLOSED");
    }
}
