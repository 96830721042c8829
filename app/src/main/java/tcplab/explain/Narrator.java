package tcplab.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import tcplab.TextKeys;
import tcplab.engine.AppAction;
import tcplab.engine.AppCall;
import tcplab.engine.DropCause;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Segment;
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
import tcplab.i18n.Message;
import tcplab.playback.Flight;
import tcplab.playback.TraceCursor;

/**
 * Tells a run as a log of full sentences, one per event, each beginning with its time: for a
 * learner who reads rather than watches, and for a screen reader. Unlike the
 * {@link EventExplainer}, which says why, a line says only what happened, whole in itself, so the
 * log can be read, copied and pasted line by line. A state change is told in the sentence of the
 * event that caused it in the same instant (a segment's arrival, a timer's expiry, an
 * application's call), as the learner would say it; every other event keeps a sentence of its
 * own, however many share an instant. The sentences are messages, not yet in any language.
 */
public final class Narrator {

    /** The application calls (and their results) that can move their host to another state. */
    public static final Set<AppAction> STATE_CHANGING_CALLS =
            EnumSet.complementOf(EnumSet.of(AppAction.WRITE, AppAction.READ));

    private final Trace trace;
    private final boolean relative;
    private final Collection<ScriptedFault> learnerFaults;
    private final IntPredicate timeEstimated;
    private final Map<Integer, Flight> flights = new HashMap<>();

    /**
     * @param trace         the run to tell
     * @param relative      whether sequence numbers are told relative to each side's ISN, or raw
     * @param learnerFaults the drops the learner asked for, so a line says whose drop it was
     * @param timeEstimated which events' times are estimates (a capture's), marked as such
     */
    public Narrator(Trace trace, boolean relative, Collection<ScriptedFault> learnerFaults,
                    IntPredicate timeEstimated) {
        this.trace = trace;
        this.relative = relative;
        this.learnerFaults = List.copyOf(learnerFaults);
        this.timeEstimated = timeEstimated;
        new TraceCursor(trace).flights().forEach(flight -> flights.put(flight.transmissionId(), flight));
    }

    /** A narrator of a simulated run with the lesson's own faults only. */
    public Narrator(Trace trace, boolean relative) {
        this(trace, relative, List.of(), index -> false);
    }

    /** How many events the trace has: {@link #narrate(int)} of it tells the whole run. */
    public int eventCount() {
        return trace.events().size();
    }

    /**
     * The lines that tell the first {@code applied} events of the trace, in order. A state change
     * joins its cause's line only once it has happened itself, so the lines say exactly what
     * happened up to that step.
     */
    public List<NarrationLine> narrate(int applied) {
        List<TraceEvent> events = trace.events().subList(0, applied);
        List<NarrationLine> lines = new ArrayList<>();
        int[] lineOf = new int[applied];
        for (int index = 0; index < applied; index++) {
            int cause = events.get(index) instanceof StateChanged change ? causeOf(index, change) : -1;
            if (cause >= 0) {
                lineOf[index] = lineOf[cause];
                lines.set(lineOf[index], line(List.of(cause, index), sentence(cause, (StateChanged) events.get(index))));
            } else {
                lineOf[index] = lines.size();
                lines.add(line(List.of(index), sentence(index, null)));
            }
        }
        return lines;
    }

    /**
     * The earlier event of the same instant and host that caused a state change, or -1: the
     * nearest arrival, timer expiry or state-changing call, looking past what the host sent and
     * which timers it set on the way, but not past another state change.
     */
    private int causeOf(int index, StateChanged change) {
        for (int earlier = index - 1; earlier >= 0; earlier--) {
            TraceEvent event = trace.events().get(earlier);
            if (event.time() != change.time()) {
                return -1;
            }
            if (event.side() != change.side()) {
                continue;
            }
            if (event instanceof StateChanged) {
                return -1;
            }
            if (event instanceof SegmentDelivered || event instanceof TimerFired
                    || event instanceof AppCall call && STATE_CHANGING_CALLS.contains(call.action())) {
                return earlier;
            }
        }
        return -1;
    }

    private NarrationLine line(List<Integer> events, Message sentence) {
        String seconds = Formats.seconds(trace.events().get(events.get(0)).time());
        return new NarrationLine(events, timeEstimated.test(events.get(0))
                ? Message.of("narration.line.estimated", seconds, sentence)
                : Message.of("narration.line", seconds, sentence));
    }

    /** The sentence of the event at {@code index}, with the state change it caused if {@code change} is one. */
    private Message sentence(int index, StateChanged change) {
        TraceEvent event = trace.events().get(index);
        Message who = EventExplainer.hostName(event.side());
        if (event instanceof SegmentSent sent) {
            Segment segment = sent.segment();
            if (sent.oldDuplicate()) {
                return Message.of("narration.sent.oldDuplicate", who, plainPhrase(sent));
            }
            if (sent.retransmission()) {
                return Message.of("narration.sent.retransmission", who, plainPhrase(sent));
            }
            if (segment.has(Flag.RST)) {
                return Message.of("narration.sent.RST", who,
                        SegmentLabel.sentenceNumbers(trace, sent.transmissionId(), segment, relative));
            }
            return Message.of("narration.sent", who, plainPhrase(sent));
        } else if (event instanceof SegmentDelivered delivered) {
            return change == null ? Message.of("narration.delivered", who, segmentPhrase(delivered))
                    : Message.of("narration.delivered.state", who, segmentPhrase(delivered), change.to().rfcName());
        } else if (event instanceof SegmentDropped dropped) {
            return drop(dropped, who);
        } else if (event instanceof SegmentDuplicated duplicated) {
            return Message.of("narration.duplicated", who, segmentPhrase(duplicated));
        } else if (event instanceof StateChanged own) {
            return Message.of("narration.state", who, own.to().rfcName());
        } else if (event instanceof TimerArmed armed) {
            return Message.of("narration.timer.armed", who, Message.of(TextKeys.narrationTimer(armed.kind())),
                    EventExplainer.duration(armed.expiresAt() - armed.time()));
        } else if (event instanceof TimerFired fired) {
            Message timer = Message.of(TextKeys.narrationTimer(fired.kind()));
            return change == null ? Message.of("narration.timer.fired", who, timer)
                    : Message.of("narration.timer.fired.state", who, timer, change.to().rfcName());
        } else if (event instanceof TimerCancelled cancelled) {
            return Message.of("narration.timer.cancelled", who, Message.of(TextKeys.narrationTimer(cancelled.kind())));
        } else if (event instanceof AppCall call) {
            String bytes = String.valueOf(call.bytes());
            return change == null ? Message.of(TextKeys.narrationAppCall(call.action()), who, bytes)
                    : Message.of(TextKeys.narrationAppCallWithState(call.action()), who, bytes, change.to().rfcName());
        }
        throw new IllegalArgumentException("no narration for " + event);
    }

    /** A loss, told with its cause: the link's random loss, the lesson's fault, or the learner's drop. */
    private Message drop(SegmentDropped dropped, Message who) {
        Message segment = segmentPhrase(dropped);
        if (dropped.cause() == DropCause.RANDOM_LOSS) {
            return Message.of("narration.dropped.random", who, segment);
        }
        Flight flight = flights.get(dropped.transmissionId());
        boolean learners = flight != null
                && learnerFaults.contains(ScriptedFault.dropNth(dropped.side(), flight.ordinal()));
        return learners ? Message.of("narration.dropped.learner", who, segment)
                : Message.of("narration.dropped.lesson", who, segment);
    }

    /** The segment of {@code event} named with what its transmission is (a retransmission, a copy, ...). */
    private Message segmentPhrase(SegmentEvent event) {
        Flight flight = flights.get(event.transmissionId());
        return flight == null ? plainPhrase(event) : SegmentLabel.phrase(trace, flight, relative);
    }

    private Message plainPhrase(SegmentEvent event) {
        return SegmentLabel.plainPhrase(trace, event.transmissionId(), event.segment(), relative);
    }
}
