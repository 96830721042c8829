package tcplab.engine;

/** What an application did through the socket interface, or what the socket reported to it. */
public enum AppAction {
    LISTEN("listen"),
    CONNECT("connect"),
    WRITE("write"),
    READ("read"),
    /** close(): nothing more to send, and (on Linux) nothing more to receive. */
    CLOSE("close"),
    /** shutdown(SHUT_WR): nothing more to send; receiving goes on. */
    SHUTDOWN("shutdown"),
    /** close() with SO_LINGER 0: the connection is aborted with RST. */
    ABORT("abort"),
    /** connect() failed: the peer answered with RST. */
    REFUSED("refused"),
    /** The connection gave up after the last retransmission of its SYN, data or FIN. */
    TIMED_OUT("timed-out"),
    /** An established connection was reset by the peer. */
    RESET("reset"),
    /** The host crashed and started again: it has forgotten every connection. */
    RESTART("restart");

    private final String traceName;

    AppAction(String traceName) {
        this.traceName = traceName;
    }

    /** The word the trace table prints, e.g. {@code timed-out}. */
    public String traceName() {
        return traceName;
    }
}
