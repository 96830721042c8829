package tcplab.capture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import tcplab.engine.Side;
import tcplab.pcap.PcapRecord;

/**
 * One TCP connection of a capture: the segments between two endpoints from a SYN (or from the
 * first segment, when the capture starts later) to the next SYN that opens a new connection on
 * the same ports. Wireshark calls it a TCP stream.
 */
public final class CapturedConnection {

    private final int number;
    private final Endpoint client;
    private final Endpoint server;
    private final ClientEvidence clientEvidence;
    private final long packetCount;
    private final long startNanos;
    private final long endNanos;
    private final boolean openSeen;
    private final boolean closeSeen;
    private final List<PcapRecord> packets;

    /**
     * @param number      the connection's number in its file, from 1, in the order of first packets
     * @param packetCount every packet of the connection in the file, kept in {@code packets} or not
     * @param packets     the packets kept, in file order: all of them unless the file is so large
     *                    that later ones are only counted; kept in capture time order
     */
    CapturedConnection(int number, Endpoint client, Endpoint server, ClientEvidence clientEvidence,
                       long packetCount, long startNanos, long endNanos, boolean openSeen, boolean closeSeen,
                       List<PcapRecord> packets) {
        this.number = number;
        this.client = Objects.requireNonNull(client, "client");
        this.server = Objects.requireNonNull(server, "server");
        this.clientEvidence = clientEvidence;
        this.packetCount = packetCount;
        this.startNanos = startNanos;
        this.endNanos = endNanos;
        this.openSeen = openSeen;
        this.closeSeen = closeSeen;
        List<PcapRecord> inTimeOrder = new ArrayList<>(packets);
        inTimeOrder.sort(Comparator.comparingLong(PcapRecord::timeNanos));
        this.packets = List.copyOf(inTimeOrder);
    }

    /** The connection's number in its file, from 1. */
    public int number() {
        return number;
    }

    /** The endpoint that opened the connection (see {@link #clientEvidence()}). */
    public Endpoint client() {
        return client;
    }

    public Endpoint server() {
        return server;
    }

    /** Whether the client is the SYN's sender or only the first sender seen. */
    public ClientEvidence clientEvidence() {
        return clientEvidence;
    }

    /** How many packets of the file belong to the connection. */
    public long packetCount() {
        return packetCount;
    }

    /** The capture time of its first packet, in nanoseconds since the epoch. */
    public long startNanos() {
        return startNanos;
    }

    /** The time from its first packet to its last, in nanoseconds. */
    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** Whether the capture holds its opening SYN (or the SYN+ACK). */
    public boolean openSeen() {
        return openSeen;
    }

    /** Whether the capture holds its end: a FIN from each side, or a RST. */
    public boolean closeSeen() {
        return closeSeen;
    }

    /** Whether both its opening and its end were captured. */
    public boolean complete() {
        return openSeen && closeSeen;
    }

    /**
     * Whether some of its packets were only counted, not kept, because the file holds more than
     * the lab keeps in memory; its trace then ends with the last packet kept.
     */
    public boolean packetsLeftOut() {
        return packets.size() < packetCount;
    }

    /**
     * Its packets as read (those kept; see {@link #packetsLeftOut()}), in capture time order, and in
     * file order where times are equal: a file merged from several interfaces may interleave them.
     */
    public List<PcapRecord> packets() {
        return packets;
    }

    /** The side that sent {@code packet}, one of this connection's. */
    public Side sideOf(PcapRecord packet) {
        return packet.sourcePort() == client.port() && packet.source().equals(client.address())
                ? Side.CLIENT : Side.SERVER;
    }

    /** Where the capture was taken, as its timing shows. */
    public CapturePoint foundCapturePoint() {
        return HandshakeTiming.of(this).foundPoint();
    }

    /** The connection as a trace, with the capture point found from its timing. */
    public CapturedTrace toTrace() {
        return ConnectionInference.infer(this, foundCapturePoint(), false);
    }

    /** The connection as a trace, taken as captured at {@code point} (chosen, if it is not the point found). */
    public CapturedTrace toTrace(CapturePoint point) {
        return ConnectionInference.infer(this, point, point != foundCapturePoint());
    }

    @Override
    public String toString() {
        return "CapturedConnection[" + number + ": " + client + " > " + server + ", " + packetCount + " packets]";
    }
}
