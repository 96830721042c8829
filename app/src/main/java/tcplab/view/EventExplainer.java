package tcplab.view;

import java.util.ArrayList;
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
import tcplab.i18n.Messages;
import tcplab.playback.SegmentKind;

/** Says in words what a trace event means and why it happens. */
final class EventExplainer {

    private final Trace trace;
    private final boolean relative;

    EventExplainer(Trace trace, boolean relative) {
        this.trace = trace;
        this.relative = relative;
    }

    /** The sentences for one event, in the given language. */
    List<String> explain(Messages messages, TraceEvent event) {
        List<String> sentences = new ArrayList<>();
        String who = hostName(messages, event.side());
        if (event instanceof SegmentSent sent) {
            SegmentKind kind = SegmentKind.of(sent.segment());
            long seq = kind == SegmentKind.SYN || kind == SegmentKind.SYN_ACK
                    ? sent.segment().seq() : Formats.seq(trace, sent.transmissionId(), sent.segment(), relative);
            String length = String.valueOf(sent.segment().length());
            if (sent.retransmission()) {
                // The first sending already explained what the segment is; a repeat says why it is back.
                sentences.add(messages.text("explain.sent.retransmission", who, String.valueOf(tryNumber(sent))));
                sentences.add(messages.text("explain.sent.repeat", who, String.valueOf(seq), length));
            } else {
                sentences.add(messages.text(TextKeys.segmentSent(kind), who, String.valueOf(seq),
                        String.valueOf(Formats.ack(trace, sent.transmissionId(), sent.segment(), relative)), length));
            }
        } else if (event instanceof SegmentDelivered delivered) {
            sentences.add(messages.text(TextKeys.segmentDelivered(SegmentKind.of(delivered.segment())), who));
        } else if (event instanceof SegmentDropped dropped) {
            sentences.add(messages.text(TextKeys.segmentDropped(dropped.cause()), who));
        } else if (event instanceof SegmentDuplicated) {
            sentences.add(messages.text("explain.duplicated", who));
        } else if (event instanceof StateChanged change) {
            sentences.add(messages.text(TextKeys.stateExplanation(change.to()), who));
        } else if (event instanceof TimerArmed armed) {
            sentences.add(messages.text(TextKeys.timerArmed(armed.kind()), who,
                    Formats.countdown(armed.expiresAt() - armed.time())));
        } else if (event instanceof TimerFired fired) {
            sentences.add(messages.text(TextKeys.timerFired(fired.kind()), who));
        } else if (event instanceof TimerCancelled cancelled) {
            sentences.add(messages.text(TextKeys.timerCancelled(cancelled.kind()), who));
        } else if (event instanceof AppCall call) {
            sentences.add(messages.text(TextKeys.appCall(call.action()), who, String.valueOf(call.bytes())));
        }
        return sentences;
    }

    /** 2 for the first repeat of a segment, 3 for the second, ... */
    private int tryNumber(SegmentSent repeat) {
        int tries = 0;
        for (TraceEvent event : trace.events()) {
            if (event == repeat) {
                break;
            }
            if (event instanceof SegmentSent earlier && earlier.side() == repeat.side()
                    && earlier.segment().seq() == repeat.segment().seq()
                    && earlier.segment().flags().equals(repeat.segment().flags())) {
                tries++;
            }
        }
        return tries + 1;
    }

    static String hostName(Messages messages, Side side) {
        return side == Side.CLIENT ? messages.text("host.client.name") : messages.text("host.server.name");
    }
}
