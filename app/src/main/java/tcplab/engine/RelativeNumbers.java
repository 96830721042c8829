package tcplab.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequence and acknowledgment numbers relative to each side's initial sequence number, exactly as
 * Wireshark shows them for the capture {@code trace --pcap} writes (one packet per transmission,
 * in the order sent). The window and the command line both show these, so they never disagree.
 *
 * <p>Wireshark's rule, per connection (a TCP stream):
 * <ul>
 *   <li>a direction's base is the sequence number of its latest SYN (a SYN+ACK with a new ISN
 *       moves it too);</li>
 *   <li>a direction that has sent no SYN takes as base one less than the first sequence number it
 *       sends, or than the first acknowledgment number it receives, whichever comes first, so its
 *       first segment shows 1 (the RST that answers a SYN on a closed port);</li>
 *   <li>a SYN without ACK whose sequence number differs from its direction's base starts a new
 *       stream: both bases are forgotten (a new connection on the same ports);</li>
 *   <li>the acknowledgment of a segment without the ACK flag shows 0.</li>
 * </ul>
 * Every event of one transmission (sent, duplicated, delivered, lost) shows the numbers it had
 * when it was sent, even an old duplicate that arrives during a later connection.
 */
public final class RelativeNumbers {

    private static final long MODULUS = 1L << 32;
    private static final long UNSET = -1;

    private final Map<Integer, long[]> byTransmission = new HashMap<>();

    private RelativeNumbers(List<TraceEvent> events) {
        long[] base = {UNSET, UNSET};
        for (TraceEvent event : events) {
            if (event instanceof SegmentSent sent) {
                byTransmission.put(sent.transmissionId(), numbers(sent.segment(), base));
            } else if (event instanceof SegmentDuplicated copy) {
                long[] original = byTransmission.get(copy.transmissionId());
                if (original != null) {
                    byTransmission.put(copy.copyId(), original);
                }
            }
        }
    }

    /** The numbers of every transmission in {@code events}, which are in trace order. */
    public static RelativeNumbers of(List<TraceEvent> events) {
        return new RelativeNumbers(events);
    }

    /** The relative sequence number of a transmission; its raw one if the events never sent it. */
    public long seq(int transmissionId, Segment segment) {
        long[] numbers = byTransmission.get(transmissionId);
        return numbers != null ? numbers[0] : segment.seq();
    }

    /** The relative acknowledgment number of a transmission, 0 without ACK; the raw one if never sent. */
    public long ack(int transmissionId, Segment segment) {
        long[] numbers = byTransmission.get(transmissionId);
        return numbers != null ? numbers[1] : segment.ack();
    }

    private static long[] numbers(Segment segment, long[] base) {
        int from = segment.from().ordinal();
        int to = segment.from().peer().ordinal();
        boolean syn = segment.has(Flag.SYN);
        boolean ack = segment.has(Flag.ACK);
        if (syn && !ack && base[from] != UNSET && segment.seq() != base[from]) {
            base[from] = UNSET; // a new connection on the same ports
            base[to] = UNSET;
        }
        if (syn) {
            base[from] = segment.seq();
        } else if (base[from] == UNSET) {
            base[from] = Math.floorMod(segment.seq() - 1, MODULUS);
        }
        if (ack && base[to] == UNSET) {
            base[to] = Math.floorMod(segment.ack() - 1, MODULUS);
        }
        long seq = Math.floorMod(segment.seq() - base[from], MODULUS);
        long acknowledged = ack ? Math.floorMod(segment.ack() - base[to], MODULUS) : 0;
        return new long[] {seq, acknowledged};
    }
}
