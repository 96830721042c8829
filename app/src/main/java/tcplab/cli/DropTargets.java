package tcplab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.Trace;

/**
 * Which {@code --drop} specs named a segment that a finished run actually sent. A spec counts the
 * transmissions of its side, all of them or those with exactly its flags, as the engine does when
 * it applies the fault.
 */
final class DropTargets {

    private DropTargets() {
    }

    /** The faults whose segment the run never sent, in the order given. */
    static List<ScriptedFault> neverSent(Trace trace, List<ScriptedFault> faults) {
        List<ScriptedFault> missing = new ArrayList<>();
        for (ScriptedFault fault : faults) {
            if (counted(trace, fault) < fault.nth()) {
                missing.add(fault);
            }
        }
        return missing;
    }

    /** How many segments each side sent, for the message: "the client sends 5 segments, the server 4". */
    static String sentCounts(Trace trace) {
        return "the client sends " + sent(trace, Side.CLIENT) + " segments, the server " + sent(trace, Side.SERVER);
    }

    private static long counted(Trace trace, ScriptedFault fault) {
        return sentBy(trace, fault.from())
                .filter(sent -> fault.flags().map(flags -> flags.equals(sent.segment().flags())).orElse(true))
                .count();
    }

    private static long sent(Trace trace, Side side) {
        return sentBy(trace, side).count();
    }

    private static Stream<SegmentSent> sentBy(Trace trace, Side side) {
        return trace.events().stream()
                .filter(SegmentSent.class::isInstance)
                .map(SegmentSent.class::cast)
                .filter(sent -> sent.side() == side);
    }
}
