package tcplab.pcap;

import java.net.Inet4Address;
import java.util.Set;
import tcplab.engine.Flag;

/**
 * One TCP/IPv4 packet read back from a capture file, its checksums already verified.
 *
 * @param timeMicros    the capture time, in microseconds since the epoch
 * @param source        the IPv4 source address
 * @param destination   the IPv4 destination address
 * @param ipId          the IPv4 identification field
 * @param ttl           the IPv4 time to live
 * @param dontFragment  whether the DF bit is set
 * @param flags         the TCP flags among SYN, FIN, RST, PSH, ACK
 * @param window        the raw window field, not scaled
 * @param payloadLength TCP payload bytes
 */
public record PcapRecord(long timeMicros, Inet4Address source, int sourcePort, Inet4Address destination,
                         int destinationPort, int ipId, int ttl, boolean dontFragment, long seq, long ack,
                         Set<Flag> flags, int window, TcpOptions options, int payloadLength) {

    public PcapRecord {
        flags = Set.copyOf(flags);
    }
}
