package tcplab;

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
import tcplab.engine.SynOptions;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerKind;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * Traces written out by hand, so playback, the command line and the pcap code are checked without
 * the engine. Most use the lessons' readable ISNs (client 1000, server 5000) and a 50 ms link;
 * {@link #lossyHandshake()} starts near 2^32 so its numbers wrap.
 */
public final class HandmadeTraces {

    public static final long CLIENT_ISN = 1000;
    public static final long SERVER_ISN = 5000;
    /** One-way delay of the hand-made link. */
    public static final long DELAY = 50_000;
    /** The client ISN of {@link #lossyHandshake()} and {@link #refused()}: close to 2^32, so the numbers wrap. */
    public static final long WRAPPING_CLIENT_ISN = 4_294_967_200L;
    /** The server ISN of {@link #lossyHandshake()}. */
    public static final long LOSSY_SERVER_ISN = 7_000L;
    public static final int WINDOW = 64_240;
    public static final int REQUEST = 120;

    private HandmadeTraces() {
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
        b.flight(0, DELAY, 1, 1, segment(Side.CLIENT, CLIENT_ISN, 0, 0, Flag.SYN), false);
        b.add(new TimerArmed(0, Side.CLIENT, TimerKind.RETRANSMISSION, 1_000_000, 0));
        b.state(DELAY, Side.SERVER, TcpState.LISTEN, TcpState.SYN_RECEIVED);
        b.flight(DELAY, 2 * DELAY, 2, 1, segment(Side.SERVER, SERVER_ISN, CLIENT_ISN + 1, 0, Flag.SYN, Flag.ACK), false);
        b.add(new TimerCancelled(2 * DELAY, Side.CLIENT, TimerKind.RETRANSMISSION));
        b.state(2 * DELAY, Side.CLIENT, TcpState.SYN_SENT, TcpState.ESTABLISHED);
        b.flight(2 * DELAY, 3 * DELAY, 3, 2, segment(Side.CLIENT, CLIENT_ISN + 1, SERVER_ISN + 1, 0, Flag.ACK), false);
        b.state(3 * DELAY, Side.SERVER, TcpState.SYN_RECEIVED, TcpState.ESTABLISHED);
        return b.build(1_000_000);
    }

    /** The first SYN is lost mid-wire at 25 ms; the RTO fires at 1 s and the SYN is sent again. */
    public static Trace lostSyn() {
        Builder b = new Builder();
        b.state(0, Side.SERVER, TcpState.CLOSED, TcpState.LISTEN);
        b.state(0, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT);
        Segment syn = segment(Side.CLIENT, CLIENT_ISN, 0, 0, Flag.SYN);
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
        b.flight(0, DELAY, 1, 1, segment(Side.CLIENT, CLIENT_ISN + 1, SERVER_ISN + 1, 0, Flag.FIN, Flag.ACK), false);
        b.state(DELAY, Side.SERVER, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT);
        b.flight(DELAY, 2 * DELAY, 2, 1, segment(Side.SERVER, SERVER_ISN + 1, CLIENT_ISN + 2, 0, Flag.ACK), false);
        b.state(2 * DELAY, Side.CLIENT, TcpState.FIN_WAIT_1, TcpState.FIN_WAIT_2);
        b.state(2 * DELAY, Side.SERVER, TcpState.CLOSE_WAIT, TcpState.LAST_ACK);
        b.flight(2 * DELAY, 3 * DELAY, 3, 2, segment(Side.SERVER, SERVER_ISN + 1, CLIENT_ISN + 2, 0, Flag.FIN, Flag.ACK), false);
        b.state(3 * DELAY, Side.CLIENT, TcpState.FIN_WAIT_2, TcpState.TIME_WAIT);
        b.add(new TimerArmed(3 * DELAY, Side.CLIENT, TimerKind.TIME_WAIT, 3 * DELAY + 60_000_000, 0));
        b.flight(3 * DELAY, 4 * DELAY, 4, 2, segment(Side.CLIENT, CLIENT_ISN + 2, SERVER_ISN + 2, 0, Flag.ACK), false);
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
        b.flight(0, DELAY, 1, 1, segment(Side.CLIENT, CLIENT_ISN + 1, SERVER_ISN + 1, 0, Flag.FIN, Flag.ACK), false);
        b.state(DELAY, Side.SERVER, TcpState.ESTABLISHED, TcpState.CLOSE_WAIT);
        b.flight(DELAY, 2 * DELAY, 2, 1, segment(Side.SERVER, SERVER_ISN + 1, CLIENT_ISN + 2, 0, Flag.ACK), false);
        b.add(new AppCall(DELAY, Side.SERVER, AppAction.CLOSE, 0));
        b.state(DELAY, Side.SERVER, TcpState.CLOSE_WAIT, TcpState.LAST_ACK);
        b.flight(DELAY, 2 * DELAY, 3, 2, segment(Side.SERVER, SERVER_ISN + 1, CLIENT_ISN + 2, 0, Flag.FIN, Flag.ACK), false);
        return b.build(2 * DELAY);
    }

    /** A segment the link copied: the copy arrives 10 ms after the original. */
    public static Trace duplicated() {
        Builder b = new Builder();
        Segment ack = segment(Side.CLIENT, CLIENT_ISN + 1, SERVER_ISN + 1, 0, Flag.ACK);
        b.add(new SegmentSent(0, Side.CLIENT, 1, 1, ack, false));
        b.add(new SegmentDuplicated(0, Side.CLIENT, 1, 2, ack));
        b.add(new SegmentDelivered(DELAY, Side.SERVER, 1, ack));
        b.add(new SegmentDelivered(DELAY + 10_000, Side.SERVER, 2, ack));
        return b.build(DELAY + 10_000);
    }

    /**
     * A handshake whose request is lost once and resent after the 1 s timeout, with a link
     * duplicate of the final handshake ACK. The client ISN is close to 2^32, so its numbers wrap.
     * The segments carry what Linux hosts send: the SYN options and a timestamp on every segment,
     * echoing the peer's latest.
     */
    public static Trace lossyHandshake() {
        List<TraceEvent> events = new ArrayList<>();
        Segment syn = linux(segment(Side.CLIENT, WRAPPING_CLIENT_ISN, 0, 0, Flag.SYN), 0, Segment.NO_TIMESTAMP);
        Segment synAck = linux(segment(Side.SERVER, LOSSY_SERVER_ISN, WRAPPING_CLIENT_ISN + 1, 0, Flag.SYN, Flag.ACK),
                50_000, 0);
        Segment ack = linux(segment(Side.CLIENT, wrap(WRAPPING_CLIENT_ISN + 1), LOSSY_SERVER_ISN + 1, 0, Flag.ACK),
                100_250, 50_000);
        Segment plainRequest = segment(Side.CLIENT, wrap(WRAPPING_CLIENT_ISN + 1), LOSSY_SERVER_ISN + 1, REQUEST,
                Flag.PSH, Flag.ACK);
        Segment request = linux(plainRequest, 100_250, 50_000);
        Segment requestAgain = linux(plainRequest, 1_100_250, 50_000);
        Segment requestAck = linux(segment(Side.SERVER, LOSSY_SERVER_ISN + 1, wrap(WRAPPING_CLIENT_ISN + 1 + REQUEST),
                0, Flag.ACK), 1_150_250, 1_100_250);

        events.add(new StateChanged(0, Side.SERVER, TcpState.CLOSED, TcpState.LISTEN));
        events.add(new AppCall(0, Side.CLIENT, AppAction.CONNECT, 0));
        events.add(new StateChanged(0, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT));
        events.add(new SegmentSent(0, Side.CLIENT, 1, 1, syn, false));
        events.add(new TimerArmed(0, Side.CLIENT, TimerKind.RETRANSMISSION, 1_000_000, 0));
        events.add(new SegmentDelivered(50_000, Side.SERVER, 1, syn));
        events.add(new StateChanged(50_000, Side.SERVER, TcpState.LISTEN, TcpState.SYN_RECEIVED));
        events.add(new SegmentSent(50_000, Side.SERVER, 2, 1, synAck, false));
        events.add(new SegmentDelivered(100_250, Side.CLIENT, 2, synAck));
        events.add(new TimerCancelled(100_250, Side.CLIENT, TimerKind.RETRANSMISSION));
        events.add(new StateChanged(100_250, Side.CLIENT, TcpState.SYN_SENT, TcpState.ESTABLISHED));
        events.add(new SegmentSent(100_250, Side.CLIENT, 3, 2, ack, false));
        events.add(new AppCall(100_250, Side.CLIENT, AppAction.WRITE, REQUEST));
        events.add(new SegmentSent(100_250, Side.CLIENT, 4, 3, request, false));
        events.add(new SegmentDuplicated(100_250, Side.CLIENT, 3, 5, ack));
        events.add(new SegmentDropped(125_250, Side.CLIENT, 4, request, DropCause.RANDOM_LOSS));
        events.add(new SegmentDelivered(150_250, Side.SERVER, 3, ack));
        events.add(new StateChanged(150_250, Side.SERVER, TcpState.SYN_RECEIVED, TcpState.ESTABLISHED));
        events.add(new SegmentDelivered(150_250, Side.SERVER, 5, ack));
        events.add(new TimerFired(1_100_250, Side.CLIENT, TimerKind.RETRANSMISSION));
        events.add(new SegmentSent(1_100_250, Side.CLIENT, 6, 4, requestAgain, true));
        events.add(new SegmentDelivered(1_150_250, Side.SERVER, 6, requestAgain));
        events.add(new AppCall(1_150_250, Side.SERVER, AppAction.READ, REQUEST));
        events.add(new SegmentSent(1_150_250, Side.SERVER, 7, 2, requestAck, false));
        events.add(new SegmentDelivered(1_200_250, Side.CLIENT, 7, requestAck));
        return new Trace(events, 1_200_250);
    }

    /** A SYN to a port with no listener, answered by RST,ACK; connect reports refused. */
    public static Trace refused() {
        Segment syn = segment(Side.CLIENT, WRAPPING_CLIENT_ISN, 0, 0, Flag.SYN);
        Segment reset = new Segment(Side.SERVER, 0, wrap(WRAPPING_CLIENT_ISN + 1), EnumSet.of(Flag.RST, Flag.ACK), 0, 0);
        List<TraceEvent> events = List.of(
                new AppCall(0, Side.CLIENT, AppAction.CONNECT, 0),
                new StateChanged(0, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT),
                new SegmentSent(0, Side.CLIENT, 1, 1, syn, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, syn),
                new SegmentSent(50_000, Side.SERVER, 2, 1, reset, false),
                new SegmentDelivered(100_000, Side.CLIENT, 2, reset),
                new StateChanged(100_000, Side.CLIENT, TcpState.SYN_SENT, TcpState.CLOSED),
                new AppCall(100_000, Side.CLIENT, AppAction.REFUSED, 0));
        return new Trace(events, 100_000);
    }

    public static Segment segment(Side from, long seq, long ack, int length, Flag... flags) {
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        set.addAll(List.of(flags));
        return new Segment(from, seq, ack, set, length, WINDOW);
    }

    /** The segment as a Linux host sends it: timestamps, and on a SYN or SYN+ACK Linux's options. */
    private static Segment linux(Segment s, long tsVal, long tsEcr) {
        return new Segment(s.from(), s.seq(), s.ack(), s.flags(), s.length(), s.window(), tsVal, tsEcr,
                s.has(Flag.SYN) ? SynOptions.LINUX : SynOptions.NONE);
    }

    private static long wrap(long n) {
        return n & 0xFFFF_FFFFL;
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
