package tcplab.pcap;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * The bytes the simulated applications send, which the trace only counts: the client's whole
 * stream is one HTTP request and the server's one HTTP reply, each padded to exactly the number of
 * bytes the trace's segments carry, so that Wireshark's HTTP dissector reads them cleanly. A
 * stream too short for a well-formed message is plain text. Each byte depends only on its place in
 * the stream, so a retransmission carries the same bytes as the original.
 */
final class PayloadText {

    private static final long HALF_SEQUENCE_SPACE = 1L << 31;
    private static final byte FILLER = '.';
    private static final String BODY = "Hello from the TCP Handshake Lab.\n";

    private final Map<Side, byte[]> streams = new EnumMap<>(Side.class);

    PayloadText(Trace trace, Endpoints endpoints) {
        Map<Side, Long> lengths = new EnumMap<>(Side.class);
        for (TraceEvent event : trace.events()) {
            if (event instanceof SegmentSent) {
                Segment segment = ((SegmentSent) event).segment();
                long offset = dataOffset(trace, segment);
                if (segment.length() > 0 && offset >= 0 && offset < HALF_SEQUENCE_SPACE) {
                    lengths.merge(segment.from(), offset + segment.length(), Math::max);
                }
            }
        }
        int request = lengths.getOrDefault(Side.CLIENT, 0L).intValue();
        int reply = lengths.getOrDefault(Side.SERVER, 0L).intValue();
        streams.put(Side.CLIENT, request(request, endpoints.server().getHostAddress()));
        streams.put(Side.SERVER, reply(reply));
    }

    /** The payload of {@code segment}: the stretch of its sender's stream its sequence numbers name. */
    byte[] payload(Trace trace, Segment segment) {
        byte[] stream = streams.get(segment.from());
        byte[] payload = new byte[segment.length()];
        long offset = dataOffset(trace, segment);
        for (int i = 0; i < payload.length; i++) {
            long at = offset + i;
            payload[i] = at >= 0 && at < stream.length ? stream[(int) at] : FILLER;
        }
        return payload;
    }

    /** Where the segment's first data byte sits in its sender's stream: the SYN takes number 0. */
    private static long dataOffset(Trace trace, Segment segment) {
        return trace.relativeSeq(segment) + (segment.has(Flag.SYN) ? 1 : 0) - 1;
    }

    static byte[] request(int length, String host) {
        String head = "GET / HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: tcp-handshake-lab\r\n";
        String padding = "X-Padding: \r\n";
        if (length == head.length() + 2) {
            return ascii(head + "\r\n");
        }
        int fill = length - head.length() - padding.length() - 2;
        if (fill < 0) {
            return text(length);
        }
        return ascii(head + "X-Padding: " + "x".repeat(fill) + "\r\n\r\n");
    }

    static byte[] reply(int length) {
        for (int digits = 1; digits <= 10; digits++) {
            String fixed = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: \r\n\r\n";
            int body = length - fixed.length() - digits;
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
