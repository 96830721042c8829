package tcplab.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The small captures under {@code captures/}, made with tcpdump on the loopback interface of a
 * network namespace (a client sends "ping" to a server on port 8080, which answers "hello ping"
 * and closes), read end to end. Each {@code NAME.tshark.tsv} beside a capture is what tshark 4.0
 * prints for it, with checksum validation on:
 * {@code tshark -r NAME -o tcp.check_checksum:TRUE -T fields -E separator=/t -e frame.number
 * -e frame.interface_id -e frame.time_epoch -e ip.src -e ipv6.src -e tcp.srcport -e ip.dst
 * -e ipv6.dst -e tcp.dstport -e tcp.flags -e tcp.seq_raw -e tcp.ack_raw -e tcp.len
 * -e tcp.window_size_value -e tcp.options.mss_val -e tcp.options.wscale.shift
 * -e tcp.options.sack_perm -e tcp.options.timestamp.tsval -e tcp.options.timestamp.tsecr
 * -e tcp.checksum.status}.
 */
public class CaptureFilesTest {

    static final List<String> CAPTURES = List.of("lo4.pcap", "lo4-nano.pcap", "lo4-nano.pcapng", "any4.pcap",
            "any4-sll2.pcap", "lo6.pcap", "merged.pcapng");

    /** The committed capture {@code name}, for every test that reads one. */
    public static Path capture(String name) {
        try {
            return Path.of(CaptureFilesTest.class.getResource("/captures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static List<PcapRecord> readAll(Path file) throws IOException {
        List<PcapRecord> records = new ArrayList<>();
        try (PcapReader reader = PcapReader.open(file, () -> false)) {
            for (Optional<PcapRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
            assertThat(reader.skipped()).as("nothing but TCP on port 8080 was captured").isEmpty();
            assertThat(reader.offset()).isEqualTo(Files.size(file));
        }
        return records;
    }

    @ParameterizedTest
    @ValueSource(strings = {"lo4.pcap", "lo4-nano.pcap", "lo4-nano.pcapng", "any4.pcap", "any4-sll2.pcap",
        "lo6.pcap", "merged.pcapng"})
    void everyPacketReadsAsTsharkShowsIt(String name) throws IOException {
        List<String> expected = Files.readAllLines(capture(name + ".tshark.tsv"));

        List<String> read = readAll(capture(name)).stream().map(r -> tsharkRow(r, name.endsWith(".pcapng"))).toList();

        assertThat(read).isEqualTo(expected);
    }

    /** The record in the columns of the tshark command above, formatted as tshark formats them. */
    private static String tsharkRow(PcapRecord r, boolean pcapng) {
        boolean v6 = r.source() instanceof Inet6Address;
        String source = r.source().getHostAddress().replace("0:0:0:0:0:0:0:1", "::1");
        String destination = r.destination().getHostAddress().replace("0:0:0:0:0:0:0:1", "::1");
        return String.join("\t", List.of(
                String.valueOf(r.number()), pcapng ? String.valueOf(r.interfaceId()) : "",
                r.timeNanos() / 1_000_000_000L + "." + String.format("%09d", r.timeNanos() % 1_000_000_000L),
                v6 ? "" : source, v6 ? source : "", String.valueOf(r.sourcePort()),
                v6 ? "" : destination, v6 ? destination : "", String.valueOf(r.destinationPort()),
                String.format("0x%04x", r.flagBits()), String.valueOf(r.seq()), String.valueOf(r.ack()),
                String.valueOf(r.payloadLength()), String.valueOf(r.window()),
                r.options().mss().isPresent() ? String.valueOf(r.options().mss().getAsInt()) : "",
                r.options().windowScale().isPresent() ? String.valueOf(r.options().windowScale().getAsInt()) : "",
                r.options().sackPermitted() ? "0402" : "",
                r.options().timestamp().isPresent() ? String.valueOf(r.options().timestamp().getAsLong()) : "",
                r.options().echoed().isPresent() ? String.valueOf(r.options().echoed().getAsLong()) : "",
                r.checksum() == ChecksumStatus.VALID ? "1" : "0"));
    }

    @Test
    void eachFileHasItsLinkTypeAndTheMergedOneTwoInterfaces() throws IOException {
        assertThat(readAll(capture("lo4.pcap"))).extracting(PcapRecord::linkType).containsOnly(1);
        assertThat(readAll(capture("any4.pcap"))).extracting(PcapRecord::linkType).containsOnly(113);
        assertThat(readAll(capture("any4-sll2.pcap"))).extracting(PcapRecord::linkType).containsOnly(276);
        List<PcapRecord> merged = readAll(capture("merged.pcapng"));
        assertThat(merged).filteredOn(r -> r.interfaceId() == 0).hasSize(11).extracting(PcapRecord::linkType)
                .containsOnly(1);
        assertThat(merged).filteredOn(r -> r.interfaceId() == 1).hasSize(11).extracting(PcapRecord::linkType)
                .containsOnly(113);
    }

    @Test
    void aCookedCaptureKeepsEachPacketsTypeOnLoopbackEveryPacketArrives() throws IOException {
        assertThat(readAll(capture("any4.pcap"))).extracting(PcapRecord::linuxPacketType)
                .containsOnly(PcapRecord.TO_THIS_HOST);
        assertThat(readAll(capture("any4-sll2.pcap"))).extracting(PcapRecord::linuxPacketType)
                .containsOnly(PcapRecord.TO_THIS_HOST);
        assertThat(readAll(capture("lo4.pcap"))).extracting(PcapRecord::linuxPacketType)
                .containsOnly(PcapRecord.NOT_COOKED);
    }

    @Test
    void loopbackLeavesMostChecksumsToACardThatIsNotThereAndTheyAreReadAnyway() throws IOException {
        List<PcapRecord> records = readAll(capture("lo4.pcap"));

        assertThat(records).hasSize(11).filteredOn(r -> r.checksum() == ChecksumStatus.BAD).hasSize(10);
        assertThat(records).noneMatch(PcapRecord::truncated);
        assertThat(records.get(3).payloadLength()).as("the client's ping").isEqualTo(4);
        assertThat(records.get(5).payloadLength()).as("the server's hello ping").isEqualTo(10);
    }

    @Test
    void theNanosecondFilesKeepNanosecondsAndAgreeWithEachOther() throws IOException {
        List<PcapRecord> pcap = readAll(capture("lo4-nano.pcap"));
        List<PcapRecord> pcapng = readAll(capture("lo4-nano.pcapng"));

        assertThat(pcapng).extracting(PcapRecord::timeNanos).isEqualTo(pcap.stream().map(PcapRecord::timeNanos).toList());
        assertThat(pcapng).extracting(PcapRecord::seq).isEqualTo(pcap.stream().map(PcapRecord::seq).toList());
        assertThat(pcap).extracting(PcapRecord::timeNanos).anyMatch(t -> t % 1000 != 0);
    }

    @Test
    void aBigEndianPcapReadsAsItsLittleEndianTwin() throws IOException {
        byte[] little = Files.readAllBytes(capture("lo4.pcap"));
        byte[] big = CaptureBytes.swapPcapByteOrder(little);

        assertThat(big[0]).isEqualTo((byte) 0xA1);
        assertThat(PcapReader.read(big)).isEqualTo(PcapReader.read(little));
    }

    @Test
    void theStreamingReaderReadsWhatTheFileReaderReads() throws IOException {
        Path file = capture("merged.pcapng");
        try (InputStream in = Files.newInputStream(file); PcapReader reader = PcapReader.open(in, () -> false)) {
            assertThat(reader.next()).hasValueSatisfying(r -> assertThat(r.fileOffset()).isPositive());
        }
        assertThat(PcapReader.read(Files.readAllBytes(file))).isEqualTo(readAll(file));
    }
}
