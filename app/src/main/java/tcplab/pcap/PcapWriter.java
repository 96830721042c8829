package tcplab.pcap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import tcplab.engine.Flag;
import tcplab.engine.NetworkConfig;
import tcplab.engine.Segment;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.SynOptions;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * Writes a trace as a classic libpcap file (microsecond timestamps, Ethernet link type) that
 * Wireshark and tshark read without malformed-packet or checksum complaints.
 *
 * <p><b>Where the capture is taken:</b> on the wire at each sender. Every transmission is one
 * packet at the moment it is sent, retransmissions and segments the link later loses included;
 * what the link does afterwards (loss, duplication, delay) is not visible, exactly as a capture
 * next to the sending host would not see it. Packet times are simulated time since the start of
 * the run, so the file starts at the Unix epoch.
 *
 * <p>Addresses and ports are the simulated hosts' ({@link NetworkConfig}); IPv4 headers are a
 * Linux host's: TTL 64, Don’t Fragment set and a per-host IP ID counter. The TCP options are the
 * segment's own, in the order Linux writes them (tcp_options_write in net/ipv4/tcp_output.c): a
 * SYN or SYN+ACK carries what its {@link SynOptions} offer, so MSS alone under the RFC profile and
 * MSS, SACK permitted, timestamps, NOP and window scale under the Linux one; every other segment
 * carries NOP, NOP, timestamps if it has a timestamp, and nothing otherwise; an RST carries no
 * options, as Linux sends one in reply to a segment. The timestamps run a 1 kHz clock per host
 * (the engine's microseconds divided by 1000, from a per-host start). Once both sides' SYNs have
 * announced window scaling, a non-SYN window field is the engine’s window shifted right by the
 * sender's announced shift (rounded up). A segment without ACK has its acknowledgment field
 * zeroed, as real stacks send it. Payload bytes come from {@link PayloadText}.
 */
public final class PcapWriter {

    /** Ethernet, with the made-up MAC addresses below. */
    static final int LINKTYPE_ETHERNET = 1;
    static final int SNAPLEN = 262_144;
    static final int ETHERNET_HEADER = 14;
    static final int IPV4_HEADER = 20;
    static final int TCP_HEADER = 20;
    /** The most option bytes a TCP header holds. */
    static final int MAX_OPTIONS = 40;
    static final int TTL = 64;

    private static final long MILLIS = 1000;
    /** Per-host starting points of the timestamp clock and the IP ID counter. */
    private static final Map<Side, Long> TIMESTAMP_BASE = Map.of(Side.CLIENT, 1_000_000L, Side.SERVER, 3_000_000L);
    private static final Map<Side, Integer> IP_ID_BASE = Map.of(Side.CLIENT, 0x1000, Side.SERVER, 0x8000);

    private final Trace trace;
    private final PayloadText payloads;
    private final Map<Side, Integer> nextIpId = new EnumMap<>(Side.class);
    /** The window scale shift each side's latest SYN announced, if any (RFC 7323 2.2). */
    private final Map<Side, Integer> announcedShift = new EnumMap<>(Side.class);

    private PcapWriter(Trace trace) {
        this.trace = trace;
        this.payloads = new PayloadText(trace);
        nextIpId.putAll(IP_ID_BASE);
    }

    /** Writes the capture of {@code trace} to {@code out}, which stays open. */
    public static void write(Trace trace, OutputStream out) throws IOException {
        new PcapWriter(trace).writeTo(out);
    }

    /** The capture of {@code trace} as bytes. */
    public static byte[] toBytes(Trace trace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(trace, bytes);
        } catch (IOException e) {
            throw new IllegalStateException("a byte array stream does not fail", e);
        }
        return bytes.toByteArray();
    }

    private void writeTo(OutputStream out) throws IOException {
        out.write(globalHeader());
        for (TraceEvent event : trace.events()) {
            if (event instanceof SegmentSent sent) {
                Segment segment = sent.segment();
                if (segment.has(Flag.SYN)) {
                    SynOptions offered = segment.synOptions();
                    if (offered.windowScaled()) {
                        announcedShift.put(sent.side(), offered.windowScale());
                    } else {
                        announcedShift.remove(sent.side());
                    }
                }
                out.write(record(sent.time(), frame(sent.transmissionId(), segment)));
            }
        }
    }

    private static byte[] globalHeader() {
        ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(SNAPLEN).putInt(LINKTYPE_ETHERNET);
        return header.array();
    }

    private static byte[] record(long micros, byte[] frame) {
        ByteBuffer record = ByteBuffer.allocate(16 + frame.length).order(ByteOrder.LITTLE_ENDIAN);
        record.putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000))
                .putInt(frame.length).putInt(frame.length).put(frame);
        return record.array();
    }

    /** A 1 kHz timestamp clock per host, as Linux runs it, reading the engine's microseconds. */
    private static long timestampValue(Side side, long micros) {
        return (TIMESTAMP_BASE.get(side) + micros / MILLIS) & 0xFFFF_FFFFL;
    }

    private byte[] frame(int transmissionId, Segment segment) {
        Side from = segment.from();
        Side to = from.peer();
        byte[] options = options(segment);
        byte[] payload = payloads.payload(transmissionId, segment);
        int tcpLength = TCP_HEADER + options.length + payload.length;
        ByteBuffer frame = ByteBuffer.allocate(ETHERNET_HEADER + IPV4_HEADER + tcpLength);

        frame.put(mac(to)).put(mac(from)).putShort((short) 0x0800);

        byte[] source = address(from);
        byte[] destination = address(to);
        int ip = frame.position();
        frame.put((byte) 0x45).put((byte) 0).putShort((short) (IPV4_HEADER + tcpLength))
                .putShort((short) nextIpId(from)).putShort((short) 0x4000)
                .put((byte) TTL).put((byte) 6).putShort((short) 0).put(source).put(destination);
        frame.putShort(ip + 10, (short) InternetChecksum.finish(
                InternetChecksum.add(0, frame.array(), ip, IPV4_HEADER)));

        int tcp = frame.position();
        frame.putShort((short) NetworkConfig.port(from)).putShort((short) NetworkConfig.port(to))
                .putInt((int) segment.seq()).putInt(segment.has(Flag.ACK) ? (int) segment.ack() : 0)
                .put((byte) (((TCP_HEADER + options.length) / 4) << 4)).put(flagBits(segment))
                .putShort((short) windowField(segment)).putShort((short) 0).putShort((short) 0)
                .put(options).put(payload);
        long sum = InternetChecksum.pseudoHeader(source, destination, tcpLength);
        frame.putShort(tcp + 16, (short) InternetChecksum.finish(
                InternetChecksum.add(sum, frame.array(), tcp, tcpLength)));
        return frame.array();
    }

    private int nextIpId(Side side) {
        int id = nextIpId.get(side);
        nextIpId.put(side, (id + 1) & 0xFFFF);
        return id;
    }

    /** The host's IPv4 address in network byte order. */
    static byte[] address(Side side) {
        return ByteBuffer.allocate(4).putInt(NetworkConfig.address(side)).array();
    }

    /** Locally administered MACs ending in the host's last address byte. */
    private static byte[] mac(Side side) {
        return new byte[] {0x02, 0, 0, 0, 0, address(side)[3]};
    }

    private static byte flagBits(Segment segment) {
        int bits = 0;
        bits |= segment.has(Flag.FIN) ? 0x01 : 0;
        bits |= segment.has(Flag.SYN) ? 0x02 : 0;
        bits |= segment.has(Flag.RST) ? 0x04 : 0;
        bits |= segment.has(Flag.PSH) ? 0x08 : 0;
        bits |= segment.has(Flag.ACK) ? 0x10 : 0;
        return (byte) bits;
    }

    /**
     * SYN windows are never scaled (RFC 7323 2.2); later ones are, by the sender's announced shift,
     * once both sides have announced one.
     */
    private int windowField(Segment segment) {
        Integer shift = announcedShift.get(segment.from());
        boolean scaled = !segment.has(Flag.SYN) && shift != null && announcedShift.containsKey(segment.from().peer());
        long window = scaled ? ((long) segment.window() + (1L << shift) - 1) >> shift : segment.window();
        return (int) Math.min(window, 0xFFFF);
    }

    private static byte[] options(Segment segment) {
        if (segment.has(Flag.RST)) {
            return new byte[0];
        }
        boolean timestamps = segment.tsVal() != Segment.NO_TIMESTAMP;
        ByteBuffer options = ByteBuffer.allocate(MAX_OPTIONS);
        if (segment.has(Flag.SYN)) {
            SynOptions offered = segment.synOptions();
            if (offered.mss() > 0) {
                options.put((byte) 2).put((byte) 4).putShort((short) offered.mss());
            }
            if (timestamps) {
                // SACK permitted fills the two bytes before the timestamps that are NOPs otherwise.
                if (offered.sackPermitted()) {
                    options.put((byte) 4).put((byte) 2);
                } else {
                    options.put((byte) 1).put((byte) 1);
                }
                timestamps(options, segment);
            }
            if (offered.windowScaled()) {
                options.put((byte) 1).put((byte) 3).put((byte) 3).put((byte) offered.windowScale());
            }
            if (offered.sackPermitted() && !timestamps) {
                options.put((byte) 1).put((byte) 1).put((byte) 4).put((byte) 2);
            }
        } else if (timestamps) {
            options.put((byte) 1).put((byte) 1);
            timestamps(options, segment);
        }
        return Arrays.copyOf(options.array(), options.position());
    }

    /** TSval from the sender's clock; TSecr the peer's clock value it echoes, 0 when it has none yet. */
    private static void timestamps(ByteBuffer options, Segment segment) {
        long echoed = segment.tsEcr() == Segment.NO_TIMESTAMP ? 0
                : timestampValue(segment.from().peer(), segment.tsEcr());
        options.put((byte) 8).put((byte) 10).putInt((int) timestampValue(segment.from(), segment.tsVal()))
                .putInt((int) echoed);
    }
}
