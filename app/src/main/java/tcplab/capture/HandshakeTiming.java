package tcplab.capture;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Predicate;
import tcplab.engine.Flag;
import tcplab.engine.Side;
import tcplab.pcap.PcapRecord;

/**
 * The two halves of a connection's round trip as the capture sees them: from the SYN to the
 * SYN+ACK that answers it ({@code towardServer}: the way to the server and back from the capture
 * point) and from that SYN+ACK to the ACK that answers it ({@code towardClient}). A capture at the
 * client sees the first long and the second short, a capture at the server the reverse. The
 * answered SYN is the one whose timestamp the SYN+ACK echoes, else the last one before it.
 * A SYN answered by RST (a closed port) gives the first half; without a handshake the first data
 * segment each way and the first acknowledgment of it stand in. A half the capture does not show
 * is taken to equal the other.
 *
 * @param towardServer microseconds from the SYN to its SYN+ACK, if the capture shows both
 * @param towardClient microseconds from the SYN+ACK to its ACK, if the capture shows both
 * @param oneHost      whether client and server have the same address (a loopback capture)
 */
record HandshakeTiming(OptionalLong towardServer, OptionalLong towardClient, boolean oneHost) {

    /** How much longer one half must be than the other for the capture to count as taken at one end. */
    private static final int ONE_END_RATIO = 8;

    static HandshakeTiming of(CapturedConnection connection) {
        List<PcapRecord> packets = connection.packets();
        Predicate<PcapRecord> fromClient = p -> connection.sideOf(p) == Side.CLIENT;
        OptionalLong towardServer = OptionalLong.empty();
        OptionalLong towardClient = OptionalLong.empty();
        int synAck = first(packets, p -> !fromClient.test(p) && p.flags().contains(Flag.SYN) && p.flags().contains(Flag.ACK), 0);
        if (synAck >= 0) {
            PcapRecord answer = packets.get(synAck);
            int syn = answered(packets, synAck, p -> fromClient.test(p) && p.flags().contains(Flag.SYN)
                    && !p.flags().contains(Flag.ACK));
            if (syn >= 0) {
                towardServer = OptionalLong.of(micros(packets.get(syn), answer));
            }
            long acknowledged = (answer.seq() + 1) & 0xFFFF_FFFFL;
            int ack = first(packets, p -> fromClient.test(p) && !p.flags().contains(Flag.SYN)
                    && p.flags().contains(Flag.ACK) && p.ack() == acknowledged, synAck + 1);
            if (ack >= 0) {
                int lastSynAck = answered(packets, ack, p -> !fromClient.test(p) && p.flags().contains(Flag.SYN)
                        && p.flags().contains(Flag.ACK));
                towardClient = OptionalLong.of(micros(packets.get(lastSynAck), packets.get(ack)));
            }
        } else {
            int reset = first(packets, p -> !fromClient.test(p) && p.flags().contains(Flag.RST), 0);
            int syn = reset < 0 ? -1 : answered(packets, reset, p -> fromClient.test(p) && p.flags().contains(Flag.SYN));
            towardServer = syn >= 0 ? OptionalLong.of(micros(packets.get(syn), packets.get(reset)))
                    : dataAnswered(packets, fromClient);
            towardClient = dataAnswered(packets, fromClient.negate());
        }
        if (towardServer.isEmpty()) {
            towardServer = towardClient;
        } else if (towardClient.isEmpty()) {
            towardClient = towardServer;
        }
        return new HandshakeTiming(towardServer, towardClient,
                connection.client().address().equals(connection.server().address()));
    }

    /** The round trip: both halves together. */
    OptionalLong roundTrip() {
        return towardServer.isPresent() ? OptionalLong.of(towardServer.getAsLong() + towardClient.getAsLong())
                : OptionalLong.empty();
    }

    /** The capture point the timing shows: one end when one half is far shorter, else in between. */
    CapturePoint foundPoint() {
        if (oneHost) {
            return CapturePoint.AT_BOTH_HOSTS;
        }
        if (towardServer.isEmpty()) {
            return CapturePoint.BETWEEN;
        }
        long server = towardServer.getAsLong();
        long client = towardClient.getAsLong();
        if (client * ONE_END_RATIO < server) {
            return CapturePoint.AT_CLIENT;
        }
        if (server * ONE_END_RATIO < client) {
            return CapturePoint.AT_SERVER;
        }
        return CapturePoint.BETWEEN;
    }

    /**
     * How much earlier than seen a segment from {@code from} was sent, and how much later it
     * arrived, at {@code point}: {@code {before, after}} in microseconds.
     */
    long[] offsets(CapturePoint point, Side from) {
        long server = towardServer.orElse(0);
        long client = towardClient.orElse(0);
        long half = (server + client) / 2;
        boolean fromClient = from == Side.CLIENT;
        return switch (point) {
            case AT_CLIENT -> fromClient ? new long[] {0, half} : new long[] {half, 0};
            case AT_SERVER -> fromClient ? new long[] {half, 0} : new long[] {0, half};
            case BETWEEN -> fromClient ? new long[] {client / 2, server / 2} : new long[] {server / 2, client / 2};
            case AT_BOTH_HOSTS -> new long[] {0, fromClient ? server : client};
        };
    }

    /** Whether a segment's send time at {@code point} is read from the capture rather than estimated. */
    static boolean sendSeen(CapturePoint point, Side from) {
        return point == CapturePoint.AT_BOTH_HOSTS || point == atHostOf(from);
    }

    /** Whether a segment's arrival at {@code point} is read from the capture rather than estimated. */
    static boolean arrivalSeen(CapturePoint point, Side from) {
        return point == atHostOf(from.peer());
    }

    private static CapturePoint atHostOf(Side side) {
        return side == Side.CLIENT ? CapturePoint.AT_CLIENT : CapturePoint.AT_SERVER;
    }

    /** The time from the first data segment one way to the first segment back that acknowledges it. */
    private static OptionalLong dataAnswered(List<PcapRecord> packets, Predicate<PcapRecord> fromSender) {
        int data = first(packets, p -> fromSender.test(p) && p.payloadLength() > 0, 0);
        if (data < 0) {
            return OptionalLong.empty();
        }
        PcapRecord sent = packets.get(data);
        long end = (sent.seq() + sent.payloadLength()) & 0xFFFF_FFFFL;
        int answer = first(packets, p -> !fromSender.test(p) && p.flags().contains(Flag.ACK)
                && (int) (p.ack() - end) >= 0, data + 1);
        return answer < 0 ? OptionalLong.empty() : OptionalLong.of(micros(sent, packets.get(answer)));
    }

    /**
     * The packet before {@code answer} that {@code answer} answers: the last one matching
     * {@code kind} whose timestamp it echoes, else the last one matching {@code kind}.
     */
    private static int answered(List<PcapRecord> packets, int answer, Predicate<PcapRecord> kind) {
        OptionalLong echoed = packets.get(answer).options().echoed();
        int last = -1;
        for (int i = answer - 1; i >= 0; i--) {
            PcapRecord p = packets.get(i);
            if (!kind.test(p)) {
                continue;
            }
            if (echoed.isEmpty() || p.options().timestamp().equals(echoed)) {
                return i;
            }
            if (last < 0) {
                last = i;
            }
        }
        return last;
    }

    private static int first(List<PcapRecord> packets, Predicate<PcapRecord> kind, int from) {
        for (int i = from; i < packets.size(); i++) {
            if (kind.test(packets.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static long micros(PcapRecord from, PcapRecord to) {
        return Math.max(0, (to.timeNanos() - from.timeNanos()) / 1000);
    }
}
