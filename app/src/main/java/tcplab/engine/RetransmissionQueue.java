package tcplab.engine;

import static tcplab.engine.FlagSets.FIN;
import static tcplab.engine.FlagSets.SYN;
import static tcplab.engine.SequenceNumbers.add;
import static tcplab.engine.SequenceNumbers.le;

import java.util.Arrays;

/**
 * The segments an endpoint has sent and not yet seen acknowledged, oldest first: their sequence
 * number, payload length and SYN/FIN bits, which is all a retransmission needs, and when each was
 * first sent and whether it was sent again, which is what a round-trip sample needs. Kept in
 * parallel arrays that grow once and are reused, so sending allocates nothing.
 */
final class RetransmissionQueue {

    private long[] seq = new long[8];
    private int[] length = new int[8];
    private int[] control = new int[8];
    private long[] sentAt = new long[8];
    private boolean[] retransmitted = new boolean[8];
    private int count;
    private long retiredSentAt;
    private boolean retiredRetransmitted;

    /**
     * Keeps a segment that takes sequence space, first sent at {@code now}; {@code flags} may hold
     * any bits, only SYN and FIN are kept.
     */
    void keep(long segmentSeq, int segmentLength, int flags, long now) {
        if (count == seq.length) {
            seq = Arrays.copyOf(seq, count * 2);
            length = Arrays.copyOf(length, count * 2);
            control = Arrays.copyOf(control, count * 2);
            sentAt = Arrays.copyOf(sentAt, count * 2);
            retransmitted = Arrays.copyOf(retransmitted, count * 2);
        }
        seq[count] = segmentSeq;
        length[count] = segmentLength;
        control[count] = flags & (SYN | FIN);
        sentAt[count] = now;
        retransmitted[count] = false;
        count++;
    }

    /**
     * Removes every segment that {@code ack} covers entirely; returns how many it removed. When
     * any were, {@link #retiredSentAt()} and {@link #retiredRetransmitted()} describe them.
     */
    int retire(long ack) {
        int retired = 0;
        boolean anyRetransmitted = false;
        while (retired < count && le(add(seq[retired], space(retired)), ack)) {
            anyRetransmitted |= retransmitted[retired];
            retired++;
        }
        if (retired > 0) {
            retiredSentAt = sentAt[0];
            retiredRetransmitted = anyRetransmitted;
            count -= retired;
            System.arraycopy(seq, retired, seq, 0, count);
            System.arraycopy(length, retired, length, 0, count);
            System.arraycopy(control, retired, control, 0, count);
            System.arraycopy(sentAt, retired, sentAt, 0, count);
            System.arraycopy(retransmitted, retired, retransmitted, 0, count);
        }
        return retired;
    }

    /** When the oldest segment the last {@link #retire} removed was first sent. */
    long retiredSentAt() {
        return retiredSentAt;
    }

    /** Whether any segment the last {@link #retire} removed had been retransmitted. */
    boolean retiredRetransmitted() {
        return retiredRetransmitted;
    }

    /** The oldest segment goes out again; only when not {@link #isEmpty()}. */
    void markOldestRetransmitted() {
        retransmitted[0] = true;
    }

    boolean isEmpty() {
        return count == 0;
    }

    void clear() {
        count = 0;
    }

    /** The oldest segment's sequence number; only when not {@link #isEmpty()}. */
    long oldestSeq() {
        return seq[0];
    }

    /** The oldest segment's payload length; only when not {@link #isEmpty()}. */
    int oldestLength() {
        return length[0];
    }

    /** The oldest segment's SYN and FIN bits ({@link FlagSets} masks); only when not {@link #isEmpty()}. */
    int oldestControl() {
        return control[0];
    }

    private long space(int i) {
        return length[i] + (control[i] != 0 ? 1 : 0);
    }
}
