package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static tcplab.pcap.CaptureFilesTest.capture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcplab.cli.TraceCommandTest.Result;

/** {@code trace --from-pcap} end to end, through the launcher, on the committed captures and the lab's own. */
class TraceFromPcapTest {

    @TempDir
    Path folder;

    private static String row(String spaced) {
        return spaced.replace(' ', '\t');
    }

    @Test
    void listConnectionsListsEachConnectionOfTheFileWithItsEndpointsAndTimes() {
        Result result = TraceCommandTest.run("trace", "--from-pcap", capture("merged.pcapng").toString(),
                "--list-connections");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).containsExactly(ConnectionList.HEADER,
                row("1 127.0.0.1:48420 127.0.0.1:8080 syn-sender 11 2026-12-01T16:18:35.743841Z 50.622 yes yes"),
                row("2 127.0.0.1:36130 127.0.0.1:8080 syn-sender 11 2026-12-01T16:22:18.246937Z 53.922 yes yes"));
    }

    @Test
    void aCapturedConnectionPrintsInTheSimulatorsTableWithItsInferredStates() {
        Result result = TraceCommandTest.run("trace", "--from-pcap", capture("lo4.pcap").toString());

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().get(0)).isEqualTo(TraceTable.HEADER);
        assertThat(result.out()).containsSubsequence(
                row("0.000 S state - - - - LISTEN"),
                row("0.000 C state - - - - SYN-SENT"),
                row("0.000 C send SYN 0 0 0 -"),
                row("0.005 S recv SYN 0 0 0 -"),
                row("0.005 S state - - - - SYN-RECEIVED"),
                row("0.022 S send SYN,ACK 0 1 0 -"),
                row("0.070 C send PSH,ACK 1 1 4 -"),
                row("0.154 S state - - - - FIN-WAIT-1"),
                row("50.609 S state - - - - TIME-WAIT"),
                row("50.624 C state - - - - CLOSED|LAST-ACK"));
    }

    @Test
    void connectionPicksAnotherConnectionOfTheFile() {
        List<String> first = TraceCommandTest.run("trace", "--from-pcap", capture("merged.pcapng").toString()).out();
        List<String> second = TraceCommandTest.run("trace", "--from-pcap", capture("merged.pcapng").toString(),
                "--connection", "2").out();

        assertThat(first.get(first.size() - 1)).startsWith("50.");
        assertThat(second.get(second.size() - 1)).startsWith("53.");
    }

    @Test
    void theLabsOwnCaptureReadBackPrintsTheSimulatedTraceWithoutWhatNoSegmentShows() {
        Path file = folder.resolve("handshake.pcap");
        List<String> simulated = TraceCommandTest.run("trace", "--scenario", "handshake", "--pcap", file.toString()).out();

        Result captured = TraceCommandTest.run("trace", "--from-pcap", file.toString(), "--capture-point", "both");

        List<String> expected = new ArrayList<>();
        for (String line : simulated) {
            String[] columns = line.split("\t");
            if (columns[2].equals("app") || columns[2].equals("timeout")) {
                continue; // a capture shows neither application calls nor timers
            }
            if (columns[2].equals("state") && columns[7].equals("CLOSED")) {
                // The end of TIME-WAIT is in no segment; the server's last ACK might have been lost after the capture.
                if (columns[1].equals("C")) {
                    continue;
                }
                line = line + "|LAST-ACK";
            }
            expected.add(line);
        }
        assertThat(captured.status()).isZero();
        assertThat(captured.out()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(captured.out().subList(1, captured.out().size())).extracting(line -> Double.valueOf(line.split("\t")[0]))
                .isSorted();
    }
}
