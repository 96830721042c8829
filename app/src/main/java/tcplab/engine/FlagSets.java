package tcplab.engine;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The 32 possible flag sets as shared immutable instances, indexed by a bit mask (bit
 * {@code flag.ordinal()}), so that building a segment in the simulator's hot path allocates no
 * set.
 */
final class FlagSets {

    static final int SYN = 1 << Flag.SYN.ordinal();
    static final int FIN = 1 << Flag.FIN.ordinal();
    static final int RST = 1 << Flag.RST.ordinal();
    static final int PSH = 1 << Flag.PSH.ordinal();
    static final int ACK = 1 << Flag.ACK.ordinal();

    private static final Flag[] FLAGS = Flag.values();
    private static final Set<Flag>[] BY_MASK = buildAll();

    private FlagSets() {
    }

    @SuppressWarnings("unchecked")
    private static Set<Flag>[] buildAll() {
        Set<Flag>[] sets = new Set[1 << FLAGS.length];
        for (int mask = 0; mask < sets.length; mask++) {
            EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
            for (Flag flag : FLAGS) {
                if ((mask & (1 << flag.ordinal())) != 0) {
                    set.add(flag);
                }
            }
            sets[mask] = Collections.unmodifiableSet(set);
        }
        return sets;
    }

    /** The shared immutable set for a mask. */
    static Set<Flag> of(int mask) {
        return BY_MASK[mask];
    }

    /** The mask of any set of flags. */
    static int mask(Set<Flag> flags) {
        int mask = 0;
        for (Flag flag : flags) {
            mask |= 1 << flag.ordinal();
        }
        return mask;
    }
}
