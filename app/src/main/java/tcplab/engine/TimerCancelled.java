package tcplab.engine;

/** A running timer was stopped before it expired. */
public record TimerCancelled(long time, Side side, TimerKind kind) implements TraceEvent {
}
