package tcplab.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static tcplab.pcap.CaptureBytes.CLIENT_V4;
import static tcplab.pcap.CaptureBytes.CLIENT_V6;
import static tcplab.pcap.CaptureBytes.SERVER_V4;
import static tcplab.pcap.CaptureBytes.SERVER_V6;
import static tcplab.pcap.CaptureBytes.bytes;
import static tcplab.pcap.CaptureBytes.concat;
import static tcplab.pcap.CaptureBytes.ethernet;
import static tcplab.pcap.CaptureBytes.ipv4;
import static tcplab.pcap.CaptureBytes.ipv6;
import static tcplab.pcap.CaptureBytes.pcap;
import static tcplab.pcap.CaptureBytes.tcp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tcplab.engine.Flag;

/** Link types, IP variants, TCP options and real-world oddities, on hand-built packets. */
class FrameDecodingTest {

    private static final byte[] SEGMENT = tcp(CLIENT_V4, SERVER_V4, 0x18, new byte[0], 5);
    private static final byte[] SEGMENT_V6 = tcp(CLIENT_V6, SERVER_V6, 0x18, new byte[0], 5);

    private static PcapRecord only(byte[] file) throws PcapFormatException {
        List<PcapRecord> records = PcapReader.read(file);
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    private static void assertTheSegment(PcapRecord r, byte[] source, byte[] destination) throws IOException {
        assertThat(r.source()).isEqualTo(InetAddress.getByAddress(source));
        assertThat(r.destination()).isEqualTo(InetAddress.getByAddress(destination));
        assertThat(r.sourcePort()).isEqualTo(40000);
        assertThat(r.destinationPort()).isEqualTo(80);
        assertThat(r.seq()).isEqualTo(1000);
        assertThat(r.ack()).isEqualTo(2000);
        assertThat(r.flags()).isEqualTo(Set.of(Flag.PSH, Flag.ACK));
        assertThat(r.window()).isEqualTo(512);
        assertThat(r.payloadLength()).isEqualTo(5);
        assertThat(r.checksum()).isEqualTo(ChecksumStatus.VALID);
        assertThat(r.truncated()).isFalse();
    }

    @Test
    void ethernetWithOneVlanTagAndWithStackedQinQTags() throws IOException {
        byte[] ip = ipv4(SEGMENT);
        PcapRecord tagged = only(pcap(1, ethernet(0x8100, concat(bytes(0x20, 100, 0x08, 0x00), ip))));
        PcapRecord stacked = only(pcap(1, ethernet(0x88A8, concat(bytes(0, 200, 0x81, 0x00, 0, 100, 0x08, 0x00), ip))));

        assertTheSegment(tagged, CLIENT_V4, SERVER_V4);
        assertThat(tagged.vlanIds()).containsExactly(100);
        assertTheSegment(stacked, CLIENT_V4, SERVER_V4);
        assertThat(stacked.vlanIds()).containsExactly(200, 100);
        assertThat(only(pcap(1, ethernet(0x0800, ip))).vlanIds()).isEmpty();
    }

    @Test
    void linuxCookedCaptureVersionOne() throws IOException {
        byte[] header = bytes(0, 4, 0, 1, 0, 6, 1, 2, 3, 4, 5, 6, 0, 0, 0x08, 0x00);
        PcapRecord r = only(pcap(113, concat(header, ipv4(SEGMENT))));

        assertTheSegment(r, CLIENT_V4, SERVER_V4);
        assertThat(r.linkType()).isEqualTo(113);
        assertThat(only(pcap(113, concat(bytes(0, 0, 0, 1, 0, 6, 1, 2, 3, 4, 5, 6, 0, 0, 0x86, 0xDD),
                ipv6(6, SEGMENT_V6)))).source()).isEqualTo(InetAddress.getByAddress(CLIENT_V6));
    }

    @Test
    void bsdLoopbackInEitherByteOrderAndOpenBsdLoop() throws IOException {
        assertTheSegment(only(pcap(0, concat(bytes(2, 0, 0, 0), ipv4(SEGMENT)))), CLIENT_V4, SERVER_V4);
        assertTheSegment(only(pcap(0, concat(bytes(0, 0, 0, 2), ipv4(SEGMENT)))), CLIENT_V4, SERVER_V4);
        assertTheSegment(only(pcap(0, concat(bytes(0, 0, 0, 30), ipv6(6, SEGMENT_V6)))), CLIENT_V6, SERVER_V6);
        assertTheSegment(only(pcap(0, concat(bytes(24, 0, 0, 0), ipv6(6, SEGMENT_V6)))), CLIENT_V6, SERVER_V6);
        assertTheSegment(only(pcap(108, concat(bytes(0, 0, 0, 2), ipv4(SEGMENT)))), CLIENT_V4, SERVER_V4);
    }

    @Test
    void rawIpOfEitherVersion() throws IOException {
        assertTheSegment(only(pcap(101, ipv4(SEGMENT))), CLIENT_V4, SERVER_V4);
        assertTheSegment(only(pcap(101, ipv6(6, SEGMENT_V6))), CLIENT_V6, SERVER_V6);
        assertTheSegment(only(pcap(228, ipv4(SEGMENT))), CLIENT_V4, SERVER_V4);
        PcapRecord v6 = only(pcap(229, ipv6(6, SEGMENT_V6)));
        assertTheSegment(v6, CLIENT_V6, SERVER_V6);
        assertThat(v6.ttl()).as("the hop limit").isEqualTo(63);
    }

    @Test
    void ipv4OptionsAreSteppedOver() throws IOException {
        PcapRecord r = only(pcap(101, ipv4(6, bytes(0x94, 4, 0, 0), SEGMENT)));

        assertTheSegment(r, CLIENT_V4, SERVER_V4);
        assertThat(r.ipId()).isEqualTo(0x1234);
        assertThat(r.dontFragment()).isTrue();
    }

    @Test
    void ipv6ExtensionHeadersAreSteppedOverAndAFragmentSkipped() throws IOException {
        byte[] hopByHop = bytes(43, 0, 1, 4, 0, 0, 0, 0);
        byte[] routing = bytes(60, 0, 0, 0, 0, 0, 0, 0);
        byte[] destination = bytes(44, 1, 1, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        byte[] atomicFragment = bytes(6, 0, 0, 0, 0, 0, 0, 1);
        byte[] file = pcap(101, ipv6(0, concat(hopByHop, routing, destination, atomicFragment, SEGMENT_V6)));

        assertTheSegment(only(file), CLIENT_V6, SERVER_V6);

        byte[] firstOfTwo = bytes(6, 0, 0, 1, 0, 0, 0, 1);
        try (PcapReader reader = PcapReader.open(new ByteArrayInputStream(pcap(101, ipv6(44,
                concat(firstOfTwo, SEGMENT_V6)))), () -> false)) {
            assertThat(reader.next()).isEmpty();
            assertThat(reader.skipped()).isEqualTo(Map.of(SkipReason.FRAGMENT, 1));
        }
    }

    @Test
    void tcpOptionsAreDecodedAndUnknownKindsKeptAsBytes() throws IOException {
        byte[] options = bytes(2, 4, 0x05, 0xB4, 4, 2, 8, 10, 0, 0, 0, 7, 0, 0, 0, 9, 1, 3, 3, 7,
                5, 10, 0, 0, 0x10, 0, 0, 0, 0x20, 0, 30, 4, 0xAB, 0xCD, 0, 99, 99);
        PcapRecord r = only(pcap(101, ipv4(tcp(CLIENT_V4, SERVER_V4, 0x12, options, 0))));

        TcpOptions o = r.options();
        assertThat(o.kinds()).as("up to the end-of-list option").containsExactly(2, 4, 8, 1, 3, 5, 30);
        assertThat(o.mss()).hasValue(1460);
        assertThat(o.sackPermitted()).isTrue();
        assertThat(o.timestamp()).hasValue(7);
        assertThat(o.echoed()).hasValue(9);
        assertThat(o.windowScale()).hasValue(7);
        assertThat(o.sackBlocks()).containsExactly(new TcpOptions.SackBlock(0x1000, 0x2000));
        assertThat(o.others()).containsExactly(new TcpOptions.RawOption(30, bytes(0xAB, 0xCD)));
        assertThat(r.flags()).isEqualTo(Set.of(Flag.SYN, Flag.ACK));
    }

    @Test
    void aPacketSnappedAfterItsTcpHeaderIsReadWithItsWholeLength() throws IOException {
        byte[] frame = ethernet(0x0800, ipv4(tcp(CLIENT_V4, SERVER_V4, 0x18, new byte[0], 1400)));

        PcapRecord r = only(CaptureBytes.snappedPcap(1, frame, 14 + 20 + 20 + 10));

        assertThat(r.truncated()).isTrue();
        assertThat(r.payloadLength()).isEqualTo(1400);
        assertThat(r.checksum()).isEqualTo(ChecksumStatus.NOT_CHECKED);
    }

    @Test
    void aPacketSnappedInsideItsTcpHeaderIsSkippedAndCounted() throws IOException {
        byte[] frame = ethernet(0x0800, ipv4(CaptureBytes.synWithOptions()));

        try (PcapReader reader = PcapReader.open(new ByteArrayInputStream(
                CaptureBytes.snappedPcap(1, frame, 14 + 20 + 24)), () -> false)) {
            assertThat(reader.next()).isEmpty();
            assertThat(reader.skipped()).isEqualTo(Map.of(SkipReason.HEADER_CUT_SHORT, 1));
            assertThat(reader.packets()).isEqualTo(1);
        }
    }

    @Test
    void aPacketSnappedInsideItsLinkHeaderIsSkippedAndCounted() throws IOException {
        byte[] frame = ethernet(0x8100, concat(bytes(0, 100, 0x08, 0x00), ipv4(SEGMENT)));

        try (PcapReader reader = PcapReader.open(new ByteArrayInputStream(
                CaptureBytes.snappedPcap(1, frame, 15)), () -> false)) {
            assertThat(reader.next()).isEmpty();
            assertThat(reader.skipped()).isEqualTo(Map.of(SkipReason.HEADER_CUT_SHORT, 1));
        }
    }

    @Test
    void aBadChecksumIsReportedNotRefused() throws IOException {
        byte[] segment = SEGMENT.clone();
        segment[16] ^= 0x40;

        PcapRecord r = only(pcap(101, ipv4(segment)));

        assertThat(r.checksum()).isEqualTo(ChecksumStatus.BAD);
        assertThat(r.seq()).isEqualTo(1000);
    }

    @Test
    void packetsThatAreNotTcpAreSkippedAndCountedByReason() throws IOException {
        byte[] udp = ipv4(17, new byte[0], new byte[8]);
        byte[] arp = ethernet(0x0806, new byte[28]);
        byte[] fragment = ipv4(SEGMENT);
        fragment[6] = 0x20;
        byte[] file = pcap(1, arp, ethernet(0x0800, udp), ethernet(0x0800, ipv4(SEGMENT)),
                ethernet(0x0800, fragment));

        try (PcapReader reader = PcapReader.open(new ByteArrayInputStream(file), () -> false)) {
            PcapRecord r = reader.next().orElseThrow();
            assertThat(r.number()).as("Wireshark's frame number").isEqualTo(3);
            assertThat(reader.next()).isEmpty();
            assertThat(reader.skipped()).isEqualTo(Map.of(SkipReason.NOT_IP, 1, SkipReason.NOT_TCP, 1,
                    SkipReason.FRAGMENT, 1));
            assertThat(reader.packets()).isEqualTo(4);
        }
    }

    @Test
    void aBigEndianPcapngWithTwoClocksASimplePacketAndAnUnknownBlock() throws IOException {
        ByteOrder be = ByteOrder.BIG_ENDIAN;
        byte[] frame = ipv4(SEGMENT);
        byte[] file = concat(CaptureBytes.sectionHeader(be),
                CaptureBytes.interfaceDescription(be, 101, 3),
                CaptureBytes.interfaceDescription(be, 1, 0x8A),
                CaptureBytes.block(be, 0x0BAD, bytes(1, 2, 3, 4, 5)),
                CaptureBytes.enhancedPacket(be, 0, 1_500L, frame),
                CaptureBytes.enhancedPacket(be, 1, 3 * 1024L + 512, ethernet(0x0800, frame)),
                CaptureBytes.sectionHeader(ByteOrder.LITTLE_ENDIAN),
                CaptureBytes.interfaceDescription(ByteOrder.LITTLE_ENDIAN, 101, -1),
                CaptureBytes.simplePacket(ByteOrder.LITTLE_ENDIAN, frame),
                CaptureBytes.enhancedPacket(ByteOrder.LITTLE_ENDIAN, 0, 2_000_001L, frame));

        List<PcapRecord> records = PcapReader.read(file);

        assertThat(records).hasSize(4);
        assertThat(records).extracting(PcapRecord::timeNanos)
                .containsExactly(1_500_000_000L, 3_500_000_000L, 0L, 2_000_001_000L);
        assertThat(records).extracting(PcapRecord::interfaceId).containsExactly(0, 1, 0, 0);
        assertThat(records).extracting(PcapRecord::linkType).containsExactly(101, 1, 101, 101);
        for (PcapRecord r : records) {
            assertTheSegment(r, CLIENT_V4, SERVER_V4);
        }
    }
}
