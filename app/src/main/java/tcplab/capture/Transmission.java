package tcplab.capture;

import java.util.OptionalLong;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SequenceNumbers;
import tcplab.engine.Side;

/**
 * One segment on the wire while a captured connection is turned into a trace: a packet of the
 * capture, or a segment lost before the capture point that only the gap it left shows. Times are
 * microseconds from the connection's first packet.
 */
final class Transmission {

    final Side from;
    final Segment segment;
    final OptionalLong packetNumber;
    final long seen;
    final boolean retransmission;
    /** The transmission this one is a second copy of, or null. */
    final Transmission original;
    int id;
    long sent;
    long arrival;
    SegmentFate fate = SegmentFate.DELIVERED;

    Transmission(Side from, Segment segment, OptionalLong packetNumber, long seen, boolean retransmission,
                 Transmission original) {
        this.from = from;
        this.segment = segment;
        this.packetNumber = packetNumber;
        this.seen = seen;
        this.retransmission = retransmission;
        this.original = original;
    }

    /** The first sequence number after the segment: its sequence number plus its sequence space, mod 2^32. */
    long end() {
        return SequenceNumbers.add(segment.seq(), segment.sequenceSpace());
    }

    boolean occupiesSequenceSpace() {
        return segment.sequenceSpace() > 0;
    }

    /** Whether it acknowledges everything before {@code sequence}. */
    boolean acknowledges(long sequence) {
        return segment.has(Flag.ACK) && SequenceNumbers.le(sequence, segment.ack());
    }

    boolean arrived() {
        return fate == SegmentFate.DELIVERED;
    }
}
