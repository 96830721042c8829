package tcplab.sweep;

import java.math.BigDecimal;
import tcplab.engine.LinkSettings;
import tcplab.engine.SimulationInput;

/** What one run of a sweep simulates, given its seed and the loss rate of both directions. */
@FunctionalInterface
public interface RunInputs {

    /** The run with seed {@code runSeed} and loss probability {@code loss} in each direction. */
    SimulationInput input(long runSeed, BigDecimal loss);

    /** Runs of {@code base} with each run's own seed and the swept loss in both directions; all else as in {@code base}. */
    static RunInputs varying(SimulationInput base) {
        return (runSeed, loss) -> new SimulationInput(base.script(), base.profile(), runSeed, base.isnClient(),
                base.isnServer(), withLoss(base.clientToServer(), loss), withLoss(base.serverToClient(), loss),
                base.faults(), base.linux());
    }

    private static LinkSettings withLoss(LinkSettings link, BigDecimal loss) {
        return new LinkSettings(link.delayMicros(), link.jitterMicros(), loss.doubleValue(), link.duplicate(),
                link.reorder());
    }
}
