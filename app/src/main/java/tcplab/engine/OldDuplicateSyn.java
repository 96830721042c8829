package tcplab.engine;

import java.util.Objects;

/**
 * A SYN of an earlier connection, delayed in the network so long that it reaches the peer during
 * this run: the old duplicate SYN of RFC 9293 section 3.5 (Figure 8), the reason the handshake
 * takes three segments and not two. Its host sent it before the run started; the run puts it on
 * the link toward {@code from.peer()} at {@link #atMicros}, where the link carries it like any
 * segment. It carries the options its host puts on every SYN and acknowledges nothing.
 *
 * @param from            the side whose earlier connection sent it, so the direction it travels
 * @param atMicros        when it enters the link in this run
 * @param numbersBelowIsn how far its sequence number lies below the ISN {@code from} would choose
 *                        at {@code atMicros}: the earlier connection's ISN came from an earlier
 *                        clock (RFC 9293 3.4.1), so it differs from any ISN of this run
 */
public record OldDuplicateSyn(Side from, long atMicros, long numbersBelowIsn) {

    public OldDuplicateSyn {
        Objects.requireNonNull(from, "from");
        if (atMicros < 0) {
            throw new IllegalArgumentException("an old duplicate enters the link during the run: " + atMicros);
        }
        if (numbersBelowIsn <= 0 || numbersBelowIsn >= SequenceNumbers.MASK) {
            throw new IllegalArgumentException("an old SYN's number lies below the ISN, within 2^32: " + numbersBelowIsn);
        }
    }
}
