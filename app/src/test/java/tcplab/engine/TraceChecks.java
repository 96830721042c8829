package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks on a finished trace written independently of the engine: the RFC 9293 state diagram as
 * a set of edges, and a model of each side's sequence space built only from the segments it sent.
 */
final class TraceChecks {

    private static final long MOD = 1L << 32;

    /** The transitions RFC 9293 allows (figure 5 and section 3.10), as from -> set of to. */
    static final Map<TcpState, Set<TcpState>> RFC_EDGES = new EnumMap<>(TcpState.class);

    static {
        edges(TcpState.CLOSED, TcpState.LISTEN, TcpState.SYN_SENT);
        edges(TcpState.LISTEN, TcpState.SYN_RECEIVED, TcpState.SYN_SENT, TcpState.CLOSED);
        edges(TcpState.SYN_SENT, TcpState.SYN_RECEIVED, TcpState.ESTABLISHED, TcpState.CLOSED);
        edges(TcpState.SYN_RECEIVED, TcpState.ESTABLISHED, TcpState.FIN_WAIT_1, TcpState.LISTEN, TcpState.CLOSED);
        edges(TcpState.ESTABLISHED, TcpState.FIN_WAIT_1, TcpState.CLOSE_WAIT, TcpState.CLOSED);
        edges(TcpState.FIN_WAIT_1, TcpState.FIN_WAIT_2, TcpState.CLOSING, TcpState.TIME_WAIT, TcpState.CLOSED);
        edges(TcpState.FIN_WAIT_2, TcpState.TIME_WAIT, TcpState.CLOSED);
        edges(TcpState.CLOSE_WAIT, TcpState.LAST_ACK, TcpState.CLOSED);
        edges(TcpState.CLOSING, TcpState.TIME_WAIT, TcpState.CLOSED);
        edges(TcpState.LAST_ACK, TcpState.CLOSED);
        edges(TcpState.TIME_WAIT, TcpState.CLOSED);
    }

    private static void edges(TcpState from, TcpState... to) {
        RFC_EDGES.put(from, EnumSet.of(to[0], to));
    }

    private TraceChecks() {
    }

    /** Every state change is an RFC edge and starts where the side's previous one ended. */
    static void transitionsFollowTheRfcDiagram(Trace trace) {
        Map<Side, TcpState> current = new EnumMap<>(Map.of(Side.CLIENT, TcpState.CLOSED, Side.SERVER, TcpState.CLOSED));
        for (TraceEvent event : trace.events()) {
            if (event instanceof StateChanged change) {
                assertThat(change.from()).as("%s at %d starts where it was", change.side(), change.time())
                        .isEqualTo(current.get(change.side()));
                assertThat(RFC_EDGES.get(change.from())).as("edge %s -> %s", change.from(), change.to())
                        .contains(change.to());
                current.put(change.side(), change.to());
            }
        }
    }

    /** Events come in time order. */
    static void eventsAreInTimeOrder(Trace trace) {
        long last = 0;
        for (TraceEvent event : trace.events()) {
            assertThat(event.time()).isGreaterThanOrEqualTo(last);
            last = event.time();
        }
        assertThat(trace.endTime()).isEqualTo(trace.events().isEmpty() ? 0 : last);
    }

    /**
     * Sequence arithmetic: a SYN or FIN takes one number, new data continues exactly where the
     * sender's last segment ended, retransmissions repeat what was sent, every acknowledgment
     * names a number the peer has sent, and each side's application reads the peer's bytes in
     * order, exactly once, and all of them when the peer's FIN has arrived.
     */
    static void sequenceArithmeticHolds(Trace trace) {
        Map<Side, SenderModel> senders = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            senders.put(side, new SenderModel());
        }
        Map<Side, SegmentDelivered> lastDelivered = new EnumMap<>(Side.class);
        for (TraceEvent event : trace.events()) {
            if (event instanceof SegmentSent sent) {
                Segment s = sent.segment();
                SenderModel me = senders.get(sent.side());
                if (s.has(Flag.ACK)) {
                    assertThat(senders.get(sent.side().peer()).hasSentUpTo(s.ack()))
                            .as("ack %d sent by %s at %d names something the peer sent", s.ack(), sent.side(), sent.time())
                            .isTrue();
                }
                if (sent.oldDuplicate()) {
                    me.sentEarlier(s);
                } else if (!s.has(Flag.RST)) {
                    me.sent(s, sent.retransmission(), sent.time());
                }
            } else if (event instanceof StateChanged change) {
                SenderModel me = senders.get(change.side());
                if (change.to() == TcpState.CLOSED || change.to() == TcpState.LISTEN) {
                    me.connectionOver();
                }
                if (isFinReceipt(change)) {
                    Connection from = senders.get(change.side().peer()).connectionOf(lastDelivered.get(change.side()).segment());
                    from.finReceived = true;
                }
            } else if (event instanceof SegmentDelivered delivered) {
                lastDelivered.put(delivered.side(), delivered);
                Segment s = delivered.segment();
                if (s.length() > 0 && !s.has(Flag.RST)) {
                    senders.get(delivered.side().peer()).connectionOf(s).delivered(s);
                }
            } else if (event instanceof AppCall call) {
                if (call.action() == AppAction.WRITE) {
                    senders.get(call.side()).current().written += call.bytes();
                } else if (call.action() == AppAction.READ) {
                    Connection from = senders.get(call.side().peer()).connectionOf(lastDelivered.get(call.side()).segment());
                    assertThat(from.deliveredCovers(from.readCursor, call.bytes()))
                            .as("the %d bytes read at %d continue the stream and have all arrived", call.bytes(), call.time())
                            .isTrue();
                    from.readCursor += call.bytes();
                    from.read += call.bytes();
                }
            }
        }
        for (SenderModel sender : senders.values()) {
            for (Connection c : sender.connections) {
                assertThat(c.read).as("bytes read of a connection never exceed those written").isLessThanOrEqualTo(c.written);
                if (c.finReceived) {
                    assertThat(c.read).as("after the FIN every byte written was read").isEqualTo(c.written);
                }
            }
        }
    }

    private static boolean isFinReceipt(StateChanged change) {
        return (change.from() == TcpState.ESTABLISHED && change.to() == TcpState.CLOSE_WAIT)
                || (change.from() == TcpState.FIN_WAIT_1 && change.to() == TcpState.CLOSING)
                || (change.from() == TcpState.FIN_WAIT_1 && change.to() == TcpState.TIME_WAIT)
                || (change.from() == TcpState.FIN_WAIT_2 && change.to() == TcpState.TIME_WAIT);
    }

    /** One connection of one sender, from its ISN. Offsets count from the ISN. */
    private static final class Connection {
        final long isn;
        long end;
        /** Offset of the next byte the receiver's application reads (1: the first after the SYN). */
        long readCursor = 1;
        long written;
        long read;
        boolean finReceived;
        private final List<long[]> deliveredRanges = new ArrayList<>();

        Connection(long isn) {
            this.isn = isn;
            this.end = (isn + 1) % MOD;
        }

        void delivered(Segment s) {
            long from = (s.seq() - isn + MOD) % MOD;
            deliveredRanges.add(new long[] {from, from + s.length()});
        }

        /** Whether the bytes at offsets [from, from + count) have all been delivered. */
        boolean deliveredCovers(long from, long count) {
            long position = from;
            boolean advanced = true;
            while (position < from + count && advanced) {
                advanced = false;
                for (long[] range : deliveredRanges) {
                    if (range[0] <= position && position < range[1]) {
                        position = range[1];
                        advanced = true;
                    }
                }
            }
            return position >= from + count;
        }

        boolean covers(long seq) {
            long offset = (seq - isn + MOD) % MOD;
            return offset <= (end - isn + MOD) % MOD;
        }
    }

    /** What one side has sent, connection by connection. */
    private static final class SenderModel {
        final List<Connection> connections = new ArrayList<>();
        private Connection open;

        void sent(Segment s, boolean retransmission, long time) {
            if (s.has(Flag.SYN)) {
                if (open == null) {
                    open = new Connection(s.seq());
                    connections.add(open);
                } else {
                    assertThat(s.seq()).as("a SYN at %d repeats the ISN", time).isEqualTo(open.isn);
                }
                return;
            }
            assertThat(open).as("a segment at %d belongs to a connection", time).isNotNull();
            long space = s.sequenceSpace();
            if (retransmission) {
                long offset = (s.seq() - open.isn + MOD) % MOD;
                assertThat(offset + space).as("a retransmission at %d repeats what was sent", time)
                        .isLessThanOrEqualTo((open.end - open.isn + MOD) % MOD);
            } else {
                assertThat(s.seq()).as("a new segment at %d starts where the last ended", time).isEqualTo(open.end);
                open.end = (open.end + space) % MOD;
            }
        }

        /** An old SYN of a connection before the run: its number may be acknowledged, nothing more. */
        void sentEarlier(Segment s) {
            assertThat(s.has(Flag.SYN) && !s.has(Flag.ACK)).as("an old duplicate is a SYN").isTrue();
            connections.add(0, new Connection(s.seq()));
        }

        void connectionOver() {
            open = null;
        }

        Connection current() {
            return connections.get(connections.size() - 1);
        }

        /** Whether {@code ack} lies within what some connection of this side has sent. */
        boolean hasSentUpTo(long ack) {
            for (Connection c : connections) {
                long offset = (ack - c.isn + MOD) % MOD;
                if (offset >= 1 && offset <= (c.end - c.isn + MOD) % MOD) {
                    return true;
                }
            }
            return false;
        }

        /** The latest connection whose numbers cover the segment. */
        Connection connectionOf(Segment s) {
            for (int i = connections.size() - 1; i >= 0; i--) {
                if (connections.get(i).covers(s.seq())) {
                    return connections.get(i);
                }
            }
            throw new AssertionError("segment seq " + s.seq() + " belongs to no connection of its sender");
        }
    }
}
