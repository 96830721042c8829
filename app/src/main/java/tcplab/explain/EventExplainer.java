package tcplab.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tcplab.TextKeys;
import tcplab.engine.AppCall;
import tcplab.engine.DropCause;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
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
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Message;
import tcplab.playback.Position;
import tcplab.playback.SegmentKind;
import tcplab.playback.TraceCursor;

/**
 * Says in words what an event of a trace means and why it happens. The sentences are messages,
 * not yet in any language, so the window, the command line and printed handouts put the same
 * explanation into whichever language they show. Knowing the whole trace, not only the event,
 * lets a sentence depend on what happened before it (which try a retransmission is, which state
 * the receiver of a segment is in).
 */
public final class EventExplainer {

    private final Trace trace;
    private final boolean relative;
    private final Collection<ScriptedFault> learnerFaults;
    private final TraceCursor cursor;

    /**
     * An explainer that counts every fault as the lesson's own.
     *
     * @param trace    the trace whose events are explained
     * @param relative whether sequence numbers are told relative to each side's ISN, as Wireshark does
     */
    public EventExplainer(Trace trace, boolean relative) {
        this(trace, relative, List.of());
    }

    /**
     * @param trace         the trace whose events are explained
     * @param relative      whether sequence numbers are told relative to each side's ISN
     * @param learnerFaults the faults the learner added, so a drop they asked for is told as theirs
     */
    public EventExplainer(Trace trace, boolean relative, Collection<ScriptedFault> learnerFaults) {
        this.trace = trace;
        this.relative = relative;
        this.learnerFaults = List.copyOf(learnerFaults);
        this.cursor = new TraceCursor(trace);
    }

    /** The sentences for the event at {@code index} of the trace, one message per paragraph. */
    public List<Message> explain(int index) {
        TraceEvent event = trace.events().get(index);
        Message who = hostName(event.side());
        if (event instanceof SegmentSent sent) {
            if (sent.oldDuplicate()) {
                return List.of(Message.of("explain.sent.oldDuplicate", who, String.valueOf(sent.segment().seq())));
            }
            SegmentKind kind = SegmentKind.of(sent.segment());
            long seq = kind == SegmentKind.SYN || kind == SegmentKind.SYN_ACK
                    ? sent.segment().seq() : Formats.seq(trace, sent.transmissionId(), sent.segment(), relative);
            String length = String.valueOf(sent.segment().length());
            if (sent.retransmission()) {
                // The first sending already explained what the segment is; a repeat says why it is back.
                return List.of(Message.of("explain.sent.retransmission", who, String.valueOf(tryNumber(index))),
                        Message.of("explain.sent.repeat", who, String.valueOf(seq), length));
            }
            Message what = Message.of(TextKeys.segmentSent(kind), who, String.valueOf(seq),
                    String.valueOf(Formats.ack(trace, sent.transmissionId(), sent.segment(), relative)), length);
            List<Message> paragraphs = new ArrayList<>(List.of(what));
            paragraphs.addAll(SynOptionsText.of(sent.segment(), who));
            return paragraphs;
        } else if (event instanceof SegmentDelivered delivered) {
            return List.of(arrival(index, delivered, who));
        } else if (event instanceof SegmentDropped dropped) {
            return List.of(loss(index, dropped, who));
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

    /**
     * What receiving a segment means depends on the receiver's state: a SYN reaching a host with
     * nothing open is refused, an ACK in SYN-RECEIVED completes the handshake, a SYN+ACK in SYN-SENT
     * that acknowledges another SYN is reset, and anything but a SYN or RST reaching a host without
     * a connection is answered with RST.
     */
    private Message arrival(int index, SegmentDelivered delivered, Message who) {
        SegmentKind kind = SegmentKind.of(delivered.segment());
        TcpState receiver = stateBefore(delivered.side(), index);
        boolean noConnection = receiver == TcpState.CLOSED || receiver == TcpState.LISTEN;
        return switch (kind) {
            case SYN -> switch (receiver) {
                case LISTEN, SYN_SENT -> Message.of("explain.delivered.SYN", who);
                case CLOSED -> Message.of("explain.delivered.SYN.closed", who);
                default -> Message.of("explain.delivered.SYN.unexpected", who, receiver.rfcName());
            };
            case SYN_ACK -> receiver == TcpState.SYN_SENT
                    ? answersOwnSyn(index, delivered) ? Message.of("explain.delivered.SYN_ACK", who)
                            : Message.of("explain.delivered.SYN_ACK.notOurs", who)
                    : noConnection ? Message.of("explain.delivered.stray", who, flagsName(delivered.segment()))
                    : Message.of("explain.delivered.SYN_ACK.old", who);
            case ACK -> receiver == TcpState.SYN_RECEIVED ? Message.of("explain.delivered.ACK.handshake", who)
                    : noConnection ? Message.of("explain.delivered.stray", who, flagsName(delivered.segment()))
                    : Message.of("explain.delivered.ACK", who);
            case FIN, DATA -> noConnection ? Message.of("explain.delivered.stray", who, flagsName(delivered.segment()))
                    : Message.of(TextKeys.segmentDelivered(kind), who);
            case RST -> Message.of(TextKeys.segmentDelivered(kind), who);
        };
    }

    /**
     * A loss names the segment (its sender's segment number, flags and numbers, so no two losses
     * read alike) and why it was lost: the learner asked, the lesson scripted it, or the link's
     * random loss took it.
     */
    private Message loss(int index, SegmentDropped dropped, Message who) {
        Segment segment = dropped.segment();
        Object[] naming = {who, flagsName(segment), ordinalOf(index, dropped.transmissionId()),
                String.valueOf(Formats.seq(trace, dropped.transmissionId(), segment, relative)),
                // Without the ACK flag the acknowledgment field means nothing.
                segment.has(Flag.ACK) ? String.valueOf(Formats.ack(trace, dropped.transmissionId(), segment, relative)) : "-",
                String.valueOf(segment.length())};
        if (dropped.cause() == DropCause.RANDOM_LOSS) {
            return isCopy(index, dropped.transmissionId()) ? Message.of("explain.dropped.random.copy", naming)
                    : Message.of("explain.dropped.random", naming);
        }
        boolean learners = learnerFaults.contains(ScriptedFault.dropNth(dropped.side(), ordinalOf(index, dropped.transmissionId())));
        return learners ? Message.of("explain.dropped.learner", naming) : Message.of("explain.dropped.lesson", naming);
    }

    /** How segments are named in sentences: their flags, or DATA for a plain data segment. */
    private static String flagsName(Segment segment) {
        return SegmentKind.of(segment) == SegmentKind.DATA ? "DATA" : segment.flagsJoined("+").replace("+PSH", "");
    }

    /** The sender's segment number of a transmission (a link copy has the number of its original). */
    private int ordinalOf(int before, int transmissionId) {
        for (TraceEvent event : trace.events().subList(0, before)) {
            if (event instanceof SegmentSent sent && sent.transmissionId() == transmissionId) {
                return sent.ordinal();
            }
            if (event instanceof SegmentDuplicated copy && copy.copyId() == transmissionId) {
                return ordinalOf(before, copy.transmissionId());
            }
        }
        return 0;
    }

    private boolean isCopy(int before, int transmissionId) {
        return trace.events().subList(0, before).stream()
                .anyMatch(event -> event instanceof SegmentDuplicated copy && copy.copyId() == transmissionId);
    }

    /**
     * Whether a SYN+ACK reaching a host in SYN-SENT acknowledges the SYN that host sent last (its
     * ISN + 1), rather than an old duplicate SYN of an earlier connection (RFC 9293 Figure 8).
     */
    private boolean answersOwnSyn(int index, SegmentDelivered delivered) {
        for (int i = index - 1; i >= 0; i--) {
            if (trace.events().get(i) instanceof SegmentSent sent && sent.side() == delivered.side()
                    && sent.segment().has(Flag.SYN) && !sent.oldDuplicate()) {
                return delivered.segment().ack() == ((sent.segment().seq() + 1) & 0xFFFF_FFFFL);
            }
        }
        return true;
    }

    /** The state {@code side} is in just before the event at {@code index}, as the window shows it. */
    private TcpState stateBefore(Side side, int index) {
        return cursor.frameAt(new Position(trace.events().get(index).time(), index)).state(side);
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
