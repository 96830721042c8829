package tcplab.pcap;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Hand-built packets and capture files, for the link types and oddities no loopback capture has. */
final class CaptureBytes {

    static final byte[] CLIENT_V4 = {10, 0, 0, 1};
    static final byte[] SERVER_V4 = {10, 0, 0, 2};
    static final byte[] CLIENT_V6 = v6(1);
    static final byte[] SERVER_V6 = v6(2);

    private CaptureBytes() {
    }

    private static byte[] v6(int last) {
        byte[] address = new byte[16];
        address[0] = (byte) 0xFD;
        address[15] = (byte) last;
        return address;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    /**
     * A TCP segment 40000 -> 80, seq 1000, ack 2000, the given flag bits, window 512, the given
     * options (padded to whole words) and payload, with its checksum right for the addresses.
     */
    static byte[] tcp(byte[] source, byte[] destination, int flagBits, byte[] options, int payload) {
        int optionsLength = (options.length + 3) / 4 * 4;
        int headerLength = 20 + optionsLength;
        ByteBuffer b = ByteBuffer.allocate(headerLength + payload);
        b.putShort((short) 40000).putShort((short) 80).putInt(1000).putInt(2000);
        b.putShort((short) ((headerLength / 4) << 12 | flagBits)).putShort((short) 512).putShort((short) 0)
                .putShort((short) 0).put(options);
        for (int i = 0; i < payload; i++) {
            b.put(headerLength + i, (byte) ('a' + i % 26));
        }
        byte[] segment = b.array();
        long sum = InternetChecksum.pseudoHeader(source, destination, segment.length);
        int checksum = InternetChecksum.finish(InternetChecksum.add(sum, segment, 0, segment.length));
        segment[16] = (byte) (checksum >> 8);
        segment[17] = (byte) checksum;
        return segment;
    }

    static byte[] synWithOptions() {
        return tcp(CLIENT_V4, SERVER_V4, 0x02, bytes(2, 4, 0x05, 0xB4, 4, 2, 8, 10, 0, 0, 0, 7, 0, 0, 0, 0, 1, 3,
                3, 7), 0);
    }

    /** An IPv4 packet around {@code payload} with protocol {@code protocol} and {@code options} (whole words). */
    static byte[] ipv4(int protocol, byte[] options, byte[] payload) {
        int headerLength = 20 + options.length;
        ByteBuffer b = ByteBuffer.allocate(headerLength + payload.length);
        b.put((byte) (0x40 | headerLength / 4)).put((byte) 0).putShort((short) (headerLength + payload.length))
                .putShort((short) 0x1234).putShort((short) 0x4000).put((byte) 64).put((byte) protocol)
                .putShort((short) 0).put(CLIENT_V4).put(SERVER_V4).put(options).put(payload);
        byte[] packet = b.array();
        int checksum = InternetChecksum.finish(InternetChecksum.add(0, packet, 0, headerLength));
        packet[10] = (byte) (checksum >> 8);
        packet[11] = (byte) checksum;
        return packet;
    }

    static byte[] ipv4(byte[] tcp) {
        return ipv4(6, new byte[0], tcp);
    }

    /** An IPv6 packet whose first next header is {@code next}, around {@code payload}. */
    static byte[] ipv6(int next, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(40 + payload.length);
        b.putInt(0x6000_0000).putShort((short) payload.length).put((byte) next).put((byte) 63)
                .put(CLIENT_V6).put(SERVER_V6).put(payload);
        return b.array();
    }

    static byte[] ethernet(int etherType, byte[] payload) {
        return concat(new byte[12], bytes(etherType >> 8, etherType), payload);
    }

    /** A little-endian microsecond pcap file of {@code frames}, each with its captured length whole. */
    static byte[] pcap(int linkType, byte[]... frames) {
        ByteBuffer b = ByteBuffer.allocate(24 + 16 * frames.length + concat(frames).length)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535)
                .putInt(linkType);
        int second = 100;
        for (byte[] frame : frames) {
            b.putInt(second++).putInt(250).putInt(frame.length).putInt(frame.length).put(frame);
        }
        return b.array();
    }

    /** One pcap packet record with a captured length below the original one. */
    static byte[] snappedPcap(int linkType, byte[] frame, int captured) {
        byte[] file = pcap(linkType, frame);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(32, captured);
        byte[] cut = new byte[24 + 16 + captured];
        System.arraycopy(file, 0, cut, 0, cut.length);
        return cut;
    }

    /** A pcapng block of {@code type} around {@code body} (padded), in {@code order}. */
    static byte[] block(ByteOrder order, int type, byte[] body) {
        int padded = (body.length + 3) / 4 * 4;
        ByteBuffer b = ByteBuffer.allocate(12 + padded).order(order);
        b.putInt(type).putInt(12 + padded).put(body).position(8 + padded);
        return b.putInt(12 + padded).array();
    }

    static byte[] sectionHeader(ByteOrder order) {
        return block(order, 0x0A0D0D0A, ByteBuffer.allocate(16).order(order).putInt(0x1A2B3C4D)
                .putShort((short) 1).putShort((short) 0).putLong(-1).array());
    }

    /** An interface description; {@code resolution} is the if_tsresol byte, or -1 for none. */
    static byte[] interfaceDescription(ByteOrder order, int linkType, int resolution) {
        ByteBuffer b = ByteBuffer.allocate(resolution < 0 ? 8 : 20).order(order);
        b.putShort((short) linkType).putShort((short) 0).putInt(0);
        if (resolution >= 0) {
            b.putShort((short) 9).putShort((short) 1).put((byte) resolution).put(new byte[3]).putInt(0);
        }
        return block(order, 1, b.array());
    }

    static byte[] enhancedPacket(ByteOrder order, int interfaceId, long ticks, byte[] frame) {
        ByteBuffer b = ByteBuffer.allocate(20 + frame.length).order(order);
        b.putInt(interfaceId).putInt((int) (ticks >>> 32)).putInt((int) ticks).putInt(frame.length)
                .putInt(frame.length).put(frame);
        return block(order, 6, b.array());
    }

    static byte[] simplePacket(ByteOrder order, byte[] frame) {
        return block(order, 3, ByteBuffer.allocate(4 + frame.length).order(order).putInt(frame.length).put(frame)
                .array());
    }

    /** The same pcap file with every header field in the other byte order. */
    static byte[] swapPcapByteOrder(byte[] file) {
        byte[] swapped = file.clone();
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.wrap(swapped).order(ByteOrder.BIG_ENDIAN);
        out.putInt(0, in.getInt(0)).putShort(4, in.getShort(4)).putShort(6, in.getShort(6));
        for (int at = 8; at < 24; at += 4) {
            out.putInt(at, in.getInt(at));
        }
        for (int at = 24; at < file.length; at += 16 + in.getInt(at + 8)) {
            for (int field = 0; field < 16; field += 4) {
                out.putInt(at + field, in.getInt(at + field));
            }
        }
        return swapped;
    }
}
