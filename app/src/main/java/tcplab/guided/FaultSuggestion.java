package tcplab.guided;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
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

    /**
     * The segments whose loss teaches something, in the order a course takes them, which is the
     * order a connection sends them: a drop named by its sender's segment number then never moves
     * an earlier drop of the learner's onto another segment.
     */
    private enum Role {
        SYN, SYN_ACK, HANDSHAKE_ACK, DATA, FIN, LAST_ACK
    }

    public FaultSuggestion {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(text, "text");
    }

    /**
     * What to drop after a run of a lesson: the first segment, in the course's order (SYN,
     * SYN+ACK, the handshake's ACK, data, FIN, the active closer's last ACK), of a kind the run has
     * not lost yet and whose first sending arrived. Empty when the run lost every kind it sent.
     */
    public static Optional<FaultSuggestion> after(Trace trace) {
        List<TraceEvent> events = trace.events();
        Map<Integer, Role> roles = new HashMap<>();
        Set<Role> lost = EnumSet.noneOf(Role.class);
        Map<Role, SegmentSent> firstArrived = new EnumMap<>(Role.class);
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof SegmentSent sent) {
                Optional<Role> role = role(events, i, sent);
                role.ifPresent(r -> roles.put(sent.transmissionId(), r));
                if (role.isPresent() && !sent.retransmission() && arrives(events, sent)) {
                    firstArrived.putIfAbsent(role.get(), sent);
                }
            } else if (events.get(i) instanceof SegmentDropped dropped && roles.containsKey(dropped.transmissionId())) {
                lost.add(roles.get(dropped.transmissionId()));
            }
        }
        for (Role role : Role.values()) {
            SegmentSent candidate = firstArrived.get(role);
            if (candidate != null && !lost.contains(role)) {
                return Optional.of(new FaultSuggestion(ScriptedFault.dropNth(candidate.side(), candidate.ordinal()),
                        Message.of("question.suggestion", TraceMoments.host(candidate.side()),
                                TraceMoments.flags(candidate.segment()), String.valueOf(candidate.ordinal()),
                                teaser(role))));
            }
        }
        return Optional.empty();
    }

    /** What the segment sent at {@code index} does in the lesson, if its loss is one a course teaches. */
    private static Optional<Role> role(List<TraceEvent> events, int index, SegmentSent sent) {
        Segment segment = sent.segment();
        Set<Flag> flags = segment.flags();
        if (flags.equals(Set.of(Flag.SYN))) {
            return Optional.of(Role.SYN);
        } else if (flags.equals(Set.of(Flag.SYN, Flag.ACK))) {
            return Optional.of(Role.SYN_ACK);
        } else if (flags.equals(Set.of(Flag.FIN, Flag.ACK))) {
            return Optional.of(Role.FIN);
        } else if (flags.equals(Set.of(Flag.PSH, Flag.ACK))) {
            return Optional.of(Role.DATA);
        } else if (TraceMoments.bareAck(segment)) {
            Set<Flag> acknowledged = lastReceivedFlags(events, index, sent.side());
            if (acknowledged.contains(Flag.SYN)) {
                return Optional.of(Role.HANDSHAKE_ACK);
            } else if (acknowledged.contains(Flag.FIN) && sentFin(events, index, sent.side())) {
                return Optional.of(Role.LAST_ACK);
            }
        }
        return Optional.empty();
    }

    /** The flags of the segment {@code side} received last before {@code index}. */
    private static Set<Flag> lastReceivedFlags(List<TraceEvent> events, int index, Side side) {
        for (int i = index - 1; i >= 0; i--) {
            if (events.get(i) instanceof SegmentDelivered delivered && delivered.side() == side) {
                return delivered.segment().flags();
            }
        }
        return Set.of();
    }

    /** Whether {@code side} sent a FIN before {@code index}: its ACK of the peer's FIN is then the last one. */
    private static boolean sentFin(List<TraceEvent> events, int index, Side side) {
        return events.subList(0, index).stream()
                .anyMatch(event -> event instanceof SegmentSent sent && sent.side() == side && sent.segment().has(Flag.FIN));
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
