package tcplab.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static tcplab.pcap.CaptureFilesTest.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.TcpState;
import tcplab.engine.TraceEvent;

/**
 * The committed captures (tcpdump on a network namespace's loopback: a client sends "ping" to a
 * server on port 8080, which answers "hello ping" and closes first) end to end: their
 * connections listed, and each connection's trace with its states, segments and times.
 */
class CaptureFilesInferenceTest {


    private static CaptureContents read(String name) throws IOException {
        List<Long> progress = new ArrayList<>();
        CaptureContents contents = CaptureFile.read(capture(name), (offset, size) -> progress.add(offset), () -> false);
        assertThat(progress).as("the last report is the whole file").last().isEqualTo(Files.size(capture(name)));
        return contents;
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo4.pcap", "lo4-nano.pcap", "lo4-nano.pcapng", "any4.pcap", "any4-sll2.pcap", "lo6.pcap"})
    void eachFileHoldsOneCompleteConnectionOpenedByTheClient(String name) throws IOException {
        CaptureContents contents = read(name);

        assertThat(contents.connections()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(1);
            assertThat(c.server().port()).isEqualTo(8080);
            assertThat(c.client().port()).isNotEqualTo(8080);
            assertThat(c.clientEvidence()).isEqualTo(ClientEvidence.SYN);
            assertThat(c.packetCount()).isEqualTo(11);
            assertThat(c.packets()).hasSize(11);
            assertThat(c.complete()).isTrue();
            assertThat(c.packetsLeftOut()).isFalse();
            assertThat(c.durationNanos()).isBetween(40_000_000L, 100_000_000L);
            assertThat(c.foundCapturePoint()).as("loopback: one host is both ends").isEqualTo(CapturePoint.AT_BOTH_HOSTS);
        });
        assertThat(contents.packets()).isEqualTo(11);
        assertThat(contents.defaultConnection()).contains(contents.connections().get(0));
    }

    @Test
    void theMergedFileHoldsTheTwoConnectionsOfItsTwoInterfacesInCaptureOrder() throws IOException {
        CaptureContents contents = read("merged.pcapng");

        assertThat(contents.connections()).extracting(c -> c.client().toString())
                .containsExactly("127.0.0.1:48420", "127.0.0.1:36130");
        assertThat(contents.connection(2).orElseThrow().server()).hasToString("127.0.0.1:8080");
        assertThat(contents.connection(3)).isEmpty();
        assertThat(contents.connection(0)).isEmpty();
    }

    @Test
    void anIpv6EndpointIsWrittenAsUrlsWriteIt() throws IOException {
        assertThat(read("lo6.pcap").connections().get(0).server()).hasToString("[::1]:8080");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo4.pcap", "lo4-nano.pcapng", "any4-sll2.pcap", "lo6.pcap", "merged.pcapng"})
    void bothHostsPassThroughTheStatesOfAnOpenAndAServerFirstClose(String name) throws IOException {
        for (CapturedConnection connection : read(name).connections()) {
            CapturedTrace captured = connection.toTrace();

            assertThat(states(captured, Side.CLIENT)).containsExactly(TcpState.SYN_SENT, TcpState.ESTABLISHED,
                    TcpState.CLOSE_WAIT, TcpState.LAST_ACK, TcpState.CLOSED);
            assertThat(states(captured, Side.SERVER)).containsExactly(TcpState.LISTEN, TcpState.SYN_RECEIVED,
                    TcpState.ESTABLISHED, TcpState.FIN_WAIT_1, TcpState.FIN_WAIT_2, TcpState.TIME_WAIT);
            assertThat(captured.states()).filteredOn(s -> s.state() == TcpState.LISTEN).singleElement()
                    .extracting(InferredState::evidence).isEqualTo(StateEvidence.BEFORE_CAPTURE);
            assertThat(captured.states()).as("the server sends nothing after the last ACK: it may have been lost")
                    .filteredOn(s -> s.side() == Side.CLIENT && s.state() == TcpState.CLOSED).singleElement()
                    .satisfies(s -> {
                        assertThat(s.evidence()).isEqualTo(StateEvidence.UNCONFIRMED_ARRIVAL);
                        assertThat(s.alternative()).contains(TcpState.LAST_ACK);
                    });
        }
    }

    @Test
    void everyPacketIsSentOnceAtItsCaptureTimeAndArrivesAfterIt() throws IOException {
        CapturedConnection connection = read("lo4.pcap").connections().get(0);
        CapturedTrace captured = connection.toTrace();
        List<TraceEvent> events = captured.trace().events();

        List<SegmentSent> sent = events.stream().filter(SegmentSent.class::isInstance).map(SegmentSent.class::cast).toList();
        assertThat(sent).hasSize(11).noneMatch(SegmentSent::retransmission);
        assertThat(captured.segments()).extracting(CapturedSegment::fate).containsOnly(SegmentFate.DELIVERED);
        assertThat(captured.segments()).extracting(s -> s.packetNumber().getAsLong())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(captured.losses()).isEmpty();
        for (int i = 0; i < sent.size(); i++) {
            long captureMicros = connection.packets().get(i).timeMicros();
            assertThat(captured.originNanos() / 1000 + sent.get(i).time()).as("packet %d", i + 1)
                    .isEqualTo(captureMicros);
        }
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (event instanceof SegmentSent || event instanceof SegmentDelivered) {
                assertThat(captured.timeEstimated(i)).as("event %d: %s", i, event)
                        .isEqualTo(event instanceof SegmentDelivered);
            }
            if (event instanceof SegmentDelivered delivered) {
                long sentAt = sent.stream().filter(s -> s.transmissionId() == delivered.transmissionId())
                        .findFirst().orElseThrow().time();
                assertThat(delivered.time()).isGreaterThan(sentAt).isLessThan(sentAt + 100);
            }
        }
        assertThat(captured.roundTripMicros().orElseThrow()).isBetween(2L, 60L)
                .isEqualTo(captured.oneWayMicros(Side.CLIENT) + captured.oneWayMicros(Side.SERVER));
        assertThat(captured.trace().events().get(0)).as("the listening server, before the capture")
                .isInstanceOf(tcplab.engine.StateChanged.class);
        assertThat(captured.timeEstimated(0)).isTrue();
        assertThat(captured.capturePointChosen()).isFalse();
    }

    @Test
    void anotherCapturePointMovesTheFarSideTimesAndSaysItWasChosen() throws IOException {
        CapturedConnection connection = read("lo4.pcap").connections().get(0);

        CapturedTrace atClient = connection.toTrace(CapturePoint.AT_CLIENT);

        assertThat(atClient.capturePointChosen()).isTrue();
        assertThat(atClient.capturePoint()).isEqualTo(CapturePoint.AT_CLIENT);
        SegmentSent synAck = atClient.trace().events().stream().filter(SegmentSent.class::isInstance)
                .map(SegmentSent.class::cast).filter(s -> s.side() == Side.SERVER).findFirst().orElseThrow();
        long seen = connection.packets().get(1).timeMicros();
        assertThat(atClient.originNanos() / 1000 + synAck.time()).as("sent half a round trip before it was seen")
                .isEqualTo(seen - atClient.oneWayMicros(Side.SERVER));
        assertThat(atClient.oneWayMicros(Side.SERVER)).isPositive();
        assertThat(atClient.oneWayMicros(Side.CLIENT)).isEqualTo(atClient.oneWayMicros(Side.SERVER));
    }

    @Test
    void aCookedCaptureWhosePacketTypesNameOneHostWasTakenOnIt() throws IOException {
        // any4.pcap with the client's packets marked outgoing, as tcpdump -i any on a client host marks them;
        // the addresses differ too, as they would between two hosts.
        byte[] capture = Files.readAllBytes(capture("any4.pcap"));
        ByteBuffer file = ByteBuffer.wrap(capture).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 24; at < capture.length; at += 16 + file.getInt(at + 8)) {
            int frame = at + 16;
            int ip = frame + 16;
            boolean fromClient = (file.order(ByteOrder.BIG_ENDIAN).getShort(ip + 20) & 0xFFFF) != 8080;
            file.putShort(frame, (short) (fromClient ? 4 : 0));
            file.order(ByteOrder.LITTLE_ENDIAN);
            capture[ip + (fromClient ? 15 : 19)] = 2; // 127.0.0.2 is the client
        }

        CapturedConnection connection = CaptureFile.read(capture).connections().get(0);

        assertThat(connection.client().toString()).startsWith("127.0.0.2:");
        assertThat(connection.foundCapturePoint()).isEqualTo(CapturePoint.AT_CLIENT);
    }

    private static List<TcpState> states(CapturedTrace captured, Side side) {
        return captured.states().stream().filter(s -> s.side() == side).map(InferredState::state).toList();
    }
}
