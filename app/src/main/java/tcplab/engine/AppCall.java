package tcplab.engine;

/**
 * An application call on an endpoint, or its result.
 *
 * @param bytes payload size for {@link AppAction#WRITE} and {@link AppAction#READ}, else 0
 */
public record AppCall(long time, Side side, AppAction action, int bytes) implements TraceEvent {
}
