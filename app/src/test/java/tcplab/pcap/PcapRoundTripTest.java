package tcplab.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tcplab.HandmadeTraces;
import tcplab.engine.Flag;
import tcplab.engine.LinuxSetting;
import tcplab.engine.LinuxSettings;
import tcplab.engine.Segment;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.scenario.ScenarioCatalog;

class PcapRoundTripTest {

    private static final Inet4Address CLIENT = ipv4(192, 168, 0, 10);
    private static final Inet4Address SERVER = ipv4(192, 168, 0, 20);

    private static Inet4Address ipv4(int a, int b, int c, int d) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyTransmissionComesBackWithItsHeaderFields() throws PcapFormatException {
        Trace trace = HandmadeTraces.lossyHandshake();
        List<SegmentSent> sent = trace.events().stream()
                .filter(SegmentSent.class::isInstance).map(SegmentSent.class::cast).toList();

        List<PcapRecord> records = PcapReader.read(PcapWriter.toBytes(trace));

        assertThat(records).hasSize(sent.size());
        for (int i = 0; i < records.size(); i++) {
            SegmentSent s = sent.get(i);
            PcapRecord r = records.get(i);
            boolean fromClient = s.side() == Side.CLIENT;
            assertThat(r.timeMicros()).isEqualTo(s.time());
            assertThat(r.source()).isEqualTo(fromClient ? CLIENT : SERVER);
            assertThat(r.destination()).isEqualTo(fromClient ? SERVER : CLIENT);
            assertThat(r.sourcePort()).isEqualTo(fromClient ? 50000 : 80);
            assertThat(r.destinationPort()).isEqualTo(fromClient ? 80 : 50000);
            assertThat(r.seq()).isEqualTo(s.segment().seq());
            assertThat(r.ack()).isEqualTo(s.segment().has(Flag.ACK) ? s.segment().ack() : 0);
            assertThat(r.flags()).isEqualTo(s.segment().flags());
            assertThat(r.payloadLength()).isEqualTo(s.segment().length());
            assertThat(r.ttl()).isEqualTo(64);
            assertThat(r.dontFragment()).isTrue();
        }
    }

    @Test
    void synAndSynAckCarryLinuxOptionsAndLaterSegmentsTimestamps() throws PcapFormatException {
        List<PcapRecord> records = PcapReader.read(PcapWriter.toBytes(HandmadeTraces.lossyHandshake()));
        PcapRecord syn = records.get(0);
        PcapRecord synAck = records.get(1);
        PcapRecord ack = records.get(2);

        assertThat(syn.options().kinds()).containsExactly(2, 4, 8, 1, 3);
        assertThat(syn.options().mss()).hasValue(1460);
        assertThat(syn.options().windowScale()).hasValue(7);
        assertThat(syn.options().sackPermitted()).isTrue();
        assertThat(syn.options().echoed()).hasValue(0);
        assertThat(syn.window()).isEqualTo(HandmadeTraces.WINDOW);

        assertThat(synAck.options().kinds()).containsExactly(2, 4, 8, 1, 3);
        assertThat(synAck.options().echoed()).isEqualTo(syn.options().timestamp());

        assertThat(ack.options().kinds()).containsExactly(1, 1, 8);
        assertThat(ack.options().echoed()).isEqualTo(synAck.options().timestamp());
        assertThat(ack.window()).isEqualTo((HandmadeTraces.WINDOW + 127) / 128);
        assertThat(ack.options().timestamp().getAsLong() - syn.options().timestamp().getAsLong())
                .as("a 1 kHz clock: 100.25 ms after the SYN").isEqualTo(100);
    }

    /** The capture of a catalogue lesson, fixed ISNs, under {@code profile} and kernel settings {@code linux}. */
    private static List<PcapRecord> capture(String lesson, TimerProfile profile, LinuxSettings linux)
            throws PcapFormatException {
        Trace trace = Simulator.run(ScenarioCatalog.find(lesson).orElseThrow()
                .input(profile, 1, OptionalLong.of(1000), OptionalLong.of(5000)).withLinux(linux));
        return PcapReader.read(PcapWriter.toBytes(trace));
    }

    @Test
    void anRfcHostsSynCarriesTheMssAloneAndNoSegmentATimestamp() throws PcapFormatException {
        List<PcapRecord> records = capture("syn-options", TimerProfile.RFC, LinuxSettings.DEFAULTS);

        assertThat(records.get(0).options().kinds()).containsExactly(2);
        assertThat(records.get(0).options().mss()).hasValue(1460);
        assertThat(records.get(1).options().kinds()).containsExactly(2);
        assertThat(records.subList(2, records.size())).allMatch(r -> r.options().kinds().isEmpty());
        assertThat(records.get(2).window()).as("no window scale was agreed").isEqualTo(HandmadeTraces.WINDOW);
    }

    @Test
    void timestampsComeFromTheSegmentsAsTheEngineSentThem() throws PcapFormatException {
        Trace trace = Simulator.run(ScenarioCatalog.find("syn-options").orElseThrow()
                .input(TimerProfile.LINUX, 1, OptionalLong.of(1000), OptionalLong.of(5000)));
        List<SegmentSent> sent = trace.events().stream()
                .filter(SegmentSent.class::isInstance).map(SegmentSent.class::cast).toList();
        List<PcapRecord> records = PcapReader.read(PcapWriter.toBytes(trace));

        for (int i = 0; i < records.size(); i++) {
            Segment segment = sent.get(i).segment();
            TcpOptions options = records.get(i).options();
            if (segment.has(Flag.RST)) {
                assertThat(options.kinds()).isEmpty();
                continue;
            }
            long senderBase = segment.from() == Side.CLIENT ? 1_000_000 : 3_000_000;
            long peerBase = segment.from() == Side.CLIENT ? 3_000_000 : 1_000_000;
            assertThat(options.timestamp()).as("TSval of packet %d", i).hasValue(senderBase + segment.tsVal() / 1000);
            assertThat(options.echoed()).as("TSecr of packet %d", i).hasValue(
                    segment.tsEcr() == Segment.NO_TIMESTAMP ? 0 : peerBase + segment.tsEcr() / 1000);
        }
    }

    @Test
    void withoutTimestampsLinuxPutsSackPermittedAfterTheWindowScale() throws PcapFormatException {
        List<PcapRecord> records = capture("syn-options", TimerProfile.LINUX,
                LinuxSettings.DEFAULTS.with(LinuxSetting.TCP_TIMESTAMPS, 0));

        assertThat(records.get(0).options().kinds()).containsExactly(2, 1, 3, 1, 1, 4);
        assertThat(records.get(0).options().windowScale()).hasValue(7);
        assertThat(records.get(0).options().sackPermitted()).isTrue();
        assertThat(records.get(2).options().kinds()).isEmpty();
        assertThat(records.get(2).window()).isEqualTo((HandmadeTraces.WINDOW + 127) / 128);
    }

    @Test
    void eachHostCountsItsIpIdUp() throws PcapFormatException {
        List<PcapRecord> records = PcapReader.read(PcapWriter.toBytes(HandmadeTraces.lossyHandshake()));
        List<Integer> clientIds = ipIds(records, CLIENT);
        List<Integer> serverIds = ipIds(records, SERVER);

        assertThat(clientIds).hasSize(4);
        for (int i = 1; i < clientIds.size(); i++) {
            assertThat(clientIds.get(i)).isEqualTo(clientIds.get(i - 1) + 1);
        }
        assertThat(serverIds.get(1)).isEqualTo(serverIds.get(0) + 1);
    }

    private static List<Integer> ipIds(List<PcapRecord> records, Inet4Address source) {
        return records.stream().filter(r -> r.source().equals(source)).map(PcapRecord::ipId).toList();
    }

    @Test
    void aResetCarriesNoOptionsAndKeepsItsAcknowledgment() throws PcapFormatException {
        List<PcapRecord> records = PcapReader.read(PcapWriter.toBytes(HandmadeTraces.refused()));

        PcapRecord reset = records.get(1);
        assertThat(reset.flags()).isEqualTo(Set.of(Flag.RST, Flag.ACK));
        assertThat(reset.seq()).isZero();
        assertThat(reset.ack()).isEqualTo((HandmadeTraces.WRAPPING_CLIENT_ISN + 1) & 0xFFFF_FFFFL);
        assertThat(reset.options().kinds()).isEmpty();
    }

    @Test
    void theRequestIsReadableHttpAndARetransmissionRepeatsItsBytes() {
        byte[] file = PcapWriter.toBytes(HandmadeTraces.lossyHandshake());
        String text = new String(file, StandardCharsets.US_ASCII);
        String request = new String(PayloadText.request(HandmadeTraces.REQUEST, "192.168.0.20"),
                StandardCharsets.US_ASCII);

        assertThat(request).hasSize(HandmadeTraces.REQUEST).startsWith("GET /xxx")
                .endsWith(" HTTP/1.1\r\nHost: 192.168.0.20\r\n\r\n");
        int first = text.indexOf(request);
        assertThat(first).isPositive();
        assertThat(text.indexOf(request, first + 1)).as("the retransmission").isGreaterThan(first);
    }

    @Test
    void aReplyOfAnyLengthAnnouncesItsBodyLength() {
        for (int length : new int[] {64, 72, 73, 200, 1000, 1460}) {
            String reply = new String(PayloadText.reply(length), StandardCharsets.US_ASCII);
            assertThat(reply).hasSize(length).startsWith("HTTP/1.1 200 OK\r\n");
            int body = reply.length() - reply.indexOf("\r\n\r\n") - 4;
            assertThat(reply).contains("Content-Length: " + body + "\r\n");
        }
        assertThat(PayloadText.reply(20)).as("too short for a header: plain text").hasSize(20)
                .startsWith("Hello".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theWritersChecksumsHoldAndACorruptedByteIsReportedNotRefused() throws PcapFormatException {
        byte[] file = PcapWriter.toBytes(HandmadeTraces.lossyHandshake());
        byte[] payloadFlipped = file.clone();
        payloadFlipped[file.length - 1] ^= 0x01;
        byte[] ttlFlipped = file.clone();
        ttlFlipped[24 + 16 + 14 + 8] ^= 0x01;

        assertThat(PcapReader.read(file)).extracting(PcapRecord::checksum).containsOnly(ChecksumStatus.VALID);
        List<PcapRecord> payloadRead = PcapReader.read(payloadFlipped);
        assertThat(payloadRead.get(payloadRead.size() - 1).checksum()).isEqualTo(ChecksumStatus.BAD);
        assertThat(payloadRead.subList(0, payloadRead.size() - 1)).extracting(PcapRecord::checksum)
                .containsOnly(ChecksumStatus.VALID);
        List<PcapRecord> ttlRead = PcapReader.read(ttlFlipped);
        assertThat(ttlRead.get(0).checksum()).as("the IPv4 header checksum").isEqualTo(ChecksumStatus.BAD);
        assertThat(ttlRead.get(0).ttl()).isEqualTo(65);
    }

    @Test
    void theFileStartsWithTheClassicMagicAndEthernetLinkType() throws PcapFormatException {
        byte[] file = PcapWriter.toBytes(HandmadeTraces.refused());
        assertThat(new byte[] {file[0], file[1], file[2], file[3]})
                .containsExactly(0xD4, 0xC3, 0xB2, 0xA1);
        assertThat(file[20]).isEqualTo((byte) 1);
        assertThatThrownBy(() -> PcapReader.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .isInstanceOf(PcapFormatException.class);
    }
}
