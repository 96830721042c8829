package tcplab.engine;

import static tcplab.engine.FlagSets.FIN;
import static tcplab.engine.FlagSets.SYN;
import static tcplab.engine.SequenceNumbers.add;
import static tcplab.engine.SequenceNumbers.le;

import java.util.Arrays;

/**
 * The segments an endpoint has sent and not yet seen acknowledged, oldest first: their sequence
 * number, payload length and SYN/FIN bits, which is all a retransmission needs. Kept in parallel
 * arrays that grow once and are reused, so sending allocates nothing.
 */
final class RetransmissionQueue {

    private long[] seq = new long[8];
    private int[] length = new int[8];
    private int[] control = new int[8];
    private int count;

    /** Keeps a segment that takes sequence space; {@code flags} may hold any bits, only SYN and FIN are kept. */
    void keep(long segmentSeq, int segmentLength, int flags) {
        if (count == seq.length) {
            seq = Arrays.copyOf(seq, count * 2);
            length = Arrays.copyOf(length, count * 2);
            control = Arrays.copyOf(control, count * 2);
        }
        seq[count] = segmentSeq;
        length[count] = segmentLength;
        control[count] = flags & (SYN | FIN);
        count++;
    }

    /** Removes every segment that {@code ack} covers entirely; returns how many it removed. */
    int retire(long ack) {
        int retired = 0;
        while (retired < count && le(add(seq[retired], space(retired)), ack)) {
            retired++;
        }
        if (retired > 0) {
            count -= retired;
            System.arraycopy(seq, retired, seq, 0, count);
            System.arraycopy(length, retired, length, 0, count);
            System.arraycopy(control, retired, control, 0, count);
        }
        return retired;
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
