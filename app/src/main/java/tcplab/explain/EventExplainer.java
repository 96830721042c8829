package tcplab.explain;

import java.util.List;
import tcplab.TextKeys;
import tcplab.engine.AppCall;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Message;
import tcplab.playback.SegmentKind;

/**
 * Says in words what an event of a trace means and why it happens. The sentences are messages,
 * not yet in any language, so the window, the command line and printed handouts put the same
 * explanation into whichever language they show. Knowing the whole trace, not only the event,
 * lets a sentence depend on what happened before it (which try a retransmission is).
 */
public final class EventExplainer {

    private final Trace trace;
    private final boolean relative;

    /**
     * @param trace    the trace whose events are explained
     * @param relative whether sequence numbers are told relative to each side's ISN, as Wireshark does
     */
    public EventExplainer(Trace trace, boolean relative) {
        this.trace = trace;
        this.relative = relative;
    }

    /** The sentences for the event at {@code index} of the trace, one message per paragraph. */
    public List<Message> explain(int index) {
        TraceEvent event = trace.events().get(index);
        Message who = hostName(event.side());
        if (event instanceof SegmentSent sent) {
            SegmentKind kind = SegmentKind.of(sent.segment());
            long seq = kind == SegmentKind.SYN || kind == SegmentKind.SYN_ACK
                    ? sent.segment().seq() : Formats.seq(trace, sent.segment(), relative);
            String length = String.valueOf(sent.segment().length());
            if (sent.retransmission()) {
                // The first sending already explained what the segment is; a repeat says why it is back.
                return List.of(Message.of("explain.sent.retransmission", who, String.valueOf(tryNumber(index))),
                        Message.of("explain.sent.repeat", who, String.valueOf(seq), length));
            }
            return List.of(Message.of(TextKeys.segmentSent(kind), who, String.valueOf(seq),
                    String.valueOf(Formats.ack(trace, sent.segment(), relative)), length));
        } else if (event instanceof SegmentDelivered delivered) {
            return List.of(Message.of(TextKeys.segmentDelivered(SegmentKind.of(delivered.segment())), who));
        } else if (event instanceof SegmentDropped dropped) {
            return List.of(Message.of(TextKeys.segmentDropped(dropped.cause()), who));
        } else if (event instanceof SegmentDuplicated) {
            return List.of(Message.of("explain.duplicated", who));
        } else if (event instanceof StateChanged change) {
            return List.of(Message.of(TextKeys.stateExplanation(change.to()), who));
        } else if (event instanceof TimerArmed armed) {
            return List.of(Message.of(TextKeys.timerArmed(armed.kind()), who,
                    Formats.countdown(armed.expiresAt() - armed.time())));
        } else if (event instanceof TimerFired fired) {
            return List.of(Message.of(TextKeys.timerFired(fired.kind()), who));
        } else if (event instanceof TimerCancelled cancelled) {
            return List.of(Message.of(TextKeys.timerCancelled(cancelled.kind()), who));
        } else if (event instanceof AppCall call) {
            return List.of(Message.of(TextKeys.appCall(call.action()), who, String.valueOf(call.bytes())));
        }
        throw new IllegalArgumentException("no explanation for " + event);
    }

    /** 2 for the first repeat of a segment, 3 for the second, ... */
    private int tryNumber(int repeatIndex) {
        SegmentSent repeat = (SegmentSent) trace.events().get(repeatIndex);
        int tries = 0;
        for (TraceEvent event : trace.events().subList(0, repeatIndex)) {
            if (event instanceof SegmentSent earlier && earlier.side() == repeat.side()
                    && earlier.segment().seq() == repeat.segment().seq()
                    && earlier.segment().flags().equals(repeat.segment().flags())) {
                tries++;
            }
        }
        return tries + 1;
    }

    /** The name of the host on {@code side}, as the explanations call it. */
    public static Message hostName(Side side) {
        return side == Side.CLIENT ? Message.of("host.client.name") : Message.of("host.server.name");
    }
}
