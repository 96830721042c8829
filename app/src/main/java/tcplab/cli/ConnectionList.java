package tcplab.cli;

import java.io.PrintWriter;
import java.time.Instant;
import tcplab.capture.CaptureContents;
import tcplab.capture.CapturedConnection;
import tcplab.capture.ClientEvidence;
import tcplab.explain.Formats;

/**
 * The connections of a capture as the tab-separated table {@code trace --list-connections}
 * prints: one row per connection, numbered as {@code --connection} takes them.
 */
final class ConnectionList {

    static final String HEADER = "connection\tclient\tserver\tclient_is\tpackets\tstart\tduration_ms\topen\tclose";

    private ConnectionList() {
    }

    static void print(CaptureContents contents, PrintWriter out) {
        out.println(HEADER);
        for (CapturedConnection c : contents.connections()) {
            out.println(String.join("\t", Integer.toString(c.number()), c.client().toString(), c.server().toString(),
                    c.clientEvidence() == ClientEvidence.SYN ? "syn-sender" : "first-sender",
                    Long.toString(c.packetCount()), start(c.startNanos()),
                    Formats.millis(Math.floorDiv(c.durationNanos(), 1000)), c.openSeen() ? "yes" : "no",
                    c.closeSeen() ? "yes" : "no"));
        }
    }

    /** The capture time as an ISO 8601 instant in UTC, to the nanosecond the file gives. */
    private static String start(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L))
                .toString();
    }
}
