package tcplab.pcap;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import tcplab.engine.Flag;
import tcplab.engine.RelativeNumbers;
import tcplab.engine.Segment;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * The bytes the simulated applications send, which the trace only counts: the client's stream is
 * one HTTP request and the server's one HTTP reply, each padded to exactly the number of bytes its
 * connection carries, so that Wireshark's HTTP dissector reads them cleanly. A stream too short
 * for a well-formed message is plain text. Each byte depends only on its place in the stream, so a
 * retransmission carries the same bytes as the original, and a second connection on the same ports
 * (whose stream starts again after its own SYN) the same bytes as the first: a byte's place is its
 * relative sequence number as Wireshark shows it ({@link RelativeNumbers}).
 */
final class PayloadText {

    private static final long HALF_SEQUENCE_SPACE = 1L << 31;
    private static final byte FILLER = '.';
    private static final String BODY = "Hello from the TCP Handshake Lab.\n";
    private static final String REQUEST_HEAD = "GET / HTTP/1.1\r\nHost: \r\n\r\n";
    private static final String REPLY_HEAD = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \r\n\r\n";

    private final Map<Side, byte[]> streams = new EnumMap<>(Side.class);
    private final RelativeNumbers numbers;

    PayloadText(Trace trace) {
        numbers = trace.relativeNumbers();
        Map<Side, Long> lengths = new EnumMap<>(Side.class);
        for (TraceEvent event : trace.events()) {
            if (event instanceof SegmentSent) {
                SegmentSent sent = (SegmentSent) event;
                Segment segment = sent.segment();
                long offset = offset(sent.transmissionId(), segment);
                if (segment.length() > 0 && offset < HALF_SEQUENCE_SPACE) {
                    lengths.merge(segment.from(), offset + segment.length(), Math::max);
                }
            }
        }
        streams.put(Side.CLIENT, request(lengths.getOrDefault(Side.CLIENT, 0L).intValue(), host(Side.SERVER)));
        streams.put(Side.SERVER, reply(lengths.getOrDefault(Side.SERVER, 0L).intValue()));
    }

    /** The payload of a transmission: the stretch of its sender's stream its sequence numbers name. */
    byte[] payload(int transmissionId, Segment segment) {
        byte[] stream = streams.get(segment.from());
        long offset = offset(transmissionId, segment);
        byte[] payload = new byte[segment.length()];
        for (int i = 0; i < payload.length; i++) {
            long at = offset + i;
            payload[i] = at < stream.length ? stream[(int) at] : FILLER;
        }
        return payload;
    }

    /** Where the segment's first data byte sits in its sender's stream: the SYN takes number 0. */
    private long offset(int transmissionId, Segment segment) {
        long firstDataNumber = segment.has(Flag.SYN) ? 1 : 0;
        return Math.floorMod(numbers.seq(transmissionId, segment) + firstDataNumber - 1, 1L << 32);
    }

    /** The dotted address of a host, as a request's Host header names the server. */
    static String host(Side side) {
        byte[] address = PcapWriter.address(side);
        return (address[0] & 0xFF) + "." + (address[1] & 0xFF) + "." + (address[2] & 0xFF) + "." + (address[3] & 0xFF);
    }

    /** A GET request of exactly {@code length} bytes, its path padded; plain text if too short. */
    static byte[] request(int length, String host) {
        int padding = length - REQUEST_HEAD.length() - host.length();
        if (padding < 0) {
            return text(length);
        }
        return ascii("GET /" + "x".repeat(padding) + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
    }

    /** A reply of exactly {@code length} bytes whose Content-Length counts its body; plain text if too short. */
    static byte[] reply(int length) {
        for (int digits = 1; digits <= 10; digits++) {
            int body = length - REPLY_HEAD.length() - digits;
            if (body >= 0 && Integer.toString(body).length() == digits) {
                return ascii("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + body + "\r\n\r\n"
                        + new String(text(body), StandardCharsets.US_ASCII));
            }
        }
        return text(length);
    }

    private static byte[] text(int length) {
        byte[] text = new byte[length];
        for (int i = 0; i < length; i++) {
            text[i] = (byte) BODY.charAt(i % BODY.length());
        }
        return text;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
