package tcplab.engine;

/** A timer expired. */
public record TimerFired(long time, Side side, TimerKind kind) implements TraceEvent {
}
