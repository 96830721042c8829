package tcplab.pcap;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tcplab.engine.Flag;
import tcplab.i18n.Message;

/**
 * Decodes one captured frame, link layer to TCP header, into a {@link PcapRecord}: Ethernet
 * (with 802.1Q and stacked QinQ tags), Linux cooked capture v1 and v2, BSD loopback/null in
 * either byte order, OpenBSD loop and raw IP; IPv4 with options and IPv6 with extension headers.
 *
 * <p>Packets that are not TCP, IP fragments and packets snapped before the end of their TCP
 * header are skipped and counted by reason. A header that contradicts itself or the packet's
 * length is malformed and ends the read.
 */
final class FrameDecoder {

    static final int LINKTYPE_NULL = 0;
    static final int LINKTYPE_ETHERNET = 1;
    static final int LINKTYPE_RAW = 101;
    static final int LINKTYPE_LOOP = 108;
    static final int LINKTYPE_LINUX_SLL = 113;
    static final int LINKTYPE_IPV4 = 228;
    static final int LINKTYPE_IPV6 = 229;
    static final int LINKTYPE_LINUX_SLL2 = 276;

    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86DD;
    /** Address families BSD, macOS and Windows loopback captures give IPv6. */
    private static final Set<Integer> AF_INET6 = Set.of(10, 24, 28, 30);
    private static final int AF_INET = 2;
    private static final int PROTOCOL_TCP = 6;

    private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);

    /** How many packets were skipped so far, by reason. */
    Map<SkipReason, Integer> skipped() {
        return Map.copyOf(skipped);
    }

    /**
     * The TCP segment in {@code frame[0, captured)}, or {@code null} when the packet is skipped.
     *
     * @param originalLength the packet's length on the wire, at least {@code captured}
     */
    PcapRecord decode(long number, long offset, long timeNanos, int interfaceId, int linkType,
                      byte[] frame, int captured, long originalLength) throws PcapFormatException {
        Packet p = new Packet(number, offset, frame, captured, originalLength);
        List<Integer> vlanIds = new ArrayList<>();
        int version = switch (linkType) {
            case LINKTYPE_ETHERNET -> ethernet(p, vlanIds);
            case LINKTYPE_LINUX_SLL -> cooked(p, 14, 16, 0, 2);
            case LINKTYPE_LINUX_SLL2 -> cooked(p, 0, 20, 10, 1);
            case LINKTYPE_NULL, LINKTYPE_LOOP -> nullLoopback(p, linkType);
            case LINKTYPE_RAW -> rawIp(p, 0);
            case LINKTYPE_IPV4 -> rawIp(p, 4);
            case LINKTYPE_IPV6 -> rawIp(p, 6);
            default -> skip(SkipReason.UNKNOWN_LINK_TYPE);
        };
        if (version == 0) {
            return null;
        }
        Ip ip = version == 4 ? ipv4(p) : ipv6(p);
        if (ip == null) {
            return null;
        }
        return tcp(p, ip, timeNanos, interfaceId, linkType, vlanIds);
    }

    private int skip(SkipReason reason) {
        skipped.merge(reason, 1, Integer::sum);
        return 0;
    }

    private Ip skipIp(SkipReason reason) {
        skip(reason);
        return null;
    }

    /** IP version 4 or 6 after the Ethernet header and its VLAN tags, or 0 when skipped. */
    private int ethernet(Packet p, List<Integer> vlanIds) throws PcapFormatException {
        int at = 12;
        if (!p.need(at + 2, Message.of("capture.part.ethernetHeader"))) {
            return skip(SkipReason.HEADER_CUT_SHORT);
        }
        int type = Bytes.u16(p.frame, at);
        while (type == 0x8100 || type == 0x88A8 || type == 0x9100) {
            if (!p.need(at + 6, Message.of("capture.part.vlanTag"))) {
                return skip(SkipReason.HEADER_CUT_SHORT);
            }
            vlanIds.add(Bytes.u16(p.frame, at + 2) & 0x0FFF);
            at += 4;
            type = Bytes.u16(p.frame, at);
        }
        p.ip = at + 2;
        return ipVersionOfEtherType(type);
    }

    /** A Linux cooked capture header: its protocol field, and its packet type field of 2 (v1) or 1 (v2) bytes. */
    private int cooked(Packet p, int protocolField, int headerLength, int typeField, int typeBytes)
            throws PcapFormatException {
        if (!p.need(headerLength, Message.of("capture.part.cookedHeader"))) {
            return skip(SkipReason.HEADER_CUT_SHORT);
        }
        p.ip = headerLength;
        p.linuxPacketType = typeBytes == 2 ? Bytes.u16(p.frame, typeField) : Bytes.u8(p.frame, typeField);
        return ipVersionOfEtherType(Bytes.u16(p.frame, protocolField));
    }

    private int ipVersionOfEtherType(int type) {
        return type == ETHERTYPE_IPV4 ? 4 : type == ETHERTYPE_IPV6 ? 6 : skip(SkipReason.NOT_IP);
    }

    /** The 4-byte address family, in the capturing host's byte order (null) or network order (loop). */
    private int nullLoopback(Packet p, int linkType) throws PcapFormatException {
        if (!p.need(4, Message.of("capture.part.loopbackHeader"))) {
            return skip(SkipReason.HEADER_CUT_SHORT);
        }
        p.ip = 4;
        long bigEndian = Bytes.u32(p.frame, 0);
        long littleEndian = Long.reverseBytes(bigEndian) >>> 32;
        long family = linkType == LINKTYPE_LOOP || bigEndian < 0x10000 ? bigEndian : littleEndian;
        return family == AF_INET ? 4 : AF_INET6.contains((int) family) ? 6 : skip(SkipReason.NOT_IP);
    }

    private int rawIp(Packet p, int version) throws PcapFormatException {
        if (!p.need(1, Message.of("capture.part.ipHeader"))) {
            return skip(SkipReason.HEADER_CUT_SHORT);
        }
        p.ip = 0;
        int found = Bytes.u8(p.frame, 0) >> 4;
        if (version != 0 && found != version) {
            throw p.malformed(Message.of("capture.error.rawVersion", String.valueOf(found), String.valueOf(version)));
        }
        return found == 4 || found == 6 ? found : skip(SkipReason.NOT_IP);
    }

    private Ip ipv4(Packet p) throws PcapFormatException {
        int ip = p.ip;
        if (!p.has(ip + 20)) {
            return skipIp(SkipReason.HEADER_CUT_SHORT);
        }
        byte[] f = p.frame;
        int version = Bytes.u8(f, ip) >> 4;
        int headerLength = (Bytes.u8(f, ip) & 0x0F) * 4;
        if (version != 4 || headerLength < 20) {
            throw p.malformed(Message.of("capture.error.ipv4Header", String.valueOf(version),
                    String.valueOf(headerLength)));
        }
        long onWire = p.originalLength - ip;
        int totalLength = Bytes.u16(f, ip + 2);
        if (totalLength == 0 && onWire >= headerLength) {
            // A segmentation-offload capture leaves the length to the card; the frame gives it.
            totalLength = (int) Math.min(onWire, 0xFFFF);
        }
        if (totalLength < headerLength || totalLength > onWire) {
            throw p.malformed(Message.of("capture.error.ipv4Length", String.valueOf(totalLength),
                    String.valueOf(headerLength), String.valueOf(onWire)));
        }
        if (!p.has(ip + headerLength)) {
            return skipIp(SkipReason.HEADER_CUT_SHORT);
        }
        int fragment = Bytes.u16(f, ip + 6);
        if ((fragment & 0x3FFF) != 0) {
            return skipIp(SkipReason.FRAGMENT);
        }
        if (Bytes.u8(f, ip + 9) != PROTOCOL_TCP) {
            return skipIp(SkipReason.NOT_TCP);
        }
        boolean headerChecksumHolds = InternetChecksum.finish(InternetChecksum.add(0, f, ip, headerLength)) == 0;
        return new Ip(address(f, ip + 12, 4), address(f, ip + 16, 4), Bytes.u16(f, ip + 4), Bytes.u8(f, ip + 8),
                (fragment & 0x4000) != 0, ip + headerLength, totalLength - headerLength, headerChecksumHolds);
    }

    private Ip ipv6(Packet p) throws PcapFormatException {
        int ip = p.ip;
        if (!p.has(ip + 40)) {
            return skipIp(SkipReason.HEADER_CUT_SHORT);
        }
        byte[] f = p.frame;
        int version = Bytes.u8(f, ip) >> 4;
        if (version != 6) {
            throw p.malformed(Message.of("capture.error.ipv6Version", String.valueOf(version)));
        }
        long onWire = p.originalLength - ip - 40;
        int payloadLength = Bytes.u16(f, ip + 4);
        if (payloadLength > onWire) {
            throw p.malformed(Message.of("capture.error.ipv6Length", String.valueOf(payloadLength),
                    String.valueOf(onWire)));
        }
        int end = ip + 40 + payloadLength;
        int next = Bytes.u8(f, ip + 6);
        int at = ip + 40;
        while (next != PROTOCOL_TCP) {
            int length;
            if (next == 0 || next == 43 || next == 60) {
                length = at + 2 <= end && p.has(at + 2) ? (Bytes.u8(f, at + 1) + 1) * 8 : 8;
            } else if (next == 51) {
                length = at + 2 <= end && p.has(at + 2) ? (Bytes.u8(f, at + 1) + 2) * 4 : 8;
            } else if (next == 44) {
                length = 8;
            } else {
                return skipIp(SkipReason.NOT_TCP);
            }
            if (at + length > end) {
                throw p.malformed(Message.of("capture.error.ipv6Extension", String.valueOf(next)));
            }
            if (!p.has(at + length)) {
                return skipIp(SkipReason.HEADER_CUT_SHORT);
            }
            if (next == 44 && (Bytes.u16(f, at + 2) & 0xFFF9) != 0) {
                return skipIp(SkipReason.FRAGMENT);
            }
            next = Bytes.u8(f, at);
            at += length;
        }
        return new Ip(address(f, ip + 8, 16), address(f, ip + 24, 16), 0, Bytes.u8(f, ip + 7), true,
                at, end - at, true);
    }

    private PcapRecord tcp(Packet p, Ip ip, long timeNanos, int interfaceId, int linkType, List<Integer> vlanIds)
            throws PcapFormatException {
        byte[] f = p.frame;
        int tcp = ip.payload;
        if (ip.payloadLength < 20) {
            throw p.malformed(Message.of("capture.error.tcpShort", String.valueOf(ip.payloadLength)));
        }
        if (!p.has(tcp + 20)) {
            skip(SkipReason.HEADER_CUT_SHORT);
            return null;
        }
        int headerLength = (Bytes.u8(f, tcp + 12) >> 4) * 4;
        if (headerLength < 20 || headerLength > ip.payloadLength) {
            throw p.malformed(Message.of("capture.error.dataOffset", String.valueOf(headerLength),
                    String.valueOf(ip.payloadLength)));
        }
        if (!p.has(tcp + headerLength)) {
            skip(SkipReason.HEADER_CUT_SHORT);
            return null;
        }
        TcpOptions options = TcpOptions.parse(f, tcp + 20, tcp + headerLength);
        if (options == null) {
            throw p.malformed(Message.of("capture.error.optionPastHeader"));
        }
        boolean truncated = !p.has(tcp + ip.payloadLength);
        ChecksumStatus checksum;
        if (truncated) {
            checksum = ChecksumStatus.NOT_CHECKED;
        } else {
            long sum = InternetChecksum.pseudoHeader(ip.source.getAddress(), ip.destination.getAddress(),
                    ip.payloadLength);
            boolean holds = InternetChecksum.finish(InternetChecksum.add(sum, f, tcp, ip.payloadLength)) == 0;
            checksum = holds && ip.headerChecksumHolds ? ChecksumStatus.VALID : ChecksumStatus.BAD;
        }
        int flagBits = Bytes.u16(f, tcp + 12) & 0x01FF;
        return new PcapRecord(p.number, p.offset, timeNanos, interfaceId, linkType, vlanIds,
                ip.source, Bytes.u16(f, tcp), ip.destination, Bytes.u16(f, tcp + 2), ip.id, ip.ttl,
                ip.dontFragment, Bytes.u32(f, tcp + 4), Bytes.u32(f, tcp + 8), flags(flagBits), flagBits,
                Bytes.u16(f, tcp + 14), Bytes.u16(f, tcp + 18), options, ip.payloadLength - headerLength,
                truncated, checksum, p.linuxPacketType);
    }

    private static Set<Flag> flags(int bits) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if ((bits & 0x02) != 0) {
            flags.add(Flag.SYN);
        }
        if ((bits & 0x01) != 0) {
            flags.add(Flag.FIN);
        }
        if ((bits & 0x04) != 0) {
            flags.add(Flag.RST);
        }
        if ((bits & 0x08) != 0) {
            flags.add(Flag.PSH);
        }
        if ((bits & 0x10) != 0) {
            flags.add(Flag.ACK);
        }
        return flags;
    }

    private static InetAddress address(byte[] frame, int at, int length) {
        byte[] bytes = new byte[length];
        System.arraycopy(frame, at, bytes, 0, length);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an IP address", e);
        }
    }

    /** The frame being decoded and where its IP header starts. */
    private static final class Packet {
        final long number;
        final long offset;
        final byte[] frame;
        final int captured;
        final long originalLength;
        int ip;
        int linuxPacketType = PcapRecord.NOT_COOKED;

        Packet(long number, long offset, byte[] frame, int captured, long originalLength) {
            this.number = number;
            this.offset = offset;
            this.frame = frame;
            this.captured = captured;
            this.originalLength = originalLength;
        }

        boolean has(int end) {
            return end <= captured;
        }

        /**
         * Whether the link header up to {@code end} was captured; false when the snap length cut
         * it, and malformed when the packet was never that long.
         */
        boolean need(int end, Message what) throws PcapFormatException {
            if (end > originalLength) {
                throw malformed(Message.of("capture.error.headerPastPacket", what, String.valueOf(originalLength)));
            }
            return has(end);
        }

        PcapFormatException malformed(Message what) {
            return PcapFormatException.at(offset, Message.of("capture.error.packet", String.valueOf(number), what));
        }
    }

    /** The IP layer of a TCP packet: where the TCP segment starts and how long it is. */
    private record Ip(InetAddress source, InetAddress destination, int id, int ttl, boolean dontFragment,
                      int payload, int payloadLength, boolean headerChecksumHolds) {
    }
}
