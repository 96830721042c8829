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
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerKind;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/** Traces written out by hand, so the command line and pcap code can be checked without the engine. */
public final class HandmadeTraces {

    public static final long CLIENT_ISN = 4_294_967_200L;
    public static final long SERVER_ISN = 7_000L;
    public static final int WINDOW = 64_240;
    public static final int REQUEST = 120;

    private HandmadeTraces() {
    }

    /**
     * A handshake whose request is lost once and resent after the 1 s timeout, with a link
     * duplicate of the final handshake ACK. The client ISN is close to 2^32, so its numbers wrap.
     */
    public static Trace lossyHandshake() {
        List<TraceEvent> events = new ArrayList<>();
        Segment syn = segment(Side.CLIENT, CLIENT_ISN, 0, 0, Flag.SYN);
        Segment synAck = segment(Side.SERVER, SERVER_ISN, CLIENT_ISN + 1, 0, Flag.SYN, Flag.ACK);
        Segment ack = segment(Side.CLIENT, wrap(CLIENT_ISN + 1), SERVER_ISN + 1, 0, Flag.ACK);
        Segment request = segment(Side.CLIENT, wrap(CLIENT_ISN + 1), SERVER_ISN + 1, REQUEST, Flag.PSH, Flag.ACK);
        Segment requestAck = segment(Side.SERVER, SERVER_ISN + 1, wrap(CLIENT_ISN + 1 + REQUEST), 0, Flag.ACK);

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
        events.add(new SegmentSent(1_100_250, Side.CLIENT, 6, 4, request, true));
        events.add(new SegmentDelivered(1_150_250, Side.SERVER, 6, request));
        events.add(new AppCall(1_150_250, Side.SERVER, AppAction.READ, REQUEST));
        events.add(new SegmentSent(1_150_250, Side.SERVER, 7, 2, requestAck, false));
        events.add(new SegmentDelivered(1_200_250, Side.CLIENT, 7, requestAck));
        return new Trace(events, 1_200_250);
    }

    /** A SYN to a port with no listener, answered by RST,ACK; connect reports refused. */
    public static Trace refused() {
        Segment syn = segment(Side.CLIENT, CLIENT_ISN, 0, 0, Flag.SYN);
        Segment reset = new Segment(Side.SERVER, 0, wrap(CLIENT_ISN + 1), EnumSet.of(Flag.RST, Flag.ACK), 0, 0);
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

    private static Segment segment(Side from, long seq, long ack, int length, Flag... flags) {
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        set.addAll(List.of(flags));
        return new Segment(from, seq, ack, set, length, WINDOW);
    }

    private static long wrap(long n) {
        return n & 0xFFFF_FFFFL;
    }
}
