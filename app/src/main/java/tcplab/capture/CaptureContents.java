package tcplab.capture;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tcplab.pcap.SkipReason;

/**
 * What a capture file holds: its TCP connections in the order their first packet was captured.
 *
 * @param connections every connection found, numbered from 1
 * @param packets     every packet of the file, TCP or not
 * @param skipped     the packets that are not TCP segments, by reason
 */
public record CaptureContents(List<CapturedConnection> connections, long packets, Map<SkipReason, Integer> skipped) {

    public CaptureContents {
        connections = List.copyOf(connections);
        skipped = Map.copyOf(skipped);
    }

    /** The connection shown first: the first whose opening and closing were both captured, else the first. */
    public Optional<CapturedConnection> defaultConnection() {
        return connections.stream().filter(CapturedConnection::complete).findFirst()
                .or(() -> connections.stream().findFirst());
    }

    /** The connection numbered {@code number} (from 1), if there is one. */
    public Optional<CapturedConnection> connection(int number) {
        return number >= 1 && number <= connections.size()
                ? Optional.of(connections.get(number - 1)) : Optional.empty();
    }
}
