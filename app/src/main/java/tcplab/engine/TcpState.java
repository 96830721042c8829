package tcplab.engine;

/** The eleven connection states of RFC 9293 section 3.3.2. */
public enum TcpState {
    CLOSED,
    LISTEN,
    SYN_SENT,
    SYN_RECEIVED,
    ESTABLISHED,
    FIN_WAIT_1,
    FIN_WAIT_2,
    CLOSE_WAIT,
    CLOSING,
    LAST_ACK,
    TIME_WAIT;

    /** The state's name as RFC 9293 spells it, e.g. {@code SYN-SENT}. */
    public String rfcName() {
        return name().replace('_', '-');
    }
}
