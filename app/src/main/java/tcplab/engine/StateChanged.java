package tcplab.engine;

/** An endpoint moved from one RFC 9293 state to another. */
public record StateChanged(long time, Side side, TcpState from, TcpState to) implements TraceEvent {
}
