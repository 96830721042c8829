package tcplab.pcap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import tcplab.engine.Flag;
import tcplab.engine.NetworkConfig;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
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
 * <p>Addresses, ports and MSS are the simulated hosts' ({@link NetworkConfig}). The headers are
 * those of a Linux host: IPv4 with TTL 64, Don’t Fragment set and a per-host IP ID counter; a SYN
 * and the SYN+ACK carry MSS 1460, SACK permitted, timestamps, NOP and window scale 7 in Linux’s
 * order; every later segment carries NOP, NOP, timestamps, except a RST, which
 * carries no options. The window field of a non-SYN segment is the engine’s window divided by 128
 * (rounded up), as window scale 7 requires. A segment without ACK has its acknowledgment field
 * zeroed, as real stacks send it. Payload bytes come from {@link PayloadText}.
 */
public final class PcapWriter {

    /** Ethernet, with the made-up MAC addresses below. */
    static final int LINKTYPE_ETHERNET = 1;
    static final int SNAPLEN = 262_144;
    static final int ETHERNET_HEADER = 14;
    static final int IPV4_HEADER = 20;
    static final int TCP_HEADER = 20;
    static final int WINDOW_SCALE = 7;
    static final int TTL = 64;

    private static final long MILLIS = 1000;
    /** Per-host starting points of the timestamp clock and the IP ID counter. */
    private static final Map<Side, Long> TIMESTAMP_BASE = Map.of(Side.CLIENT, 1_000_000L, Side.SERVER, 3_000_000L);
    private static final Map<Side, Integer> IP_ID_BASE = Map.of(Side.CLIENT, 0x1000, Side.SERVER, 0x8000);

    private final Trace trace;
    private final PayloadText payloads;
    private final Map<Side, Integer> nextIpId = new EnumMap<>(Side.class);
    /** The newest timestamp each side has received, its TSecr: RFC 7323 TS.Recent, never lowered by a late segment. */
    private final Map<Side, Long> recentTimestamp = new EnumMap<>(Side.class);
    private final Map<Integer, Long> timestampOfTransmission = new HashMap<>();

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
            if (event instanceof SegmentSent) {
                SegmentSent sent = (SegmentSent) event;
                long timestamp = timestampValue(sent.side(), sent.time());
                timestampOfTransmission.put(sent.transmissionId(), timestamp);
                out.write(record(sent.time(), frame(sent.transmissionId(), sent.segment(), timestamp)));
            } else if (event instanceof SegmentDuplicated) {
                SegmentDuplicated copy = (SegmentDuplicated) event;
                Long timestamp = timestampOfTransmission.get(copy.transmissionId());
                if (timestamp != null) {
                    timestampOfTransmission.put(copy.copyId(), timestamp);
                }
            } else if (event instanceof SegmentDelivered) {
                SegmentDelivered delivered = (SegmentDelivered) event;
                Long timestamp = timestampOfTransmission.get(delivered.transmissionId());
                if (timestamp != null && isNewer(timestamp, recentTimestamp.get(delivered.side()))) {
                    recentTimestamp.put(delivered.side(), timestamp);
                }
            }
        }
    }

    /** Whether {@code timestamp} is later than {@code recent} in 32-bit serial arithmetic. */
    private static boolean isNewer(long timestamp, Long recent) {
        return recent == null || (int) (timestamp - recent) > 0;
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

    /** A 1 kHz timestamp clock per host, as Linux runs it. */
    private static long timestampValue(Side side, long micros) {
        return (TIMESTAMP_BASE.get(side) + micros / MILLIS) & 0xFFFF_FFFFL;
    }

    private byte[] frame(int transmissionId, Segment segment, long timestamp) {
        Side from = segment.from();
        Side to = from.peer();
        byte[] options = options(segment, timestamp, recentTimestamp.getOrDefault(from, 0L));
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

    /** SYN windows are never scaled (RFC 7323 2.2); later ones are, by {@link #WINDOW_SCALE}. */
    private static int windowField(Segment segment) {
        long window = segment.has(Flag.SYN)
                ? segment.window()
                : ((long) segment.window() + (1 << WINDOW_SCALE) - 1) >> WINDOW_SCALE;
        return (int) Math.min(window, 0xFFFF);
    }

    private static byte[] options(Segment segment, long timestamp, long echoed) {
        if (segment.has(Flag.RST)) {
            return new byte[0];
        }
        if (segment.has(Flag.SYN)) {
            ByteBuffer options = ByteBuffer.allocate(20);
            options.put((byte) 2).put((byte) 4).putShort((short) NetworkConfig.MSS);
            options.put((byte) 4).put((byte) 2);
            timestamps(options, timestamp, segment.has(Flag.ACK) ? echoed : 0);
            options.put((byte) 1);
            options.put((byte) 3).put((byte) 3).put((byte) WINDOW_SCALE);
            return options.array();
        }
        ByteBuffer options = ByteBuffer.allocate(12);
        options.put((byte) 1).put((byte) 1);
        timestamps(options, timestamp, echoed);
        return options.array();
    }

    private static void timestamps(ByteBuffer options, long value, long echoed) {
        options.put((byte) 8).put((byte) 10).putInt((int) value).putInt((int) echoed);
    }
}
