package tcplab.engine;

/** Modulo 2^32 sequence number arithmetic (RFC 9293 section 3.4), on values kept in a long. */
public final class SequenceNumbers {

    static final long MASK = 0xFFFF_FFFFL;

    private SequenceNumbers() {
    }

    /** {@code seq + n} modulo 2^32. */
    public static long add(long seq, long n) {
        return (seq + n) & MASK;
    }

    /** {@code a < b} in sequence space. */
    public static boolean lt(long a, long b) {
        return (int) (a - b) < 0;
    }

    /** {@code a =< b} in sequence space. */
    public static boolean le(long a, long b) {
        return (int) (a - b) <= 0;
    }
}
