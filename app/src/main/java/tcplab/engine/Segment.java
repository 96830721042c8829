package tcplab.engine;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A TCP segment as it leaves its sender.
 *
 * @param from   the sending endpoint
 * @param seq    the raw 32-bit sequence number
 * @param ack    the raw 32-bit acknowledgment number (meaningful only with {@link Flag#ACK})
 * @param flags  the control bits set
 * @param length payload bytes carried; SYN and FIN occupy sequence space but are not counted here
 * @param window the advertised receive window
 * @param tsVal  the TCP timestamp option's value (RFC 7323): the sender's clock when it sent the
 *               segment, in microseconds; {@link #NO_TIMESTAMP} without the option
 * @param tsEcr  the timestamp it echoes: the peer's {@code tsVal} it last took in (TS.Recent);
 *               {@link #NO_TIMESTAMP} when there is none yet or no option
 * @param synOptions what a SYN or SYN+ACK announces besides the timestamps; {@link SynOptions#NONE}
 *               on every other segment
 */
public record Segment(Side from, long seq, long ack, Set<Flag> flags, int length, int window, long tsVal,
                      long tsEcr, SynOptions synOptions) {

    /** The value of {@link #tsVal} and {@link #tsEcr} where the segment carries no timestamp. */
    public static final long NO_TIMESTAMP = -1;

    public Segment {
        Objects.requireNonNull(from, "from");
        flags = FlagSets.of(FlagSets.mask(flags));
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        Objects.requireNonNull(synOptions, "synOptions");
    }

    /** A segment without SYN options. */
    public Segment(Side from, long seq, long ack, Set<Flag> flags, int length, int window, long tsVal, long tsEcr) {
        this(from, seq, ack, flags, length, window, tsVal, tsEcr, SynOptions.NONE);
    }

    /** A segment without the timestamp option. */
    public Segment(Side from, long seq, long ack, Set<Flag> flags, int length, int window) {
        this(from, seq, ack, flags, length, window, NO_TIMESTAMP, NO_TIMESTAMP, SynOptions.NONE);
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }

    /** Sequence numbers this segment occupies: its payload plus one each for SYN and FIN. */
    public long sequenceSpace() {
        return length + (has(Flag.SYN) ? 1 : 0) + (has(Flag.FIN) ? 1 : 0);
    }

    /** The flags in the order SYN,FIN,RST,PSH,ACK joined by {@code delimiter}, e.g. {@code SYN+ACK}. */
    public String flagsJoined(String delimiter) {
        return flags.stream().map(Flag::name).collect(Collectors.joining(delimiter));
    }
}
