package tcplab.capture;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SequenceNumbers;
import tcplab.engine.Side;
import tcplab.engine.TcpState;

/**
 * Both hosts' RFC 9293 states (section 3.3.2), followed through the segments each sends and
 * receives: the part of the state machine that segments show. What only a timer or an
 * application call does (TIME-WAIT running out, connect() giving up) shows in no segment and is
 * left out, except where a later segment proves it happened.
 */
final class StateInference {

    /** A host's move from one state to another, and what shows it. */
    record Change(Side side, TcpState from, TcpState to, StateEvidence evidence) {
    }

    /** What the inference keeps of one host. */
    private static final class Host {
        TcpState state = TcpState.CLOSED;
        /** The sequence number of its SYN, once sent (or seen acknowledged); null while unknown. */
        Long iss;
        /** The sequence number of its FIN, once sent. */
        Long fin;
        /** The next sequence number it expects from its peer; null until the peer's first segment arrives. */
        Long rcvNxt;
        /** The sequence number of a FIN from the peer that arrived ahead of data still missing. */
        Long heldFin;
        /** Whether it opened passively (a listening server), so a RST in SYN-RECEIVED returns it to LISTEN. */
        boolean passive;
        /** The highest acknowledgment it has sent; null before its first ACK. */
        Long acknowledged;
    }

    private final Map<Side, Host> hosts = new EnumMap<>(Side.class);
    /** The SYNs of an earlier connection that passed the capture point (see {@link #oldDuplicateSyns}). */
    private final Set<Transmission> oldDuplicates = new HashSet<>();

    StateInference() {
        for (Side side : Side.values()) {
            hosts.put(side, new Host());
        }
    }

    TcpState state(Side side) {
        return hosts.get(side).state;
    }

    /**
     * The states the capture shows the hosts in before its first segment: a host that answers a
     * SYN with SYN+ACK was listening, a host whose SYN was not captured but answered was in
     * SYN-SENT, and without any SYN both hosts were already connected.
     */
    List<Change> start(List<Transmission> inSendOrder) {
        List<Change> changes = new ArrayList<>();
        oldDuplicates.addAll(oldDuplicateSyns(inSendOrder));
        Transmission firstSyn = inSendOrder.stream().filter(t -> t.segment.has(Flag.SYN) && !oldDuplicates.contains(t))
                .findFirst().orElse(null);
        if (firstSyn == null) {
            if (!inSendOrder.isEmpty()) {
                for (Side side : Side.values()) {
                    move(side, TcpState.ESTABLISHED, StateEvidence.BEFORE_CAPTURE, changes);
                }
            }
            return changes;
        }
        if (firstSyn.segment.has(Flag.ACK)) {
            Side server = firstSyn.from;
            hosts.get(server).passive = true;
            move(server, TcpState.LISTEN, StateEvidence.BEFORE_CAPTURE, changes);
            move(server.peer(), TcpState.SYN_SENT, StateEvidence.BEFORE_CAPTURE, changes);
        } else {
            Side opener = firstSyn.from;
            boolean peerAlsoOpens = inSendOrder.stream().anyMatch(t -> t.from == opener.peer()
                    && t.segment.has(Flag.SYN) && !t.segment.has(Flag.ACK));
            boolean peerAnswers = inSendOrder.stream().anyMatch(t -> t.from == opener.peer()
                    && t.segment.has(Flag.SYN) && t.segment.has(Flag.ACK));
            if (peerAnswers && !peerAlsoOpens) {
                hosts.get(opener.peer()).passive = true;
                move(opener.peer(), TcpState.LISTEN, StateEvidence.BEFORE_CAPTURE, changes);
            }
        }
        return changes;
    }

    /**
     * The bare SYNs that their own sender refuses: a SYN whose sender also sends a SYN with another
     * number and later a RST with this SYN's number plus one, the acknowledgment of the SYN+ACK
     * answering it. A host in SYN-SENT answers a SYN+ACK to a SYN it did not send so (RFC 9293
     * section 3.5, Figure 8): the SYN was an old duplicate of an earlier connection, which changes
     * no state of its sender.
     */
    private static Set<Transmission> oldDuplicateSyns(List<Transmission> inSendOrder) {
        Set<Transmission> old = new HashSet<>();
        for (Transmission syn : inSendOrder) {
            if (!syn.segment.has(Flag.SYN) || syn.segment.has(Flag.ACK)) {
                continue;
            }
            long refused = SequenceNumbers.add(syn.segment.seq(), 1);
            boolean anotherSyn = inSendOrder.stream().anyMatch(t -> t.from == syn.from && t.segment.has(Flag.SYN)
                    && !t.segment.has(Flag.ACK) && t.segment.seq() != syn.segment.seq());
            boolean refusedBySender = inSendOrder.stream().anyMatch(t -> t.from == syn.from
                    && t.segment.has(Flag.RST) && t.segment.seq() == refused);
            if (anotherSyn && refusedBySender) {
                old.add(syn);
            }
        }
        return old;
    }

    /** The changes sending {@code t} makes to its sender's state. */
    List<Change> send(Transmission t) {
        List<Change> changes = new ArrayList<>();
        Segment s = t.segment;
        Side side = t.from;
        Host host = hosts.get(side);
        if (oldDuplicates.contains(t)) {
            return changes;
        }
        if (s.has(Flag.ACK) && (host.acknowledged == null || SequenceNumbers.lt(host.acknowledged, s.ack()))) {
            host.acknowledged = s.ack();
        }
        if (s.has(Flag.RST) && !s.has(Flag.ACK) && receivedUnacknowledged(host)) {
            // A host that lost the connection without a segment (it restarted) answers the data it
            // never acknowledged with a bare RST from a closed or listening port (RFC 9293 section
            // 3.5.1, Figure 11): the RST shows that it had closed, not when.
            move(side, TcpState.CLOSED, StateEvidence.LATER_SEGMENT, changes);
            return changes;
        }
        if (s.has(Flag.RST)) {
            switch (host.state) {
                // An orphaned FIN-WAIT-2 answers with RST once Linux's tcp_fin_timeout has closed it:
                // the RST shows that it closed, not when.
                case FIN_WAIT_2 -> move(side, TcpState.CLOSED, StateEvidence.LATER_SEGMENT, changes);
                case SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, CLOSE_WAIT, CLOSING, LAST_ACK ->
                        move(side, TcpState.CLOSED, StateEvidence.SEGMENT, changes);
                default -> { }
            }
            return changes;
        }
        if (s.has(Flag.SYN)) {
            host.iss = s.seq();
            if (!s.has(Flag.ACK) && (host.state == TcpState.CLOSED || host.state == TcpState.LISTEN)) {
                move(side, TcpState.SYN_SENT, StateEvidence.SEGMENT, changes);
            } else if (s.has(Flag.ACK) && (host.state == TcpState.CLOSED || host.state == TcpState.LISTEN)) {
                // Its SYN's arrival was not captured; the SYN+ACK shows that it came.
                move(side, TcpState.SYN_RECEIVED, StateEvidence.LATER_SEGMENT, changes);
            }
        }
        if (s.has(Flag.FIN)) {
            host.fin = SequenceNumbers.add(s.seq(), s.length());
            switch (host.state) {
                case ESTABLISHED, SYN_RECEIVED -> move(side, TcpState.FIN_WAIT_1, StateEvidence.SEGMENT, changes);
                case CLOSE_WAIT -> move(side, TcpState.LAST_ACK, StateEvidence.SEGMENT, changes);
                default -> { }
            }
        }
        return changes;
    }

    /**
     * The changes the arrival of {@code t} makes to its receiver's state.
     *
     * @param answeredWithReset whether the receiver's next segment is a RST: a FIN reaching an
     *                          orphaned FIN-WAIT-2 that a timer has already closed is answered so
     */
    List<Change> receive(Transmission t, boolean answeredWithReset) {
        List<Change> changes = new ArrayList<>();
        Segment s = t.segment;
        Side side = t.from.peer();
        Host host = hosts.get(side);
        if (s.has(Flag.RST)) {
            switch (host.state) {
                case SYN_SENT -> {
                    if (s.has(Flag.ACK) && acknowledgesSyn(host, s)) {
                        move(side, TcpState.CLOSED, StateEvidence.SEGMENT, changes);
                    }
                }
                case SYN_RECEIVED -> move(side, host.passive ? TcpState.LISTEN : TcpState.CLOSED,
                        StateEvidence.SEGMENT, changes);
                case ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT, CLOSING, LAST_ACK ->
                        move(side, TcpState.CLOSED, StateEvidence.SEGMENT, changes);
                case TIME_WAIT -> move(side, TcpState.CLOSED, StateEvidence.RESET_IN_TIME_WAIT, changes);
                default -> { }
            }
            return changes;
        }
        if (s.has(Flag.SYN)) {
            host.rcvNxt = SequenceNumbers.add(s.seq(), 1);
            if (!s.has(Flag.ACK)) {
                if (host.state == TcpState.LISTEN || host.state == TcpState.SYN_SENT) {
                    move(side, TcpState.SYN_RECEIVED, StateEvidence.SEGMENT, changes);
                }
            } else if ((host.state == TcpState.SYN_SENT || host.state == TcpState.SYN_RECEIVED)
                    && acknowledgesSyn(host, s)) {
                move(side, TcpState.ESTABLISHED, StateEvidence.SEGMENT, changes);
            }
            return changes;
        }
        if (s.has(Flag.ACK)) {
            switch (host.state) {
                case SYN_RECEIVED -> {
                    if (acknowledgesSyn(host, s)) {
                        move(side, TcpState.ESTABLISHED, StateEvidence.SEGMENT, changes);
                    }
                }
                case FIN_WAIT_1 -> {
                    // A FIN that also acknowledges ours goes straight to TIME-WAIT (RFC 9293 3.10.7.4).
                    if (acknowledgesFin(host, s) && !(s.has(Flag.FIN) && finIsNext(host, s))) {
                        move(side, TcpState.FIN_WAIT_2, StateEvidence.SEGMENT, changes);
                    }
                }
                case CLOSING -> {
                    if (acknowledgesFin(host, s)) {
                        move(side, TcpState.TIME_WAIT, StateEvidence.SEGMENT, changes);
                    }
                    return changes;
                }
                case LAST_ACK -> {
                    if (acknowledgesFin(host, s)) {
                        move(side, TcpState.CLOSED, StateEvidence.SEGMENT, changes);
                    }
                    return changes;
                }
                default -> { }
            }
        }
        if (takesPeerFin(host, s)) {
            switch (host.state) {
                case ESTABLISHED -> move(side, TcpState.CLOSE_WAIT, StateEvidence.SEGMENT, changes);
                case FIN_WAIT_1 -> move(side, acknowledgesFin(host, s) ? TcpState.TIME_WAIT : TcpState.CLOSING,
                        StateEvidence.SEGMENT, changes);
                case FIN_WAIT_2 -> {
                    if (!answeredWithReset) {
                        move(side, TcpState.TIME_WAIT, StateEvidence.SEGMENT, changes);
                    }
                }
                default -> { }
            }
        }
        return changes;
    }

    /**
     * Advances what the host has received in order; whether a FIN from the peer is taken now
     * (it arrived in order, or the data it waited for has).
     */
    private static boolean takesPeerFin(Host host, Segment s) {
        long dataEnd = SequenceNumbers.add(s.seq(), s.length());
        if (host.rcvNxt == null) {
            host.rcvNxt = s.seq();
        }
        if (SequenceNumbers.le(s.seq(), host.rcvNxt) && SequenceNumbers.lt(host.rcvNxt, dataEnd)) {
            host.rcvNxt = dataEnd;
        }
        if (s.has(Flag.FIN) && SequenceNumbers.le(host.rcvNxt, dataEnd)) {
            host.heldFin = dataEnd;
        }
        if (host.heldFin != null && host.heldFin.longValue() == host.rcvNxt.longValue()) {
            host.rcvNxt = SequenceNumbers.add(host.heldFin, 1);
            host.heldFin = null;
            return true;
        }
        return false;
    }

    /** Whether the host has received in order more than it has acknowledged. */
    private static boolean receivedUnacknowledged(Host host) {
        return host.rcvNxt != null && host.acknowledged != null && SequenceNumbers.lt(host.acknowledged, host.rcvNxt);
    }

    /** Whether the FIN of {@code s} is the next thing the host expects: it takes it with this segment. */
    private static boolean finIsNext(Host host, Segment s) {
        return host.rcvNxt == null || SequenceNumbers.le(s.seq(), host.rcvNxt);
    }

    private static boolean acknowledgesSyn(Host host, Segment s) {
        return host.iss == null || SequenceNumbers.le(SequenceNumbers.add(host.iss, 1), s.ack());
    }

    private static boolean acknowledgesFin(Host host, Segment s) {
        return host.fin != null && s.has(Flag.ACK) && SequenceNumbers.le(SequenceNumbers.add(host.fin, 1), s.ack());
    }

    private void move(Side side, TcpState to, StateEvidence evidence, List<Change> changes) {
        Host host = hosts.get(side);
        if (host.state != to) {
            changes.add(new Change(side, host.state, to, evidence));
            host.state = to;
        }
    }
}
