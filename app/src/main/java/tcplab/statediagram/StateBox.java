package tcplab.statediagram;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import tcplab.engine.TcpState;

/**
 * A box of the RFC 9293 state diagram (section 3.3.2, figure 5) at its cell of a grid three
 * columns wide and seven rows high, where the RFC's figure draws it. CLOSED has two boxes, as in
 * the figure: at the top, where connections start, and at the bottom, where they end.
 */
public enum StateBox {
    CLOSED_TOP(TcpState.CLOSED, 1, 0),
    LISTEN(TcpState.LISTEN, 1, 1),
    SYN_RECEIVED(TcpState.SYN_RECEIVED, 0, 2),
    SYN_SENT(TcpState.SYN_SENT, 2, 2),
    ESTABLISHED(TcpState.ESTABLISHED, 1, 3),
    FIN_WAIT_1(TcpState.FIN_WAIT_1, 0, 4),
    CLOSE_WAIT(TcpState.CLOSE_WAIT, 2, 4),
    FIN_WAIT_2(TcpState.FIN_WAIT_2, 0, 5),
    CLOSING(TcpState.CLOSING, 1, 5),
    LAST_ACK(TcpState.LAST_ACK, 2, 5),
    TIME_WAIT(TcpState.TIME_WAIT, 1, 6),
    CLOSED_BOTTOM(TcpState.CLOSED, 2, 6);

    /** The grid's columns. */
    public static final int COLUMNS = 3;
    /** The grid's rows. */
    public static final int ROWS = 7;

    private static final Set<TcpState> ENDS_AT_BOTTOM = EnumSet.of(TcpState.TIME_WAIT, TcpState.LAST_ACK,
            TcpState.CLOSING, TcpState.ESTABLISHED, TcpState.FIN_WAIT_2);

    private final TcpState state;
    private final int column;
    private final int row;

    StateBox(TcpState state, int column, int row) {
        this.state = state;
        this.column = column;
        this.row = row;
    }

    /** The state the box stands for. */
    public TcpState state() {
        return state;
    }

    /** The grid column, from 0 at the left. */
    public int column() {
        return column;
    }

    /** The grid row, from 0 at the top. */
    public int row() {
        return row;
    }

    /** A name for the box in ids and markup, e.g. {@code closed-top}, {@code syn-sent}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The box of a host in {@code state} that came from {@code from}. CLOSED after TIME-WAIT or
     * LAST-ACK is the bottom box, where the figure ends a connection; so is CLOSED after
     * ESTABLISHED, FIN-WAIT-2 or CLOSING (a reset or a timeout the figure does not draw), whose
     * arrow to the top box would cross other boxes. Any other CLOSED is the top box.
     */
    public static StateBox of(TcpState state, TcpState from) {
        if (state == TcpState.CLOSED) {
            return ENDS_AT_BOTTOM.contains(from) ? CLOSED_BOTTOM : CLOSED_TOP;
        }
        return valueOf(state.name());
    }

    /** The box a host in {@code state} starts from: CLOSED is the top box. */
    public static StateBox start(TcpState state) {
        return of(state, TcpState.CLOSED);
    }
}
