package tcplab.guided;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentSent;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Message;

/**
 * "Try again with a fault": a segment to drop in the next run of a lesson, and what to predict
 * about it. The fault is the one a click on the segment makes, so the window adds it to the
 * learner's faults as it is.
 *
 * @param fault the learner's drop of one segment, by its sender's segment number
 * @param text  the suggestion as the learner reads it
 */
public record FaultSuggestion(ScriptedFault fault, Message text) {

    /** The segments whose loss teaches something, in the order a course takes them. */
    private enum Role {
        SYN, SYN_ACK, HANDSHAKE_ACK, FIN, LAST_ACK, DATA
    }

    public FaultSuggestion {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(text, "text");
    }

    /**
     * What to drop after a run of a lesson: the first segment, in the course's order (SYN,
     * SYN+ACK, the handshake's ACK, FIN, the last ACK, data), of a kind the run has not lost yet
     * and whose first sending arrived. Empty when the run lost every kind it sent.
     */
    public static Optional<FaultSuggestion> after(Trace trace) {
        List<TraceEvent> events = trace.events();
        for (Role role : Role.values()) {
            boolean lostAlready = false;
            SegmentSent candidate = null;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i) instanceof SegmentDropped dropped && role(events, i, dropped.segment()) == role) {
                    lostAlready = true;
                } else if (candidate == null && events.get(i) instanceof SegmentSent sent && !sent.retransmission()
                        && role(events, i, sent.segment()) == role && arrives(events, sent)) {
                    candidate = sent;
                }
            }
            if (!lostAlready && candidate != null) {
                return Optional.of(new FaultSuggestion(ScriptedFault.dropNth(candidate.side(), candidate.ordinal()),
                        Message.of("question.suggestion", TraceMoments.host(candidate.side()),
                                TraceMoments.flags(candidate.segment()), String.valueOf(candidate.ordinal()),
                                teaser(role))));
            }
        }
        return Optional.empty();
    }

    /** What the segment at {@code index} does in the lesson, or null if its loss is not one a course teaches. */
    private static Role role(List<TraceEvent> events, int index, Segment segment) {
        Set<Flag> flags = segment.flags();
        if (flags.equals(Set.of(Flag.SYN))) {
            return Role.SYN;
        } else if (flags.equals(Set.of(Flag.SYN, Flag.ACK))) {
            return Role.SYN_ACK;
        } else if (flags.equals(Set.of(Flag.FIN, Flag.ACK))) {
            return Role.FIN;
        } else if (flags.equals(Set.of(Flag.PSH, Flag.ACK))) {
            return Role.DATA;
        } else if (TraceMoments.bareAck(segment)) {
            Set<Flag> acknowledged = lastReceivedFlags(events, index, segment);
            return acknowledged.contains(Flag.SYN) ? Role.HANDSHAKE_ACK
                    : acknowledged.contains(Flag.FIN) ? Role.LAST_ACK : null;
        }
        return null;
    }

    /** The flags of the segment the sender of {@code segment} received last before {@code index}. */
    private static Set<Flag> lastReceivedFlags(List<TraceEvent> events, int index, Segment segment) {
        for (int i = index - 1; i >= 0; i--) {
            if (events.get(i) instanceof SegmentDelivered delivered && delivered.side() == segment.from()) {
                return delivered.segment().flags();
            }
        }
        return Set.of();
    }

    private static boolean arrives(List<TraceEvent> events, SegmentSent sent) {
        return events.stream().anyMatch(event -> event instanceof SegmentDelivered delivered
                && delivered.transmissionId() == sent.transmissionId());
    }

    private static Message teaser(Role role) {
        return switch (role) {
            case SYN -> Message.of("question.suggestion.SYN");
            case SYN_ACK -> Message.of("question.suggestion.SYN_ACK");
            case HANDSHAKE_ACK -> Message.of("question.suggestion.HANDSHAKE_ACK");
            case FIN -> Message.of("question.suggestion.FIN");
            case LAST_ACK -> Message.of("question.suggestion.LAST_ACK");
            case DATA -> Message.of("question.suggestion.DATA");
        };
    }
}
