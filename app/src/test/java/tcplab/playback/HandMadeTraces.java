package tcplab.playback;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import tcplab.engine.AppAction;
import tcplab.engine.AppCall;
import tcplab.engine.DropCause;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerKind;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/** Small traces written out by hand, so playback is tested without the simulator. */
public final class HandMadeTraces {

    public static final long ISN_CLIENT = 1000;
    public static final long ISN_SERVER = 5000;
    /** One-way delay of the hand-made link. */
    public static final long DELAY = 50_000;

    private HandMadeTraces() {
    }

    /**
     * A clean handshake: SYN at 0 (arrives 50 ms), SYN+ACK at 50 ms (arrives 100 ms), ACK at 100 ms
     * (arrives 150 ms), then nothing until 1 s.
     */
    public static Trace handshake() {
        Builder b = new Builder();
        b.state(0, Side.SERVER, TcpState.CLOSED, TcpState.LISTEN);
        b.add(new AppCall(0, Side.CLIENT, AppAction.CONNECT, 0));
        b.state(0, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT);
        b.flight(0, DELAY, 1, 1, segment(Side.CLIENT, ISN_CLIENT, 0, Flag.SYN), false);
        b.add(new TimerArmed(0, Side.CLIENT, TimerKind.RETRANSMISSION, 1_000_000, 0));
        b.state(DELAY, Side.SERVER, TcpState.LISTEN, TcpState.SYN_RECEIVED);
        b.flight(DELAY, 2 * DELAY, 2, 1, segment(Side.SERVER, ISN_SERVER, ISN_CLIENT + 1, Flag.SYN, Flag.ACK), false);
        b.add(new TimerCancelled(2 * DELAY, Side.CLIENT, TimerKind.RETRANSMISSION));
        b.state(2 * DELAY, Side.CLIENT, TcpState.SYN_SENT, TcpState.ESTABLISHED);
        b.flight(2 * DELAY, 3 * DELAY, 3, 2, segment(Side.CLIENT, ISN_CLIENT + 1, ISN_SERVER + 1, Flag.ACK), false);
        b.state(3 * DELAY, Side.SERVER, TcpState.SYN_RECEIVED, TcpState.ESTABLISHED);
        return b.build(1_000_000);
    }

    /** The first SYN is lost mid-wire at 25 ms; the RTO fires at 1 s and the SYN is sent again. */
    public static Trace lostSyn() {
        Builder b = new Builder();
        b.state(0, Side.SERVER, TcpState.CLOSED, TcpState.LISTEN);
        b.state(0, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT);
        Segment syn = segment(Side.CLIENT, ISN_CLIENT, 0, Flag.SYN);
        b.add(new SegmentSent(0, Side.CLIENT, 1, 1, syn, false));
        b.add(new TimerArmed(0, Side.CLIENT, TimerKind.RETRANSMISSION, 1_000_000, 0));
        b.add(new SegmentDropped(DELAY / 2, Side.CLIENT, 1, syn, DropCause.FAULT));
        b.add(new TimerFired(1_000_000, Side.CLIENT, TimerKind.RETRANSMISSION));
        b.add(new SegmentSent(1_000_000, Side.CLIENT, 2, 2, syn, true));
        b.add(new TimerArmed(1_000_000, Side.CLIENT, TimerKind.RETRANSMISSION, 3_000_000, 1));
        b.add(new SegmentDelivered(1_000_000 + DELAY, Side.SERVER, 2, syn));
        b.state(1_000_000 + DELAY, Side.SERVER, TcpState.LISTEN, TcpState.SYN_RECEIVED);
        return b.build(1_000_000 + DELAY);
    }

    /** The client closes first and waits 60 s in TIME-WAIT. */
    public static Trace timeWait() {
        Builder b = new Builder();
        b.state(0, Side.CLIENT, TcpState.ESTABLISHED, TcpState.FIN_WAIT_1);
        b.flight(0, DELAY, 1, 1, segment(Side.CLIENT, ISN_CLIENT + 1, ISN_SERVER + 1, Flag.FIN, Flag.ACK), false);
        b.state(DELAY, Side.SERVER, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT);
        b.flight(DELAY, 2 * DELAY, 2, 1, segment(Side.SERVER, ISN_SERVER + 1, ISN_CLIENT + 2, Flag.ACK), false);
        b.state(2 * DELAY, Side.CLIENT, TcpState.FIN_WAIT_1, TcpState.FIN_WAIT_2);
        b.state(2 * DELAY, Side.SERVER, TcpState.CLOSE_WAIT, TcpState.LAST_ACK);
        b.flight(2 * DELAY, 3 * DELAY, 3, 2, segment(Side.SERVER, ISN_SERVER + 1, ISN_CLIENT + 2, Flag.FIN, Flag.ACK), false);
        b.state(3 * DELAY, Side.CLIENT, TcpState.FIN_WAIT_2, TcpState.TIME_WAIT);
        b.add(new TimerArmed(3 * DELAY, Side.CLIENT, TimerKind.TIME_WAIT, 3 * DELAY + 60_000_000, 0));
        b.flight(3 * DELAY, 4 * DELAY, 4, 2, segment(Side.CLIENT, ISN_CLIENT + 2, ISN_SERVER + 2, Flag.ACK), false);
        b.state(4 * DELAY, Side.SERVER, TcpState.LAST_ACK, TcpState.CLOSED);
        b.add(new TimerFired(3 * DELAY + 60_000_000, Side.CLIENT, TimerKind.TIME_WAIT));
        b.state(3 * DELAY + 60_000_000, Side.CLIENT, TcpState.TIME_WAIT, TcpState.CLOSED);
        return b.build(3 * DELAY + 60_000_000);
    }

    /**
     * The server closes the moment the client’s FIN arrives: CLOSE-WAIT and LAST-ACK in one
     * instant, with the ACK and the FIN leaving together.
     */
    public static Trace passiveCloseAtOnce() {
        Builder b = new Builder();
        b.state(0, Side.CLIENT, TcpState.ESTABLISHED, TcpState.FIN_WAIT_1);
        b.flight(0, DELAY, 1, 1, segment(Side.CLIENT, ISN_CLIENT + 1, ISN_SERVER + 1, Flag.FIN, Flag.ACK), false);
        b.state(DELAY, Side.SERVER, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT);
        b.flight(DELAY, 2 * DELAY, 2, 1, segment(Side.SERVER, ISN_SERVER + 1, ISN_CLIENT + 2, Flag.ACK), false);
        b.add(new AppCall(DELAY, Side.SERVER, AppAction.CLOSE, 0));
        b.state(DELAY, Side.SERVER, TcpState.CLOSE_WAIT, TcpState.LAST_ACK);
        b.flight(DELAY, 2 * DELAY, 3, 2, segment(Side.SERVER, ISN_SERVER + 1, ISN_CLIENT + 2, Flag.FIN, Flag.ACK), false);
        return b.build(2 * DELAY);
    }

    /** {@code count} segments in flight at once from each side: for the frame-time figures. */
    public static Trace crowded(int count) {
        Builder b = new Builder();
        b.state(0, Side.CLIENT, TcpState.CLOSED, TcpState.ESTABLISHED);
        b.state(0, Side.SERVER, TcpState.CLOSED, TcpState.ESTABLISHED);
        for (int i = 0; i < count; i++) {
            Side from = i % 2 == 0 ? Side.CLIENT : Side.SERVER;
            long sent = i * 1_000L;
            b.flight(sent, sent + 400_000, i + 1, i / 2 + 1,
                    new Segment(from, ISN_CLIENT + i * 100L, ISN_SERVER, EnumSet.of(Flag.ACK, Flag.PSH), 100, 65535), false);
        }
        return b.build(count * 1_000L + 400_000);
    }

    /** A segment the link copied: the copy arrives 10 ms after the original. */
    public static Trace duplicated() {
        Builder b = new Builder();
        Segment ack = segment(Side.CLIENT, ISN_CLIENT + 1, ISN_SERVER + 1, Flag.ACK);
        b.add(new SegmentSent(0, Side.CLIENT, 1, 1, ack, false));
        b.add(new SegmentDuplicated(0, Side.CLIENT, 1, 2, ack));
        b.add(new SegmentDelivered(DELAY, Side.SERVER, 1, ack));
        b.add(new SegmentDelivered(DELAY + 10_000, Side.SERVER, 2, ack));
        return b.build(DELAY + 10_000);
    }

    public static Segment segment(Side from, long seq, long ack, Flag... flags) {
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        set.addAll(List.of(flags));
        return new Segment(from, seq, ack, set, 0, 65535);
    }

    private static final class Builder {
        private final List<TraceEvent> events = new ArrayList<>();

        void add(TraceEvent event) {
            events.add(event);
        }

        void state(long time, Side side, TcpState from, TcpState to) {
            events.add(new StateChanged(time, side, from, to));
        }

        void flight(long sent, long arrives, int id, int ordinal, Segment segment, boolean retransmission) {
            events.add(new SegmentSent(sent, segment.from(), id, ordinal, segment, retransmission));
            events.add(new SegmentDelivered(arrives, segment.from().peer(), id, segment));
        }

        Trace build(long end) {
            List<TraceEvent> sorted = new ArrayList<>(events);
            sorted.sort((a, b) -> Long.compare(a.time(), b.time()));
            return new Trace(sorted, end);
        }
    }
}
