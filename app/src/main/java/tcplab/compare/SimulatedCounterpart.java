package tcplab.compare;

import java.util.OptionalLong;
import tcplab.capture.CapturedTrace;
import tcplab.engine.LinkSettings;
import tcplab.engine.Side;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;

/**
 * What the simulator is asked to run beside a captured connection: the applications as the
 * capture shows them ({@link CapturedApplications}), each direction's one-way time as the capture
 * estimates it, the capture's losses at the same segments, Linux's default kernel settings, and the
 * timer profile chosen. ISNs come from the RFC 9293 generator: the comparison reads relative
 * numbers.
 */
public final class SimulatedCounterpart {

    private SimulatedCounterpart() {
    }

    /** The run to compare with {@code captured} under {@code profile}. */
    public static SimulationInput of(CapturedTrace captured, TimerProfile profile) {
        return new SimulationInput(CapturedApplications.of(captured.trace()), profile, 1, OptionalLong.empty(),
                OptionalLong.empty(), link(captured, Side.CLIENT), link(captured, Side.SERVER), captured.losses());
    }

    private static LinkSettings link(CapturedTrace captured, Side from) {
        return new LinkSettings(Math.max(0, captured.oneWayMicros(from)), 0, 0, 0, 0);
    }
}
