package tcplab.guided;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import tcplab.engine.AppCall;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentEvent;
import tcplab.engine.Side;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerKind;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.explain.EventExplainer;
import tcplab.explain.Formats;
import tcplab.i18n.Message;

/**
 * What the question builders need to know about a trace: which event causes another, how the
 * numbers are shown, how a moment is told to the learner, and a seed for the order of choices
 * that depends only on the trace.
 */
final class TraceMoments {

    private final Trace trace;
    private final boolean relative;
    private final long seed;

    TraceMoments(Trace trace, boolean relative) {
        this.trace = trace;
        this.relative = relative;
        this.seed = seedOf(trace);
    }

    List<TraceEvent> events() {
        return trace.events();
    }

    TraceEvent event(int index) {
        return trace.events().get(index);
    }

    boolean relative() {
        return relative;
    }

    /** The candidates a builder finds at the events of one type, in trace order. */
    <T extends TraceEvent> List<Candidate> candidatesAt(Class<T> type, BiFunction<Integer, T, Optional<Candidate>> builder) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < events().size(); i++) {
            if (type.isInstance(event(i))) {
                builder.apply(i, type.cast(event(i))).ifPresent(candidates::add);
            }
        }
        return candidates;
    }

    /** The sequence number of a transmission as the lesson shows it (relative or raw). */
    long seq(SegmentEvent event) {
        return Formats.seq(trace, event.transmissionId(), event.segment(), relative);
    }

    /** The acknowledgment number of a transmission as the lesson shows it (relative or raw). */
    long ack(SegmentEvent event) {
        return Formats.ack(trace, event.transmissionId(), event.segment(), relative);
    }

    /**
     * The retransmission timeout {@code side} last started its retransmission timer with before
     * event {@code before}; the initial 1 s of RFC 6298 (2.1) if it has not started it yet.
     */
    long lastRto(int before, Side side) {
        for (int i = before - 1; i >= 0; i--) {
            if (event(i) instanceof TimerArmed armed && armed.side() == side && armed.kind() == TimerKind.RETRANSMISSION) {
                return armed.expiresAt() - armed.time();
            }
        }
        return TimerProfile.INITIAL_RTO_MICROS;
    }

    /** A seed for the choices of the question asked before event {@code askBefore}. */
    long seed(int askBefore) {
        return seed * 1_000_003L + askBefore;
    }

    /**
     * The event that makes {@code index} happen: the nearest earlier event of the same host at the
     * same instant that a host reacts to (a segment arriving, an application call, a timer
     * expiring). Asking before it shows the learner the cause and hides the effect.
     */
    Optional<Integer> cause(int index) {
        TraceEvent effect = event(index);
        for (int i = index - 1; i >= 0 && event(i).time() == effect.time(); i--) {
            TraceEvent candidate = event(i);
            if (candidate.side() == effect.side() && (candidate instanceof SegmentDelivered
                    || candidate instanceof AppCall || candidate instanceof TimerFired)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** One sentence that tells what is about to happen at {@code causeIndex}, if it is worth telling. */
    Optional<Message> context(int causeIndex) {
        TraceEvent cause = event(causeIndex);
        Message host = host(cause.side());
        if (cause instanceof SegmentDelivered delivered) {
            return Optional.of(Message.of("question.context.receive", host, flags(delivered.segment())));
        } else if (cause instanceof TimerFired fired) {
            return Optional.of(switch (fired.kind()) {
                case RETRANSMISSION -> Message.of("question.context.timer.RETRANSMISSION", host);
                case TIME_WAIT -> Message.of("question.context.timer.TIME_WAIT", host);
                case DELAYED_ACK -> Message.of("question.context.timer.DELAYED_ACK", host);
                case FIN_WAIT_2 -> Message.of("question.context.timer.FIN_WAIT_2", host);
            });
        } else if (cause instanceof AppCall call) {
            return switch (call.action()) {
                case LISTEN -> Optional.of(Message.of("question.context.app.LISTEN", host));
                case CONNECT -> Optional.of(Message.of("question.context.app.CONNECT", host));
                case WRITE -> Optional.of(Message.of("question.context.app.WRITE", host, String.valueOf(call.bytes())));
                case CLOSE -> Optional.of(Message.of("question.context.app.CLOSE", host));
                case SHUTDOWN -> Optional.of(Message.of("question.context.app.SHUTDOWN", host));
                case ABORT -> Optional.of(Message.of("question.context.app.ABORT", host));
                // Reports to the application follow what the host did; they cause nothing.
                case READ, REFUSED, TIMED_OUT, RESET -> Optional.empty();
            };
        }
        return Optional.empty();
    }

    /** The host as sentences name it. */
    static Message host(Side side) {
        return EventExplainer.hostName(side);
    }

    /** A segment's control bits as a learner reads them on the packet, e.g. {@code SYN+ACK}. */
    static String flags(Segment segment) {
        return segment.flagsJoined("+");
    }

    /** Whether a segment is a bare ACK: it acknowledges and takes no sequence number. */
    static boolean bareAck(Segment segment) {
        return segment.flags().equals(Set.of(Flag.ACK)) && segment.length() == 0;
    }

    /**
     * A seed from what the trace holds (times, sides, numbers), never from identity hash codes,
     * which differ from one run of the program to the next.
     */
    private static long seedOf(Trace trace) {
        long hash = trace.endTime();
        for (TraceEvent event : trace.events()) {
            hash = hash * 31 + event.time() + event.side().ordinal();
            if (event instanceof SegmentEvent segment) {
                hash = hash * 31 + segment.segment().seq();
                hash = hash * 31 + segment.segment().ack();
            }
        }
        return hash;
    }
}
