package tcplab.capture;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import tcplab.engine.Flag;
import tcplab.engine.SequenceNumbers;
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
 * <p>Where each segment is seen as it leaves its sender ({@link CapturePoint#AT_BOTH_HOSTS}), a
 * half is the one-way time plus the time the far host took to answer; the quickest answer to any
 * segment bounds the one-way time too (an answer cannot leave before its cause arrives), and on
 * loopback, where the way takes microseconds and answering takes longer, it is the better bound.
 *
 * @param towardServer  microseconds from the SYN to its SYN+ACK, if the capture shows both
 * @param towardClient  microseconds from the SYN+ACK to its ACK, if the capture shows both
 * @param serverAnswers microseconds from a client's segment to the first server segment that
 *                      acknowledges it, the quickest such answer
 * @param clientAnswers the same for the server's segments and the client's answers
 * @param oneHost       whether client and server have the same address (a loopback capture)
 * @param cookedOn      the host a Linux cooked capture ({@code tcpdump -i any}) was taken on, when its
 *                      packet types say so: all of that host's packets outgoing, all of its peer's
 *                      incoming; empty otherwise
 */
record HandshakeTiming(OptionalLong towardServer, OptionalLong towardClient, OptionalLong serverAnswers,
                       OptionalLong clientAnswers, boolean oneHost, Optional<Side> cookedOn) {

    /** How many packets after a segment are searched for the first answer to it. */
    private static final int ANSWER_SEARCH = 64;

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
            // A SYN+ACK acknowledges its own SYN: not an old duplicate that passed before it.
            long synAnswered = (answer.ack() - 1) & 0xFFFF_FFFFL;
            int syn = answered(packets, synAck, p -> fromClient.test(p) && p.flags().contains(Flag.SYN)
                    && !p.flags().contains(Flag.ACK) && p.seq() == synAnswered, dataAnswered(packets, fromClient));
            if (syn >= 0) {
                towardServer = OptionalLong.of(micros(packets.get(syn), answer));
            }
            long acknowledged = (answer.seq() + 1) & 0xFFFF_FFFFL;
            int ack = first(packets, p -> fromClient.test(p) && !p.flags().contains(Flag.SYN)
                    && p.flags().contains(Flag.ACK) && p.ack() == acknowledged, synAck + 1);
            if (ack >= 0) {
                int answeredSynAck = answered(packets, ack, p -> !fromClient.test(p) && p.flags().contains(Flag.SYN)
                        && p.flags().contains(Flag.ACK), dataAnswered(packets, fromClient.negate()));
                towardClient = OptionalLong.of(micros(packets.get(answeredSynAck), packets.get(ack)));
            }
        } else {
            int reset = first(packets, p -> !fromClient.test(p) && p.flags().contains(Flag.RST), 0);
            int syn = reset < 0 ? -1 : answered(packets, reset, p -> fromClient.test(p) && p.flags().contains(Flag.SYN),
                    OptionalLong.empty());
            towardServer = syn >= 0 ? OptionalLong.of(micros(packets.get(syn), packets.get(reset)))
                    : dataAnswered(packets, fromClient);
            towardClient = dataAnswered(packets, fromClient.negate());
        }
        if (towardServer.isEmpty()) {
            towardServer = towardClient;
        } else if (towardClient.isEmpty()) {
            towardClient = towardServer;
        }
        return new HandshakeTiming(towardServer, towardClient, quickestAnswer(packets, fromClient),
                quickestAnswer(packets, fromClient.negate()),
                connection.client().address().equals(connection.server().address()), cookedOn(connection));
    }

    private static Optional<Side> cookedOn(CapturedConnection connection) {
        for (Side host : Side.values()) {
            boolean all = !connection.packets().isEmpty() && connection.packets().stream().allMatch(p ->
                    p.linuxPacketType() == (connection.sideOf(p) == host
                            ? PcapRecord.SENT_BY_THIS_HOST : PcapRecord.TO_THIS_HOST));
            if (all) {
                return Optional.of(host);
            }
        }
        return Optional.empty();
    }

    /** The round trip at {@code point}: both one-way times together; empty when nothing measures it. */
    OptionalLong roundTrip(CapturePoint point) {
        if (towardServer.isEmpty()) {
            return OptionalLong.empty();
        }
        long[] client = offsets(point, Side.CLIENT);
        long[] server = offsets(point, Side.SERVER);
        return OptionalLong.of(client[0] + client[1] + server[0] + server[1]);
    }

    /**
     * The capture point: both hosts on loopback, the host a cooked capture's packet types name,
     * else as the timing shows it: one end when one half is far shorter, else in between.
     */
    CapturePoint foundPoint() {
        if (oneHost) {
            return CapturePoint.AT_BOTH_HOSTS;
        }
        if (cookedOn.isPresent()) {
            return cookedOn.get() == Side.CLIENT ? CapturePoint.AT_CLIENT : CapturePoint.AT_SERVER;
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
            case AT_BOTH_HOSTS -> new long[] {0, fromClient ? bounded(server, serverAnswers) : bounded(client, clientAnswers)};
        };
    }

    private static long bounded(long half, OptionalLong quickestAnswer) {
        return Math.min(half, quickestAnswer.orElse(half));
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

    /**
     * The shortest time from a segment that occupies new sequence space to the first answer
     * acknowledging all of it. A segment sent again is left out: an answer to its first copy may
     * follow it at once.
     */
    private static OptionalLong quickestAnswer(List<PcapRecord> packets, Predicate<PcapRecord> fromSender) {
        long quickest = Long.MAX_VALUE;
        Long sentUpTo = null;
        for (int i = 0; i < packets.size(); i++) {
            PcapRecord sent = packets.get(i);
            int space = sent.payloadLength() + (sent.flags().contains(Flag.SYN) ? 1 : 0)
                    + (sent.flags().contains(Flag.FIN) ? 1 : 0);
            if (!fromSender.test(sent) || space == 0) {
                continue;
            }
            long end = SequenceNumbers.add(sent.seq(), space);
            boolean fresh = sentUpTo == null || SequenceNumbers.le(sentUpTo, sent.seq());
            if (sentUpTo == null || SequenceNumbers.lt(sentUpTo, end)) {
                sentUpTo = end;
            }
            if (!fresh) {
                continue;
            }
            for (int j = i + 1; j < packets.size() && j <= i + ANSWER_SEARCH; j++) {
                PcapRecord answer = packets.get(j);
                if (!fromSender.test(answer) && answer.flags().contains(Flag.ACK) && (int) (answer.ack() - end) >= 0) {
                    quickest = Math.min(quickest, micros(sent, answer));
                    break;
                }
            }
        }
        return quickest == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(quickest);
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
     * {@code kind} whose timestamp it echoes. Without timestamps, copies sent again leave it
     * ambiguous which one was answered (Karn's problem): then the one whose interval to the answer
     * is nearest to {@code typical}, the same half of the round trip measured on data, else the
     * last one.
     */
    private static int answered(List<PcapRecord> packets, int answer, Predicate<PcapRecord> kind,
                                OptionalLong typical) {
        OptionalLong echoed = packets.get(answer).options().echoed();
        int chosen = -1;
        for (int i = answer - 1; i >= 0; i--) {
            PcapRecord p = packets.get(i);
            if (!kind.test(p)) {
                continue;
            }
            if (echoed.isPresent() && p.options().timestamp().equals(echoed)) {
                return i;
            }
            if (chosen < 0 || echoed.isEmpty() && typical.isPresent()
                    && distance(packets.get(i), packets.get(answer), typical.getAsLong())
                    < distance(packets.get(chosen), packets.get(answer), typical.getAsLong())) {
                chosen = i;
            }
        }
        return chosen;
    }

    private static long distance(PcapRecord sent, PcapRecord answer, long typical) {
        return Math.abs(micros(sent, answer) - typical);
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
