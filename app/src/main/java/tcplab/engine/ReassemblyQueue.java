package tcplab.engine;

import static tcplab.engine.SequenceNumbers.lt;

/**
 * Segments that arrived beyond a gap in the stream, held until the gap fills (RFC 9293
 * 3.10.7.4 says a receiver SHOULD keep them). Holds a few segments, as many as the lessons need;
 * one that does not fit is dropped and comes again with the sender's retransmission.
 *
 * <p>Taking a segment out is a {@link #removeReachable(long)} followed by reading its fields, so
 * the queue allocates nothing after it is made.
 */
final class ReassemblyQueue {

    /** How many out-of-order segments a receiver holds; the lessons never need more than a few. */
    static final int CAPACITY = 8;

    private final long[] seq = new long[CAPACITY];
    private final int[] length = new int[CAPACITY];
    private final boolean[] fin = new boolean[CAPACITY];
    private int count;
    private long removedSeq;
    private int removedLength;
    private boolean removedFin;

    /** Holds a segment unless one with the same sequence number is held already or the queue is full. */
    void hold(long segmentSeq, int segmentLength, boolean segmentFin) {
        for (int i = 0; i < count; i++) {
            if (seq[i] == segmentSeq) {
                return;
            }
        }
        if (count == CAPACITY) {
            return;
        }
        seq[count] = segmentSeq;
        length[count] = segmentLength;
        fin[count] = segmentFin;
        count++;
    }

    /**
     * Removes a held segment that starts at or before {@code rcvNxt} (so it continues the stream
     * or is old), the first such in the queue's order; returns whether there was one. Its fields
     * are then {@link #removedSeq()}, {@link #removedLength()} and {@link #removedFin()}.
     */
    boolean removeReachable(long rcvNxt) {
        for (int i = 0; i < count; i++) {
            if (!lt(rcvNxt, seq[i])) {
                removedSeq = seq[i];
                removedLength = length[i];
                removedFin = fin[i];
                count--;
                seq[i] = seq[count];
                length[i] = length[count];
                fin[i] = fin[count];
                return true;
            }
        }
        return false;
    }

    long removedSeq() {
        return removedSeq;
    }

    int removedLength() {
        return removedLength;
    }

    boolean removedFin() {
        return removedFin;
    }

    boolean isEmpty() {
        return count == 0;
    }

    int size() {
        return count;
    }

    void clear() {
        count = 0;
    }
}
