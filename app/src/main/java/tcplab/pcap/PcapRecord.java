package tcplab.pcap;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import tcplab.engine.Flag;

/**
 * One TCP segment read from a capture file.
 *
 * @param number        the packet's number in the file, counting from 1 over every packet,
 *                      skipped ones included (Wireshark's frame number)
 * @param fileOffset    the byte offset of the packet's record or block in the file
 * @param timeNanos     the capture time in nanoseconds since the epoch; 0 for a pcapng simple
 *                      packet block, which carries no time
 * @param interfaceId   the pcapng interface the packet was captured on; 0 in a pcap file
 * @param linkType      the link type (LINKTYPE_ number) of that interface
 * @param vlanIds       the 802.1Q VLAN ids of the frame, outermost first; empty without tags
 * @param source        the IP source address ({@link java.net.Inet4Address} or {@link java.net.Inet6Address})
 * @param destination   the IP destination address
 * @param ipId          the IPv4 identification field; 0 for IPv6
 * @param ttl           the IPv4 time to live or the IPv6 hop limit
 * @param dontFragment  whether the IPv4 DF bit is set; true for IPv6, which routers never fragment
 * @param flags         the TCP flags among SYN, FIN, RST, PSH, ACK
 * @param flagBits      all nine TCP flag bits as sent (URG, ECE, CWR and AE included)
 * @param window        the raw window field, not scaled
 * @param payloadLength TCP payload bytes as the IP header gives them, captured or not
 * @param truncated     whether the snap length cut the packet before its end (its header is whole)
 * @param checksum      whether its checksums hold
 * @param linuxPacketType on a Linux cooked capture ({@code tcpdump -i any}), the packet type the
 *                      kernel gave it: {@link #TO_THIS_HOST}, {@link #SENT_BY_THIS_HOST}, or 1 to 3
 *                      (broadcast, multicast, to another host); {@link #NOT_COOKED} on other links
 */
public record PcapRecord(long number, long fileOffset, long timeNanos, int interfaceId, int linkType,
                         List<Integer> vlanIds, InetAddress source, int sourcePort, InetAddress destination,
                         int destinationPort, int ipId, int ttl, boolean dontFragment, long seq, long ack,
                         Set<Flag> flags, int flagBits, int window, int urgentPointer, TcpOptions options,
                         int payloadLength, boolean truncated, ChecksumStatus checksum, int linuxPacketType) {

    /** {@link #linuxPacketType} of a packet captured on another link type than Linux cooked capture. */
    public static final int NOT_COOKED = -1;
    /** {@link #linuxPacketType} of a packet addressed to the capturing host (PACKET_HOST): it arrived. */
    public static final int TO_THIS_HOST = 0;
    /** {@link #linuxPacketType} of a packet the capturing host sent (PACKET_OUTGOING). */
    public static final int SENT_BY_THIS_HOST = 4;

    public PcapRecord {
        vlanIds = List.copyOf(vlanIds);
        flags = Set.copyOf(flags);
    }

    /** The capture time in microseconds since the epoch, rounded down. */
    public long timeMicros() {
        return Math.floorDiv(timeNanos, 1000);
    }
}
