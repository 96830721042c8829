package tcplab.playback;

import tcplab.engine.Side;
import tcplab.engine.TimerKind;

/**
 * A timer running at one moment.
 *
 * @param side      whose timer
 * @param kind      which timer
 * @param armedAt   when it was (re)started
 * @param expiresAt when it will fire unless stopped
 * @param attempt   retransmissions of the guarded segment so far (retransmission timer only)
 * @param now       the moment this countdown describes
 */
public record TimerCountdown(Side side, TimerKind kind, long armedAt, long expiresAt, int attempt, long now) {

    /** True simulated time left, in microseconds. */
    public long remainingMicros() {
        return Math.max(0, expiresAt - now);
    }

    /** The part of the timer still to run, from 1 when armed to 0 when it fires. */
    public double fractionRemaining() {
        long total = expiresAt - armedAt;
        return total <= 0 ? 0 : Math.min(1, (double) remainingMicros() / total);
    }
}
