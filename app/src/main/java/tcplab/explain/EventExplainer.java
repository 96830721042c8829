package tcplab.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
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
import tcplab.engine.SimulationInput;
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
    private final Set<Side> fixedIsns;
    private final TraceCursor cursor;

    /**
     * An explainer that counts every fault as the lesson's own and every ISN as generated.
     *
     * @param trace    the trace whose events are explained
     * @param relative whether sequence numbers are told relative to each side's ISN, as Wireshark does
     */
    public EventExplainer(Trace trace, boolean relative) {
        this(trace, relative, List.of(), Set.of());
    }

    /**
     * @param trace         the trace whose events are explained
     * @param relative      whether sequence numbers are told relative to each side's ISN
     * @param learnerFaults the faults the learner added, so a drop they asked for is told as theirs
     * @param fixedIsns     the sides whose ISN the run fixed for readability instead of generating it
     *                      (see {@link #fixedIsns(SimulationInput)})
     */
    public EventExplainer(Trace trace, boolean relative, Collection<ScriptedFault> learnerFaults,
                          Set<Side> fixedIsns) {
        this.trace = trace;
        this.relative = relative;
        this.learnerFaults = List.copyOf(learnerFaults);
        this.fixedIsns = Set.copyOf(fixedIsns);
        this.cursor = new TraceCursor(trace);
    }

    /** The sides whose ISN {@code input} fixes, so the explanation of their SYN can say so. */
    public static Set<Side> fixedIsns(SimulationInput input) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        if (input.isnClient().isPresent()) {
            sides.add(Side.CLIENT);
        }
        if (input.isnServer().isPresent()) {
            sides.add(Side.SERVER);
        }
        return sides;
    }

    /** The sentences for the event at {@code index} of the trace, one message per paragraph. */
    public List<Message> explain(int index) {
        TraceEvent event = trace.events().get(index);
        Message who = hostName(event.side());
        if (event instanceof SegmentSent sent) {
            if (sent.oldDuplicate()) {
                return List.of(Message.of("explain.sent.oldDuplicate", who, String.valueOf(sent.segment().seq())));
            }
            return sending(index, sent, who);
        } else if (event instanceof SegmentDelivered delivered) {
            return List.of(arrival(index, delivered, who));
        } else if (event instanceof SegmentDropped dropped) {
            return loss(index, dropped, who);
        } else if (event instanceof SegmentDuplicated) {
            return List.of(Message.of("explain.duplicated", who));
        } else if (event instanceof StateChanged change) {
            return List.of(Message.of(TextKeys.stateExplanation(change.to()), who));
        } else if (event instanceof TimerArmed armed) {
            return List.of(Message.of(TextKeys.timerArmed(armed.kind()), who, duration(armed.expiresAt() - armed.time())));
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
     * What sending a segment means. Every sentence uses one numbering, relative or raw, and names
     * it; a SYN or SYN+ACK told in relative numbers also gives the raw ISN, labelled as such, since
     * the ISN is what the handshake exchanges.
     */
    private List<Message> sending(int index, SegmentSent sent, Message who) {
        Segment segment = sent.segment();
        SegmentKind kind = SegmentKind.of(segment);
        String seq = String.valueOf(Formats.seq(trace, sent.transmissionId(), segment, relative));
        String ack = String.valueOf(Formats.ack(trace, sent.transmissionId(), segment, relative));
        String length = String.valueOf(segment.length());
        Message numbering = numbering();
        if (sent.retransmission()) {
            // The first sending already explained what the segment is; a repeat says why it is back.
            String tryNumber = String.valueOf(tryNumber(index));
            Message why = answersRepeatedSyn(index)
                    ? Message.of("explain.sent.retransmission.answer", who, tryNumber)
                    : Message.of("explain.sent.retransmission", who, tryNumber);
            Message same = segment.length() == 0 ? Message.of("explain.sent.repeat", who, seq, numbering)
                    : Message.of("explain.sent.repeat.data", who, seq, numbering, length);
            return List.of(why, same);
        }
        List<Message> what = switch (kind) {
            case SYN -> List.of(relative
                            ? Message.of("explain.sent.SYN.relative", who, seq, String.valueOf(segment.seq()))
                            : Message.of(TextKeys.segmentSent(kind), who, seq),
                    fixedIsns.contains(sent.side()) ? Message.of("explain.isn.fixed", who)
                            : Message.of("explain.isn.generated", who));
            case SYN_ACK -> List.of(relative
                    ? Message.of("explain.sent.SYN_ACK.relative", who, seq, ack, String.valueOf(segment.seq()),
                            String.valueOf(segment.ack()))
                    : Message.of(TextKeys.segmentSent(kind), who, seq, ack));
            case ACK -> List.of(completesOwnHandshake(index)
                    ? Message.of("explain.sent.ACK.handshake", who, ack, numbering)
                    : Message.of(TextKeys.segmentSent(kind), who, ack, numbering));
            case FIN -> List.of(Message.of(TextKeys.segmentSent(kind), who, seq, numbering));
            case RST -> List.of(Message.of(TextKeys.segmentSent(kind), who));
            case DATA -> List.of(Message.of(TextKeys.segmentSent(kind), who, seq, ack, length, numbering));
        };
        // A SYN also offers the options the connection will use; a capture lists them, so the text does too.
        List<Message> options = SynOptionsText.of(segment, who);
        if (options.isEmpty()) {
            return what;
        }
        List<Message> paragraphs = new ArrayList<>(what);
        paragraphs.addAll(options);
        return paragraphs;
    }

    /**
     * What receiving a segment means depends on the receiver's state: a SYN reaching a host with
     * nothing open is refused or ignored, an ACK (or data) in SYN-RECEIVED completes the handshake,
     * a SYN+ACK in SYN-SENT that acknowledges another SYN is reset, a SYN+ACK in SYN-RECEIVED completes
     * a simultaneous open, a FIN in TIME-WAIT is the peer's repeat, and anything but a SYN or RST
     * reaching a host without a connection is answered with RST.
     */
    private Message arrival(int index, SegmentDelivered delivered, Message who) {
        SegmentKind kind = SegmentKind.of(delivered.segment());
        TcpState receiver = stateBefore(delivered.side(), index);
        boolean noConnection = receiver == TcpState.CLOSED || receiver == TcpState.LISTEN;
        Message stray = Message.of("explain.delivered.stray", who, SegmentLabel.flags(delivered.segment()));
        return switch (kind) {
            case SYN -> switch (receiver) {
                case LISTEN -> Message.of(TextKeys.segmentDelivered(kind), who);
                case SYN_SENT -> Message.of("explain.delivered.SYN.simultaneous", who);
                case SYN_RECEIVED -> Message.of("explain.delivered.SYN.repeat", who);
                case CLOSED -> answersWithRst(index) ? Message.of("explain.delivered.SYN.closed", who)
                        : Message.of("explain.delivered.SYN.silent", who);
                default -> Message.of("explain.delivered.SYN.unexpected", who, receiver.rfcName());
            };
            case SYN_ACK -> switch (receiver) {
                case SYN_SENT -> answersOwnSyn(index, delivered) ? Message.of(TextKeys.segmentDelivered(kind), who)
                        : Message.of("explain.delivered.SYN_ACK.notOurs", who);
                case SYN_RECEIVED -> Message.of("explain.delivered.SYN_ACK.simultaneous", who);
                case CLOSED, LISTEN -> stray;
                default -> Message.of("explain.delivered.SYN_ACK.repeat", who);
            };
            case ACK -> receiver == TcpState.SYN_RECEIVED ? Message.of("explain.delivered.ACK.handshake", who)
                    : noConnection ? stray : Message.of(TextKeys.segmentDelivered(kind), who);
            case FIN -> receiver == TcpState.TIME_WAIT ? Message.of("explain.delivered.FIN.repeat", who)
                    : noConnection ? stray : Message.of(TextKeys.segmentDelivered(kind), who);
            case DATA -> switch (receiver) {
                case CLOSED, LISTEN -> stray;
                case SYN_RECEIVED -> Message.of("explain.delivered.DATA.handshake", who);
                // The peer's FIN came first: no byte can follow it, so this one is a late duplicate.
                case CLOSE_WAIT, LAST_ACK, CLOSING, TIME_WAIT -> Message.of("explain.delivered.DATA.afterFin", who);
                default -> Message.of(TextKeys.segmentDelivered(kind), who);
            };
            case RST -> Message.of(TextKeys.segmentDelivered(kind), who);
        };
    }

    /**
     * A loss names the segment (its sender's segment number, flags and numbers, so no two losses
     * read alike) and why it was lost: the learner asked, the lesson scripted it, or the link's
     * random loss took it. A second paragraph says what repairs it, which depends on what was
     * lost: only a segment that takes sequence numbers is retransmitted.
     */
    private List<Message> loss(int index, SegmentDropped dropped, Message who) {
        Segment segment = dropped.segment();
        Object[] naming = {who, SegmentLabel.flags(segment), ordinalOf(index, dropped.transmissionId()),
                String.valueOf(Formats.seq(trace, dropped.transmissionId(), segment, relative)),
                // Without the ACK flag the acknowledgment field means nothing.
                segment.has(Flag.ACK) ? String.valueOf(Formats.ack(trace, dropped.transmissionId(), segment, relative)) : "-",
                String.valueOf(segment.length()), numbering()};
        if (dropped.cause() == DropCause.RANDOM_LOSS && isCopy(index, dropped.transmissionId())) {
            return List.of(Message.of("explain.dropped.random.copy", naming));
        }
        Message cause;
        if (dropped.cause() == DropCause.RANDOM_LOSS) {
            cause = Message.of("explain.dropped.random", naming);
        } else {
            boolean learners = learnerFaults.contains(
                    ScriptedFault.dropNth(dropped.side(), ordinalOf(index, dropped.transmissionId())));
            cause = learners ? Message.of("explain.dropped.learner", naming) : Message.of("explain.dropped.lesson", naming);
        }
        Message repair = switch (SegmentKind.of(segment)) {
            case ACK -> Message.of("explain.dropped.then.ack", who);
            case RST -> Message.of("explain.dropped.then.rst", who);
            case SYN, SYN_ACK, FIN, DATA -> Message.of("explain.dropped.then.retransmit", who);
        };
        return List.of(cause, repair);
    }

    /** The name of the numbering the sentences use, so no number is read in the other one. */
    private Message numbering() {
        return relative ? Message.of("explain.numbering.relative") : Message.of("explain.numbering.raw");
    }

    /** A length of time as the sentences say it: milliseconds below a second, seconds above. */
    static Message duration(long micros) {
        return micros < 1_000_000
                ? Message.of("explain.duration.milliseconds", String.valueOf(Math.round(micros / 1000.0)))
                : Message.of("explain.duration.seconds", Formats.countdown(micros));
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

    /**
     * What made a host act at the instant of the event at {@code index}: the index of the nearest
     * earlier event of that instant in which a segment reached the host or one of its timers fired.
     */
    private OptionalInt trigger(int index) {
        TraceEvent event = trace.events().get(index);
        for (int earlier = index - 1; earlier >= 0 && trace.events().get(earlier).time() == event.time(); earlier--) {
            TraceEvent candidate = trace.events().get(earlier);
            if (candidate.side() == event.side()
                    && (candidate instanceof SegmentDelivered || candidate instanceof TimerFired)) {
                return OptionalInt.of(earlier);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether a repeated segment answers a repeated SYN that just arrived, rather than a timeout. */
    private boolean answersRepeatedSyn(int index) {
        OptionalInt cause = trigger(index);
        return cause.isPresent() && trace.events().get(cause.getAsInt()) instanceof SegmentDelivered delivered
                && SegmentKind.of(delivered.segment()) == SegmentKind.SYN;
    }

    /** Whether an ACK is the third segment of the handshake: the answer to a SYN+ACK received in SYN-SENT. */
    private boolean completesOwnHandshake(int index) {
        OptionalInt cause = trigger(index);
        return cause.isPresent() && trace.events().get(cause.getAsInt()) instanceof SegmentDelivered delivered
                && SegmentKind.of(delivered.segment()) == SegmentKind.SYN_ACK
                && stateBefore(delivered.side(), cause.getAsInt()) == TcpState.SYN_SENT;
    }

    /** Whether the receiver of the segment delivered at {@code index} answers it with RST at once. */
    private boolean answersWithRst(int index) {
        TraceEvent delivery = trace.events().get(index);
        for (TraceEvent later : trace.events().subList(index + 1, trace.events().size())) {
            if (later.time() != delivery.time()) {
                return false;
            }
            if (later instanceof SegmentSent sent && sent.side() == delivery.side() && sent.segment().has(Flag.RST)) {
                return true;
            }
        }
        return false;
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
