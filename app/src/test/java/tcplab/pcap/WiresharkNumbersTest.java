package tcplab.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tcplab.engine.Flag;
import tcplab.engine.LinkSettings;
import tcplab.engine.SegmentSent;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * For every lesson, profile and ISN choice, and with loss: the relative numbers the window and
 * the command line show equal what Wireshark shows for the capture {@code --pcap} writes. The
 * capture is read back, and Wireshark's rule is applied to its packets as Wireshark applies it:
 * per address/port pair and direction, the latest SYN's seq, else the first seq (or the first
 * acknowledgment from the peer) less one; a SYN without ACK with a new seq starts a new stream.
 * (Checked by hand with tshark 4.0 on these captures.)
 */
class WiresharkNumbersTest {

    private static final long MODULUS = 1L << 32;

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (Scenario scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                runs.add(Arguments.of(scenario.id(), profile, true, 0.0));
                runs.add(Arguments.of(scenario.id(), profile, false, 0.0));
                runs.add(Arguments.of(scenario.id(), profile, false, 0.2));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} {1} fixed ISNs {2} loss {3}")
    @MethodSource("runs")
    void everySegmentShowsWiresharksNumbers(String id, TimerProfile profile, boolean fixedIsns, double loss)
            throws PcapFormatException {
        Scenario scenario = ScenarioCatalog.find(id).orElseThrow();
        SimulationInput input = scenario.input(profile, 7, fixedIsns ? OptionalLong.of(1000) : OptionalLong.empty(),
                fixedIsns ? OptionalLong.of(5000) : OptionalLong.empty());
        if (loss > 0) {
            LinkSettings c2s = input.clientToServer();
            LinkSettings s2c = input.serverToClient();
            input = new SimulationInput(input.script(), input.profile(), input.seed(), input.isnClient(),
                    input.isnServer(), new LinkSettings(c2s.delayMicros(), c2s.jitterMicros(), loss, c2s.duplicate(),
                    c2s.reorder()), new LinkSettings(s2c.delayMicros(), s2c.jitterMicros(), loss, s2c.duplicate(),
                    s2c.reorder()), input.faults());
        }
        Trace trace = Simulator.run(input);
        List<PcapRecord> packets = PcapReader.read(PcapWriter.toBytes(trace));

        List<String> shown = new ArrayList<>();
        for (TraceEvent event : trace.events()) {
            if (event instanceof SegmentSent sent) {
                shown.add(trace.relativeNumbers().seq(sent.transmissionId(), sent.segment()) + "/"
                        + trace.relativeNumbers().ack(sent.transmissionId(), sent.segment()));
            }
        }
        assertThat(shown).isEqualTo(wiresharkNumbers(packets));
    }

    /** "seq/ack" of every packet, as Wireshark computes them. */
    private static List<String> wiresharkNumbers(List<PcapRecord> packets) {
        Map<String, Long> base = new HashMap<>();
        List<String> numbers = new ArrayList<>();
        for (PcapRecord packet : packets) {
            String forward = endpoint(packet.source(), packet.sourcePort()) + ">"
                    + endpoint(packet.destination(), packet.destinationPort());
            String reverse = endpoint(packet.destination(), packet.destinationPort()) + ">"
                    + endpoint(packet.source(), packet.sourcePort());
            boolean syn = packet.flags().contains(Flag.SYN);
            boolean ack = packet.flags().contains(Flag.ACK);
            if (syn && !ack && base.containsKey(forward) && base.get(forward) != packet.seq()) {
                base.remove(forward);
                base.remove(reverse);
            }
            if (syn) {
                base.put(forward, packet.seq());
            } else {
                base.putIfAbsent(forward, Math.floorMod(packet.seq() - 1, MODULUS));
            }
            if (ack) {
                base.putIfAbsent(reverse, Math.floorMod(packet.ack() - 1, MODULUS));
            }
            long seq = Math.floorMod(packet.seq() - base.get(forward), MODULUS);
            long acknowledged = ack ? Math.floorMod(packet.ack() - base.get(reverse), MODULUS) : 0;
            numbers.add(seq + "/" + acknowledged);
        }
        return numbers;
    }

    private static String endpoint(InetAddress address, int port) {
        return address.getHostAddress() + ":" + port;
    }
}
