package tcplab.playback;

import tcplab.engine.Side;
import tcplab.engine.TimerKind;

/**
 * One run of a timer: armed at {@code armedAt}, running until {@code stoppedAt} (when it fired,
 * was cancelled, was restarted, or the trace ended).
 */
record TimerSpan(Side side, TimerKind kind, long armedAt, long expiresAt, int attempt, long stoppedAt) {

    boolean runningAt(long t) {
        return armedAt <= t && t < stoppedAt;
    }
}
