package tcplab.explain;

import java.util.Arrays;
import java.util.Optional;
import tcplab.engine.TcpState;

/**
 * The transitions RFC 9293 draws in its state diagram (figure 5, section 3.3.2), each labelled as
 * the figure labels it: the event that causes it and the action taken, such as
 * {@code rcv SYN / snd SYN,ACK}. The labels are texts, so each language can say them.
 */
public enum FigureTransition {
    PASSIVE_OPEN(TcpState.CLOSED, TcpState.LISTEN),
    ACTIVE_OPEN(TcpState.CLOSED, TcpState.SYN_SENT),
    LISTEN_CLOSE(TcpState.LISTEN, TcpState.CLOSED),
    LISTEN_SEND(TcpState.LISTEN, TcpState.SYN_SENT),
    LISTEN_SYN(TcpState.LISTEN, TcpState.SYN_RECEIVED),
    SYN_SENT_CLOSE(TcpState.SYN_SENT, TcpState.CLOSED),
    SIMULTANEOUS_OPEN(TcpState.SYN_SENT, TcpState.SYN_RECEIVED),
    SYN_SENT_SYN_ACK(TcpState.SYN_SENT, TcpState.ESTABLISHED),
    SYN_RECEIVED_RST(TcpState.SYN_RECEIVED, TcpState.LISTEN),
    SYN_RECEIVED_ACK(TcpState.SYN_RECEIVED, TcpState.ESTABLISHED),
    SYN_RECEIVED_CLOSE(TcpState.SYN_RECEIVED, TcpState.FIN_WAIT_1),
    ACTIVE_CLOSE(TcpState.ESTABLISHED, TcpState.FIN_WAIT_1),
    PASSIVE_CLOSE(TcpState.ESTABLISHED, TcpState.CLOSE_WAIT),
    FIN_ACKED(TcpState.FIN_WAIT_1, TcpState.FIN_WAIT_2),
    SIMULTANEOUS_CLOSE(TcpState.FIN_WAIT_1, TcpState.CLOSING),
    FIN_AND_ACK(TcpState.FIN_WAIT_1, TcpState.TIME_WAIT),
    PEER_FIN(TcpState.FIN_WAIT_2, TcpState.TIME_WAIT),
    CLOSING_ACKED(TcpState.CLOSING, TcpState.TIME_WAIT),
    CLOSE_WAIT_CLOSE(TcpState.CLOSE_WAIT, TcpState.LAST_ACK),
    LAST_ACK_ACKED(TcpState.LAST_ACK, TcpState.CLOSED),
    TIME_WAIT_TIMEOUT(TcpState.TIME_WAIT, TcpState.CLOSED);

    private final TcpState from;
    private final TcpState to;

    FigureTransition(TcpState from, TcpState to) {
        this.from = from;
        this.to = to;
    }

    public TcpState from() {
        return from;
    }

    public TcpState to() {
        return to;
    }

    /** The figure's transition from one state to another, if the figure draws one. */
    public static Optional<FigureTransition> between(TcpState from, TcpState to) {
        return Arrays.stream(values()).filter(t -> t.from == from && t.to == to).findFirst();
    }

    /** The key of its event / action label, e.g. {@code states.edge.LISTEN_SYN}. */
    public String labelKey() {
        return "states.edge." + name();
    }
}
