package tcplab.pcap;

import java.util.EnumMap;
import java.util.Map;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.Side;
import tcplab.engine.Trace;

/**
 * Each side's ISN for the connection in progress, followed through a trace in event order: the
 * sequence number of the side's latest SYN. A trace may hold several connections on the same
 * address/port pair (an old duplicate meeting a new connection); like Wireshark, numbers are then
 * made relative to the connection a segment was sent in, not to the run's first ISN.
 */
public final class ConnectionOrigins {

    private static final long MODULUS = 1L << 32;

    private final Map<Side, Long> isn = new EnumMap<>(Side.class);

    /** Starts from the trace's own ISNs, which hold until a side sends a SYN. */
    public ConnectionOrigins(Trace trace) {
        for (Side side : Side.values()) {
            isn.put(side, trace.initialSequence().getOrDefault(side, 0L));
        }
    }

    /** Takes note of a segment being sent: a SYN starts its sender's new connection. */
    public void sent(Segment segment) {
        if (segment.has(Flag.SYN)) {
            isn.put(segment.from(), segment.seq());
        }
    }

    /** The segment's sequence number relative to its sender's current ISN. */
    public long relativeSeq(Segment segment) {
        return Math.floorMod(segment.seq() - isn.get(segment.from()), MODULUS);
    }

    /** The acknowledgment number relative to the receiver's current ISN; 0 without ACK, as Wireshark shows it. */
    public long relativeAck(Segment segment) {
        return segment.has(Flag.ACK) ? Math.floorMod(segment.ack() - isn.get(segment.from().peer()), MODULUS) : 0;
    }
}
