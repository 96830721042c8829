package tcplab.capture;

import java.util.OptionalLong;
import tcplab.engine.Side;

/**
 * What a capture tells of one transmission of the trace, beyond the segment itself.
 *
 * @param transmissionId the transmission's id in the trace
 * @param from           its sender
 * @param packetNumber   the packet's number in the file (Wireshark's frame number); empty for a
 *                       segment lost before the capture point, which the file does not hold
 * @param retransmission whether its sender had sent this sequence range before
 * @param copy           whether it is a second copy of a packet seen before (same IP
 *                       identification and timestamp: the network or the capture doubled it,
 *                       not the sender)
 * @param fate           whether it arrived
 */
public record CapturedSegment(int transmissionId, Side from, OptionalLong packetNumber, boolean retransmission,
                              boolean copy, SegmentFate fate) {
}
