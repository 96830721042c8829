package tcplab.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static tcplab.pcap.CaptureFilesTest.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tcplab.engine.FaultAction;
import tcplab.engine.Flag;
import tcplab.engine.LinkSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.pcap.PcapFormatException;
import tcplab.pcap.PcapWriter;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * Captures taken at one end of a simulated connection, as tcpdump on the client or the server
 * would take them: the host's own segments as they leave, the peer's as they arrive, and none of
 * the peer's segments the link lost. The capture point is found from the timing alone, far-side
 * times are estimated exactly on the lessons' symmetric links, the states are the simulated
 * ones. A segment lost before the capture point shows as the gap it leaves, one lost after it as
 * a segment sent again without an answer.
 */
class OneEndCaptureTest {

    /**
     * Lessons whose every state change a capture at either end can place. Left out at the
     * server: a client's segment lost before reaching it (syn-lost, fin-lost), which that capture
     * never sees; and a simultaneous open, whose client is whichever SYN a capture shows first,
     * so at the server the roles swap. Left out at both: a lost segment whose loss shows only on
     * the other end (a SYN+ACK lost on the way to the client looks, at the client, like a lost
     * SYN), a refused SYN (one exchange, SYN and RST, shows the round trip but not which end it
     * was seen from), and the lessons where a timer, not a segment, ends a state (old
     * duplicates, FIN-WAIT-2 timing out, connect() giving up).
     */
    static Stream<Arguments> lessonsAndEnds() {
        List<Arguments> cases = new ArrayList<>();
        for (String id : List.of("handshake", "server-close", "syn-lost", "fin-lost", "simultaneous-open",
                "simultaneous-close", "half-close", "late-close", "abort", "long-delay")) {
            for (TimerProfile profile : TimerProfile.values()) {
                cases.add(Arguments.of(id, profile, Side.CLIENT));
                if (!List.of("syn-lost", "fin-lost", "simultaneous-open").contains(id)) {
                    cases.add(Arguments.of(id, profile, Side.SERVER));
                }
            }
        }
        return cases.stream();
    }

    /**
     * What a capture on {@code host} records of a run: its own sends, and the peer's segments
     * when they arrive. The arrivals stay in the trace, so the capture's timestamp options echo
     * what each host received, as real hosts' do.
     */
    static Trace capturedOn(Trace simulated, Side host) {
        List<TraceEvent> seen = new ArrayList<>();
        for (TraceEvent event : simulated.events()) {
            if (event instanceof SegmentSent sent && sent.side() == host) {
                seen.add(sent);
            } else if (event instanceof SegmentDelivered arrived) {
                if (arrived.side() == host) {
                    seen.add(new SegmentSent(arrived.time(), host.peer(), arrived.transmissionId(), 0,
                            arrived.segment(), false));
                }
                seen.add(arrived);
            }
        }
        return new Trace(seen, simulated.endTime());
    }

    @ParameterizedTest(name = "{0} {1} captured at {2}")
    @MethodSource("lessonsAndEnds")
    void theCapturePointIsFoundAndTheStatesAreTheSimulatedOnes(String id, TimerProfile profile, Side end)
            throws PcapFormatException {
        Trace simulated = SimulatedCaptureInferenceTest.simulate(id, profile, true);

        CaptureContents contents = CaptureFile.read(PcapWriter.toBytes(capturedOn(simulated, end)));
        List<CapturedTrace> captured = contents.connections().stream().map(CapturedConnection::toTrace).toList();

        CapturePoint expected = end == Side.CLIENT ? CapturePoint.AT_CLIENT : CapturePoint.AT_SERVER;
        assertThat(captured).extracting(CapturedTrace::capturePoint).containsOnly(expected);
        SimulatedStates.assertInferredAsSimulated(simulated, captured);
    }

    @Test
    void dataLostBeforeReachingTheServerShowsAsTheGapItLeaves() throws IOException {
        // The client's "ping" (packet 4) taken out of a capture, as if lost before a capture at the server.
        byte[] capture = withoutPacket(Files.readAllBytes(capture("lo4.pcap")), 4);

        CapturedTrace captured = CaptureFile.read(capture).connections().get(0).toTrace(CapturePoint.AT_SERVER);

        assertThat(captured.segments()).filteredOn(s -> s.fate() == SegmentFate.LOST_BEFORE_CAPTURE).singleElement()
                .satisfies(lost -> {
                    assertThat(lost.from()).isEqualTo(Side.CLIENT);
                    assertThat(lost.packetNumber()).isEmpty();
                    SegmentSent sent = SimulatedCaptureInferenceTest.sent(captured.trace()).stream()
                            .filter(s -> s.transmissionId() == lost.transmissionId()).findFirst().orElseThrow();
                    assertThat(sent.segment().length()).isEqualTo("ping".length());
                    assertThat(captured.trace().relativeNumbers().seq(sent.transmissionId(), sent.segment()))
                            .isEqualTo(1);
                });
        assertThat(captured.losses()).containsExactly(
                new ScriptedFault(Side.CLIENT, Optional.of(Set.of(Flag.PSH, Flag.ACK)), 1, FaultAction.DROP, 0));
        assertThat(captured.trace().events()).filteredOn(SegmentDropped.class::isInstance).hasSize(1);
    }

    @Test
    void aDataSegmentTheServerNeverAcknowledgesBeforeItComesAgainWasLostAfterTheCapturePoint() throws IOException {
        // A capture in between: the first copy of the reply is seen, then the same bytes again.
        Scenario handshake = ScenarioCatalog.find("handshake").orElseThrow();
        Trace simulated = Simulator.run(LessonInputs.of(handshake)
                .withFault(new ScriptedFault(Side.SERVER, Optional.of(Set.of(Flag.PSH, Flag.ACK)), 1,
                        FaultAction.DROP, 0)).simulationInput());

        CapturedTrace captured = CaptureFile.read(PcapWriter.toBytes(simulated)).connections().get(0)
                .toTrace(CapturePoint.BETWEEN);

        assertThat(captured.segments()).filteredOn(s -> s.fate() == SegmentFate.LOST_AFTER_CAPTURE).singleElement()
                .satisfies(lost -> assertThat(lost.from()).isEqualTo(Side.SERVER));
        assertThat(captured.segments()).filteredOn(CapturedSegment::retransmission).singleElement()
                .satisfies(again -> {
                    assertThat(again.from()).isEqualTo(Side.SERVER);
                    assertThat(again.fate()).isEqualTo(SegmentFate.DELIVERED);
                });
        assertThat(captured.capturePoint()).isEqualTo(CapturePoint.BETWEEN);
    }

    /** A classic pcap file without its packet number {@code number} (from 1). */
    private static byte[] withoutPacket(byte[] pcap, int number) {
        ByteBuffer file = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
        int at = 24;
        for (int i = 1; i < number; i++) {
            at += 16 + file.getInt(at + 8);
        }
        int end = at + 16 + file.getInt(at + 8);
        byte[] shorter = new byte[pcap.length - (end - at)];
        System.arraycopy(pcap, 0, shorter, 0, at);
        System.arraycopy(pcap, end, shorter, at, pcap.length - end);
        return shorter;
    }


    /** Lessons whose scripted drops the capture at both hosts shows as the same losses. */
    static Stream<Arguments> lessonsWithDrops() {
        List<Arguments> cases = new ArrayList<>();
        for (String id : List.of("syn-lost", "synack-lost", "ack-lost", "fin-lost", "last-ack-lost")) {
            for (TimerProfile profile : TimerProfile.values()) {
                cases.add(Arguments.of(id, profile));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lessonsWithDrops")
    void theLossesAreTheLessonsFaultsAndTheEngineRunsTheSameConnectionWithThem(String id, TimerProfile profile)
            throws PcapFormatException {
        Scenario scenario = ScenarioCatalog.find(id).orElseThrow();
        Trace simulated = SimulatedCaptureInferenceTest.simulate(id, profile, true);

        CapturedTrace captured = CaptureFile.read(PcapWriter.toBytes(simulated)).connections().get(0)
                .toTrace(CapturePoint.AT_BOTH_HOSTS);

        assertThat(captured.losses()).containsExactlyElementsOf(scenario.faults());
        SimulationInput own = LessonInputs.of(scenario).withProfile(profile).simulationInput();
        LinkSettings clientToServer = new LinkSettings(captured.oneWayMicros(Side.CLIENT), 0, 0, 0, 0);
        LinkSettings serverToClient = new LinkSettings(captured.oneWayMicros(Side.SERVER), 0, 0, 0, 0);
        Trace again = Simulator.run(new SimulationInput(own.script(), profile, own.seed(), own.isnClient(),
                own.isnServer(), clientToServer, serverToClient, captured.losses(), own.linux()));
        assertThat(SimulatedCaptureInferenceTest.sent(again)).isEqualTo(SimulatedCaptureInferenceTest.sent(simulated));
    }
}
