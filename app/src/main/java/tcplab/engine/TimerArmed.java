package tcplab.engine;

/**
 * A timer was started (or restarted) to expire at {@code expiresAt}.
 *
 * @param attempt for the retransmission timer, how many times the guarded segment has been
 *                retransmitted so far (0 for the first transmission); 0 for other timers
 */
public record TimerArmed(long time, Side side, TimerKind kind, long expiresAt, int attempt)
        implements TraceEvent {
}
