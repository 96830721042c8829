package tcplab.engine;

/** The timers an endpoint runs. */
public enum TimerKind {
    /** RFC 6298 retransmission timer (also guards SYN and SYN+ACK). */
    RETRANSMISSION,
    /** 2 x MSL in TIME-WAIT. */
    TIME_WAIT,
    /** Delayed acknowledgment (optional, Linux-like). */
    DELAYED_ACK,
    /**
     * Linux only: how long an orphaned connection (its application called close()) waits in
     * FIN-WAIT-2 for the peer's FIN ({@code tcp_fin_timeout}).
     */
    FIN_WAIT_2
}
