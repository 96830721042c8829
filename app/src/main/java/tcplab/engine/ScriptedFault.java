package tcplab.engine;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A fault aimed at one chosen segment: "drop the 2nd segment from client to server", "drop the
 * first SYN+ACK", "delay the first FIN by 5 s".
 *
 * @param from        the sending side of the segment
 * @param flags       when present, only segments whose flags are exactly these count
 * @param nth         1-based: which of the counted segments in that direction
 * @param action      drop it, or delay it
 * @param extraDelayMicros for {@link FaultAction#DELAY}, added to the link's delay; else 0
 */
public record ScriptedFault(Side from, Optional<Set<Flag>> flags, int nth, FaultAction action, long extraDelayMicros) {

    public ScriptedFault {
        if (nth < 1) {
            throw new IllegalArgumentException("nth must be at least 1: " + nth);
        }
        if (extraDelayMicros < 0) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        flags = flags.map(f -> f.isEmpty() ? Set.<Flag>of() : Set.copyOf(EnumSet.copyOf(f)));
    }

    /** Drop the {@code nth} segment that {@code from} sends, whatever its flags. */
    public static ScriptedFault dropNth(Side from, int nth) {
        return new ScriptedFault(from, Optional.empty(), nth, FaultAction.DROP, 0);
    }
}
