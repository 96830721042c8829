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
 * A FIN that overtakes the request it follows (the request is held up 30 ms) is held by the
 * server, answered with a duplicate ACK, and taken together with the request when it arrives.
 */
class OutOfOrderTest {

    @Test
    void aFinThatOvertakesItsDataIsHeldUntilTheDataArrives() {
        ApplicationScript halfClose = ScenarioCatalog.find("half-close").orElseThrow().script();
        ScriptedFault requestHeldUp = new ScriptedFault(Side.CLIENT, Optional.of(EnumSet.of(Flag.PSH, Flag.ACK)), 1,
                FaultAction.DELAY, 30_000);
        Trace trace = Simulator.run(new SimulationInput(halfClose, TimerProfile.LINUX, 1, OptionalLong.of(1000),
                OptionalLong.of(5000), LinkSettings.CALM, LinkSettings.CALM, List.of(requestHeldUp)));

        List<String> server = new ArrayList<>();
        for (TraceEvent e : trace.events()) {
            if (e.side() != Side.SERVER || e.time() > 180_000) {
                continue;
            }
            if (e instanceof SegmentDelivered d) {
                server.add(e.time() / 1000 + " recv " + d.segment().flagsJoined("+") + " seq=" + trace.relativeNumbers().seq(d.transmissionId(), d.segment()));
            } else if (e instanceof SegmentSent s) {
                server.add(e.time() / 1000 + " send " + s.segment().flagsJoined("+") + " ack=" + trace.relativeNumbers().ack(s.transmissionId(), s.segment()));
            } else if (e instanceof StateChanged c) {
                server.add(e.time() / 1000 + " " + c.to().rfcName());
            } else if (e instanceof AppCall a && a.action() == AppAction.READ) {
                server.add(e.time() / 1000 + " read " + a.bytes());
            }
        }
        assertThat(server).containsExactly(
                "0 LISTEN",
                "50 recv SYN seq=0",
                "50 SYN-RECEIVED",
                "50 send SYN+ACK ack=1",
                "150 recv ACK seq=1",
                "150 ESTABLISHED",
                "150 recv FIN+ACK seq=65",
                "150 send ACK ack=1",
                "180 recv PSH+ACK seq=1",
                "180 read 64",
                "180 CLOSE-WAIT",
                "180 send ACK ack=66");
    }
}
