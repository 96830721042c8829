package tcplab.pcap;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import tcplab.engine.Flag;

/**
 * Reads a classic libpcap file of Ethernet frames carrying TCP over IPv4, as {@link PcapWriter}
 * writes it, and verifies every IPv4 header checksum and TCP checksum on the way. Either byte
 * order of the file header is accepted; nanosecond files, other link types and other protocols
 * are not.
 */
public final class PcapReader {

    private static final int MAGIC = 0xA1B2C3D4;

    private PcapReader() {
    }

    /** The packets of the capture in {@code file}, in file order. */
    public static List<PcapRecord> read(byte[] file) throws PcapFormatException {
        try {
            return readAll(ByteBuffer.wrap(file));
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new PcapFormatException("capture ends in the middle of a header or packet");
        }
    }

    private static List<PcapRecord> readAll(ByteBuffer in) throws PcapFormatException {
        in.order(ByteOrder.LITTLE_ENDIAN);
        int magic = in.getInt();
        if (magic != MAGIC) {
            in.order(ByteOrder.BIG_ENDIAN);
            if (in.getInt(0) != MAGIC) {
                throw new PcapFormatException(
                        "not a classic microsecond pcap file (magic " + Integer.toHexString(magic) + ")");
            }
        }
        in.position(20);
        int linkType = in.getInt();
        if (linkType != PcapWriter.LINKTYPE_ETHERNET) {
            throw new PcapFormatException("link type " + linkType + ", expected Ethernet (1)");
        }
        List<PcapRecord> records = new ArrayList<>();
        while (in.hasRemaining()) {
            long seconds = in.getInt() & 0xFFFF_FFFFL;
            long micros = in.getInt() & 0xFFFF_FFFFL;
            int captured = in.getInt();
            int original = in.getInt();
            if (captured != original) {
                throw new PcapFormatException("packet " + (records.size() + 1) + " is truncated");
            }
            byte[] frame = new byte[captured];
            in.get(frame);
            records.add(packet(records.size() + 1, seconds * 1_000_000 + micros, frame));
        }
        return records;
    }

    private static PcapRecord packet(int number, long time, byte[] frame) throws PcapFormatException {
        ByteBuffer p = ByteBuffer.wrap(frame);
        int etherType = p.getShort(12) & 0xFFFF;
        if (etherType != 0x0800) {
            throw new PcapFormatException(
                    "packet " + number + ": not IPv4 (EtherType " + Integer.toHexString(etherType) + ")");
        }
        int ip = PcapWriter.ETHERNET_HEADER;
        int ipHeader = (p.get(ip) & 0x0F) * 4;
        if ((p.get(ip) >> 4) != 4 || ipHeader < PcapWriter.IPV4_HEADER) {
            throw new PcapFormatException("packet " + number + ": bad IPv4 version or header length");
        }
        int totalLength = p.getShort(ip + 2) & 0xFFFF;
        if (ip + totalLength != frame.length) {
            throw new PcapFormatException("packet " + number + ": IPv4 total length disagrees with the frame");
        }
        if (InternetChecksum.finish(InternetChecksum.add(0, frame, ip, ipHeader)) != 0) {
            throw new PcapFormatException("packet " + number + ": bad IPv4 header checksum");
        }
        if (p.get(ip + 9) != 6) {
            throw new PcapFormatException("packet " + number + ": not TCP");
        }
        int ipId = p.getShort(ip + 4) & 0xFFFF;
        boolean dontFragment = (p.getShort(ip + 6) & 0x4000) != 0;
        int ttl = p.get(ip + 8) & 0xFF;
        byte[] source = new byte[4];
        byte[] destination = new byte[4];
        p.position(ip + 12);
        p.get(source).get(destination);

        int tcp = ip + ipHeader;
        int tcpLength = totalLength - ipHeader;
        long sum = InternetChecksum.pseudoHeader(source, destination, tcpLength);
        if (InternetChecksum.finish(InternetChecksum.add(sum, frame, tcp, tcpLength)) != 0) {
            throw new PcapFormatException("packet " + number + ": bad TCP checksum");
        }
        int tcpHeader = ((p.get(tcp + 12) & 0xFF) >> 4) * 4;
        if (tcpHeader < PcapWriter.TCP_HEADER || tcpHeader > tcpLength) {
            throw new PcapFormatException("packet " + number + ": bad TCP data offset");
        }
        return new PcapRecord(time, address(source), p.getShort(tcp) & 0xFFFF, address(destination),
                p.getShort(tcp + 2) & 0xFFFF, ipId, ttl, dontFragment,
                p.getInt(tcp + 4) & 0xFFFF_FFFFL, p.getInt(tcp + 8) & 0xFFFF_FFFFL, flags(p.get(tcp + 13)),
                p.getShort(tcp + 14) & 0xFFFF, options(number, frame, tcp + PcapWriter.TCP_HEADER, tcp + tcpHeader),
                tcpLength - tcpHeader);
    }

    private static Set<Flag> flags(byte bits) {
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

    private static TcpOptions options(int number, byte[] frame, int from, int to) throws PcapFormatException {
        List<Integer> kinds = new ArrayList<>();
        OptionalInt mss = OptionalInt.empty();
        OptionalInt windowScale = OptionalInt.empty();
        OptionalLong timestamp = OptionalLong.empty();
        OptionalLong echoed = OptionalLong.empty();
        ByteBuffer p = ByteBuffer.wrap(frame);
        int at = from;
        while (at < to) {
            int kind = frame[at] & 0xFF;
            if (kind == 0) {
                break;
            }
            kinds.add(kind);
            if (kind == 1) {
                at++;
                continue;
            }
            int length = at + 1 < to ? frame[at + 1] & 0xFF : 0;
            if (length < 2 || at + length > to) {
                throw new PcapFormatException("packet " + number + ": bad length of TCP option " + kind);
            }
            if (kind == 2 && length == 4) {
                mss = OptionalInt.of(p.getShort(at + 2) & 0xFFFF);
            } else if (kind == 3 && length == 3) {
                windowScale = OptionalInt.of(frame[at + 2] & 0xFF);
            } else if (kind == 8 && length == 10) {
                timestamp = OptionalLong.of(p.getInt(at + 2) & 0xFFFF_FFFFL);
                echoed = OptionalLong.of(p.getInt(at + 6) & 0xFFFF_FFFFL);
            }
            at += length;
        }
        return new TcpOptions(kinds, mss, windowScale, timestamp, echoed);
    }

    private static Inet4Address address(byte[] bytes) {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
