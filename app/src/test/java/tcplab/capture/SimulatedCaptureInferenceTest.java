package tcplab.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.pcap.PcapFormatException;
import tcplab.pcap.PcapWriter;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/**
 * State inference checked against the simulator: every catalogue lesson, under both profiles and
 * with fixed and RFC 9293 ISNs, is written as a capture ({@link PcapWriter}, which records every
 * segment as it leaves its sender: {@link CapturePoint#AT_BOTH_HOSTS}), read back, and the states
 * inferred for its connections equal the simulated ones, as {@link SimulatedStates} defines
 * "equal" where a capture cannot know (changes no segment shows).
 */
class SimulatedCaptureInferenceTest {

    static Stream<Arguments> lessons() {
        List<Arguments> lessons = new ArrayList<>();
        for (var scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                for (boolean fixedIsn : new boolean[] {true, false}) {
                    lessons.add(Arguments.of(scenario.id(), profile, fixedIsn));
                }
            }
        }
        return lessons.stream();
    }

    static Trace simulate(String id, TimerProfile profile, boolean fixedIsn) {
        return Simulator.run(LessonInputs.of(ScenarioCatalog.find(id).orElseThrow()).withProfile(profile)
                .withFixedIsn(fixedIsn).simulationInput());
    }

    @ParameterizedTest(name = "{0} {1} fixed ISN {2}")
    @MethodSource("lessons")
    void inferredStatesEqualTheSimulatedOnes(String id, TimerProfile profile, boolean fixedIsn)
            throws PcapFormatException {
        Trace simulated = simulate(id, profile, fixedIsn);

        CaptureContents contents = CaptureFile.read(PcapWriter.toBytes(simulated));
        List<CapturedTrace> captured = contents.connections().stream()
                .map(c -> c.toTrace(CapturePoint.AT_BOTH_HOSTS)).toList();

        assertThat(contents.connections()).as("a connection for each connect() of the client")
                .hasSize(connects(simulated));
        SimulatedStates.assertInferredAsSimulated(simulated, captured);
    }

    /** How often the simulated client opened a connection: an old duplicate SYN it never sent opens none. */
    private static int connects(Trace simulated) {
        return (int) simulated.events().stream().filter(e -> e instanceof StateChanged c && c.side() == Side.CLIENT
                && c.to() == TcpState.SYN_SENT).count();
    }

    @ParameterizedTest(name = "{0} {1} fixed ISN {2}")
    @MethodSource("lessons")
    void everySegmentIsSentWhenAndAsTheSimulatorSentIt(String id, TimerProfile profile, boolean fixedIsn)
            throws PcapFormatException {
        Trace simulated = simulate(id, profile, fixedIsn);
        List<SegmentSent> expected = sent(simulated);

        List<SegmentSent> inferred = new ArrayList<>();
        for (CapturedConnection connection : CaptureFile.read(PcapWriter.toBytes(simulated)).connections()) {
            CapturedTrace captured = connection.toTrace(CapturePoint.AT_BOTH_HOSTS);
            for (SegmentSent s : sent(captured.trace())) {
                inferred.add(new SegmentSent(captured.originNanos() / 1000 + s.time(), s.side(), 0, 0, s.segment(),
                        s.retransmission()));
            }
        }

        assertThat(inferred).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            SegmentSent want = expected.get(i);
            SegmentSent got = inferred.get(i);
            assertThat(List.of(got.time(), got.side(), got.segment().seq(), got.segment().ack(),
                    got.segment().flags(), got.segment().length(), got.retransmission()))
                    .as("segment %d", i + 1).isEqualTo(List.of(want.time(), want.side(), want.segment().seq(),
                            want.segment().ack(), want.segment().flags(), want.segment().length(),
                            want.retransmission()));
        }
    }

    static List<SegmentSent> sent(Trace trace) {
        return trace.events().stream().filter(SegmentSent.class::isInstance).map(SegmentSent.class::cast).toList();
    }
}
