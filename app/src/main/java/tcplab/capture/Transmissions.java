package tcplab.capture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SequenceNumbers;
import tcplab.engine.Side;
import tcplab.pcap.PcapRecord;

/**
 * The transmissions of a captured connection, in the order they were sent: each packet, told
 * apart as new, sent again (a retransmission: its sequence range was sent before) or a second
 * copy (the same packet twice, same IP identification and timestamp), plus a lost segment for
 * each gap in a sender's sequence numbers that the capture point lets show.
 */
final class Transmissions {

    /** The largest gap taken for lost segments; a larger jump is a capture that missed packets, not a loss. */
    private static final long MAX_GAP = 1 << 20;

    private Transmissions() {
    }

    static List<Transmission> of(CapturedConnection connection, CapturePoint point, HandshakeTiming timing) {
        List<PcapRecord> packets = connection.packets();
        long first = packets.isEmpty() ? 0 : packets.get(0).timeNanos();
        Map<Side, Integer> windowShift = windowShifts(connection);
        Map<Side, Long> highestEnd = new EnumMap<>(Side.class);
        Map<Side, Map<List<Long>, Transmission>> byIdentity = new EnumMap<>(Side.class);
        Map<Side, Set<Long>> answeredSyns = new EnumMap<>(Side.class);
        List<Transmission> transmissions = new ArrayList<>();
        for (PcapRecord packet : packets) {
            Side from = connection.sideOf(packet);
            long seen = (packet.timeNanos() - first) / 1000;
            Segment segment = segment(packet, from, windowShift.getOrDefault(from, 0));
            List<Long> identity = identity(packet);
            Transmission original = identity == null ? null
                    : byIdentity.computeIfAbsent(from, side -> new HashMap<>()).get(identity);
            Long end = highestEnd.get(from);
            if (original == null && end != null && !segment.has(Flag.SYN) && segment.sequenceSpace() > 0
                    && SequenceNumbers.lt(end, segment.seq()) && SequenceNumbers.add(segment.seq(), -end) <= MAX_GAP
                    && !HandshakeTiming.sendSeen(point, from)) {
                transmissions.add(lostBeforeCapture(from, segment, end, seen));
            }
            boolean synAck = segment.has(Flag.SYN) && segment.has(Flag.ACK);
            // In a simultaneous open a host's SYN+ACK repeats its SYN's number but is its first answer;
            // a SYN+ACK to another SYN (an old duplicate's, then the real one's) is a new answer too.
            Set<Long> answered = answeredSyns.computeIfAbsent(from, side -> new HashSet<>());
            boolean retransmission = original == null && segment.sequenceSpace() > 0 && end != null
                    && SequenceNumbers.lt(segment.seq(), end) && (!synAck || answered.contains(segment.ack()));
            if (synAck) {
                answered.add(segment.ack());
            }
            Transmission transmission = new Transmission(from, segment, OptionalLong.of(packet.number()), seen,
                    retransmission, original);
            transmissions.add(transmission);
            if (identity != null && original == null) {
                byIdentity.get(from).put(identity, transmission);
            }
            long segmentEnd = transmission.end();
            if (segment.sequenceSpace() > 0 && (end == null || SequenceNumbers.lt(end, segmentEnd))) {
                highestEnd.put(from, segmentEnd);
            }
        }
        for (Transmission t : transmissions) {
            long[] offsets = timing.offsets(point, t.from);
            t.sent = t.seen - offsets[0];
            t.arrival = t.seen + offsets[1];
        }
        transmissions.sort(Comparator.comparingLong(t -> t.sent));
        for (int i = 0; i < transmissions.size(); i++) {
            transmissions.get(i).id = i + 1;
        }
        return transmissions;
    }

    /**
     * The segment the gap before {@code revealing} stands for: the missing bytes, with the same
     * acknowledgment, as one data segment (PSH and ACK, as the lab's hosts send data).
     */
    private static Transmission lostBeforeCapture(Side from, Segment revealing, long missingFrom, long seen) {
        int length = (int) SequenceNumbers.add(revealing.seq(), -missingFrom);
        Set<Flag> flags = revealing.has(Flag.ACK) ? Set.of(Flag.PSH, Flag.ACK) : Set.of(Flag.PSH);
        Segment missing = new Segment(from, missingFrom, revealing.ack(), flags, length, revealing.window());
        Transmission lost = new Transmission(from, missing, OptionalLong.empty(), seen, false, null);
        lost.fate = SegmentFate.LOST_BEFORE_CAPTURE;
        return lost;
    }

    private static Segment segment(PcapRecord packet, Side from, int windowShift) {
        boolean syn = packet.flags().contains(Flag.SYN);
        int window = syn ? packet.window() : packet.window() << windowShift;
        long ack = packet.flags().contains(Flag.ACK) ? packet.ack() : 0;
        return new Segment(from, packet.seq(), ack, packet.flags(), packet.payloadLength(), window);
    }

    /**
     * What makes two packets the same packet seen twice rather than a retransmission: every
     * header field a sender changes when it sends again. Null when the packet has neither an IP
     * identification nor a timestamp, so that a copy cannot be told from a retransmission.
     */
    private static List<Long> identity(PcapRecord packet) {
        if (packet.ipId() == 0 && packet.options().timestamp().isEmpty()) {
            return null;
        }
        return List.of(packet.seq(), packet.ack(), (long) packet.flagBits(), (long) packet.payloadLength(),
                (long) packet.ipId(), packet.options().timestamp().orElse(-1));
    }

    /** The window scale shifts (RFC 7323): each side's own, when both SYNs offered the option. */
    private static Map<Side, Integer> windowShifts(CapturedConnection connection) {
        Map<Side, Integer> shifts = new EnumMap<>(Side.class);
        for (PcapRecord packet : connection.packets()) {
            if (packet.flags().contains(Flag.SYN) && packet.options().windowScale().isPresent()) {
                shifts.putIfAbsent(connection.sideOf(packet), Math.min(14, packet.options().windowScale().getAsInt()));
            }
        }
        return shifts.size() == 2 ? shifts : Map.of();
    }
}
