package tcplab.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static tcplab.pcap.CaptureFilesTest.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** How the packets of a file are sorted into connections, and how many are kept. */
class ConnectionTableTest {

    /** lo4.pcap's packets (one whole connection) written {@code times} times over, one file. */
    private static byte[] repeated(int times) throws IOException {
        byte[] capture = Files.readAllBytes(capture("lo4.pcap"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(capture, 0, 24);
        byte[] records = Arrays.copyOfRange(capture, 24, capture.length);
        for (int i = 0; i < times; i++) {
            file.write(records);
        }
        return file.toByteArray();
    }

    @Test
    void aSynAfterAConnectionEndedOnTheSamePortsOpensANewOne() throws IOException {
        CaptureContents contents = CaptureFile.read(repeated(3));

        assertThat(contents.connections()).hasSize(3).allSatisfy(c -> {
            assertThat(c.packetCount()).isEqualTo(11);
            assertThat(c.complete()).isTrue();
        });
        assertThat(contents.connections()).extracting(CapturedConnection::number).containsExactly(1, 2, 3);
    }

    @Test
    void aFileOfMorePacketsThanAreKeptListsAndCountsThemAllButKeepsOnlyTheFirst() throws IOException {
        int times = ConnectionTable.MAX_KEPT_PACKETS / 11 + 2;

        CaptureContents contents = CaptureFile.read(repeated(times));

        assertThat(contents.packets()).isEqualTo(11L * times);
        assertThat(contents.connections()).hasSize(times);
        assertThat(contents.connections().stream().mapToLong(c -> c.packets().size()).sum())
                .isEqualTo(ConnectionTable.MAX_KEPT_PACKETS);
        CapturedConnection last = contents.connections().get(times - 1);
        assertThat(last.packetCount()).isEqualTo(11);
        assertThat(last.packetsLeftOut()).isTrue();
        assertThat(last.toTrace().trace().events()).as("nothing kept, nothing claimed").isEmpty();
        assertThat(contents.connections().get(0).packetsLeftOut()).isFalse();
    }
}
