package tcplab.handout;

import java.util.HashMap;
import java.util.Map;
import tcplab.TextKeys;
import tcplab.engine.AppCall;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentEvent;
import tcplab.engine.SegmentSent;
import tcplab.engine.StateChanged;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.explain.EventExplainer;
import tcplab.explain.SegmentLabel;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;
import tcplab.playback.Flight;
import tcplab.playback.TraceCursor;

/**
 * What happened at a step, in one line above its explanation: who did what, and a segment named
 * by the label its arrow carries in the sequence diagram, so the reader finds it there.
 */
final class StepHeadline {

    private final Trace trace;
    private final boolean relative;
    private final Map<Integer, Flight> flights = new HashMap<>();

    StepHeadline(Trace trace, boolean relative) {
        this.trace = trace;
        this.relative = relative;
        for (Flight flight : new TraceCursor(trace).flights()) {
            flights.put(flight.transmissionId(), flight);
        }
    }

    /** The line for the event at {@code index}, in the language of {@code messages}. */
    String text(int index, Messages messages) {
        return messages.text(message(index, messages));
    }

    private Message message(int index, Messages messages) {
        TraceEvent event = trace.events().get(index);
        Message who = EventExplainer.hostName(event.side());
        if (event instanceof SegmentSent sent) {
            return Message.of("handout.event.sent", who, label(sent, messages));
        } else if (event instanceof SegmentDelivered delivered) {
            return Message.of("handout.event.delivered", who, label(delivered, messages));
        } else if (event instanceof SegmentDropped dropped) {
            return Message.of("handout.event.dropped", who, label(dropped, messages));
        } else if (event instanceof SegmentDuplicated duplicated) {
            return Message.of("handout.event.duplicated", who, label(duplicated, messages));
        } else if (event instanceof StateChanged change) {
            return Message.of("handout.event.state", who, change.from().rfcName(), change.to().rfcName());
        } else if (event instanceof TimerArmed armed) {
            return Message.of("handout.event.timerArmed", who, Message.of(TextKeys.timerName(armed.kind())));
        } else if (event instanceof TimerFired fired) {
            return Message.of("handout.event.timerFired", who, Message.of(TextKeys.timerName(fired.kind())));
        } else if (event instanceof TimerCancelled cancelled) {
            return Message.of("handout.event.timerCancelled", who, Message.of(TextKeys.timerName(cancelled.kind())));
        } else if (event instanceof AppCall call) {
            return call.bytes() > 0
                    ? Message.of("handout.event.appBytes", who, call.action().traceName(), String.valueOf(call.bytes()))
                    : Message.of("handout.event.app", who, call.action().traceName());
        }
        throw new IllegalArgumentException("no headline for " + event);
    }

    /** The segment as its arrow is labelled, on one line. */
    private String label(SegmentEvent event, Messages messages) {
        return SegmentLabel.text(messages, trace, flights.get(event.transmissionId()), relative)
                .replace('\n', ' ');
    }
}
