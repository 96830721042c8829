package tcplab.engine;

import static tcplab.engine.FlagSets.ACK;
import static tcplab.engine.FlagSets.FIN;
import static tcplab.engine.FlagSets.PSH;
import static tcplab.engine.FlagSets.RST;
import static tcplab.engine.FlagSets.SYN;
import static tcplab.engine.SequenceNumbers.add;
import static tcplab.engine.SequenceNumbers.le;
import static tcplab.engine.SequenceNumbers.lt;

import java.util.Arrays;
import java.util.List;

/**
 * One TCP endpoint and the application on it. Segment arrival follows RFC 9293 section 3.10.7
 * step by step (sequence check, RST, SYN, ACK, text, FIN), with the RFC 5961 checks RFC 9293
 * recommends for RST and SYN in synchronized states; timers follow RFC 6298.
 *
 * <p>Simplifications, none visible in the lessons: payloads are small, so the peer's window
 * never limits sending; no SACK and no fast retransmit (a lost segment waits for its RTO).
 */
final class Endpoint {

    /** The clock granularity G of RFC 6298 section 2. */
    private static final long CLOCK_GRANULARITY_MICROS = 1_000;

    private static final long NEVER = -1;
    private static final int ACK_NONE = 0;
    private static final int ACK_SOON = 1;
    private static final int ACK_NOW = 2;
    /** How many out-of-order segments a receiver holds; the lessons never need more than a few. */
    private static final int HELD_SEGMENTS = 8;
    private static final int RETRANSMISSION = TimerKind.RETRANSMISSION.ordinal();
    private static final int DELAYED_ACK = TimerKind.DELAYED_ACK.ordinal();

    final Side side;
    final int[] timerGeneration = new int[TimerKind.values().length];
    final boolean[] timerOn = new boolean[TimerKind.values().length];
    TcpState state = TcpState.CLOSED;

    private final Simulation sim;
    private final TimerProfile profile;
    private final List<AppStep> program;
    private final boolean silent;
    private final boolean timeWaitSkipped;

    // The transmission control block (RFC 9293 section 3.3.1).
    private boolean passiveOpen;
    private long iss;
    private long sndUna;
    private long sndNxt;
    private long irs;
    private long rcvNxt;

    // Data the application wrote and the FIN it asked for, not yet sent.
    private int unsentBytes;
    private boolean closeRequested;
    private boolean finSent;
    private long finSeq;

    // The retransmission queue: sequence number, payload length and SYN/FIN bits of every
    // segment sent and not yet acknowledged, oldest first.
    private long[] queuedSeq = new long[8];
    private int[] queuedLength = new int[8];
    private int[] queuedControl = new int[8];
    private int queuedCount;
    private int retries;
    private boolean handshakeTimedOut;

    // RFC 6298 state. One segment at a time is timed, never a retransmitted one (Karn).
    private long srtt = -1;
    private long rttvar;
    private long rto = TimerProfile.INITIAL_RTO_MICROS;
    private boolean timing;
    private long timedEnd;
    private long timedAt;

    // Segments that arrived beyond a gap, held until it fills.
    private final long[] heldSeq = new long[HELD_SEGMENTS];
    private final int[] heldLength = new int[HELD_SEGMENTS];
    private final boolean[] heldFin = new boolean[HELD_SEGMENTS];
    private int heldCount;

    // The application's program and what its triggers look at.
    private int step;
    private boolean stepScheduled;
    private boolean programStopped;
    private boolean reachedEstablished;
    private boolean peerFinReceived;
    private boolean connectionEnded;
    private int readBytes;
    private long lastOutOfWindowAnswer = NEVER;

    Endpoint(Side side, Simulation sim, TimerProfile profile, List<AppStep> program, boolean silent,
             boolean timeWaitSkipped) {
        this.side = side;
        this.sim = sim;
        this.profile = profile;
        this.program = program;
        this.silent = silent;
        this.timeWaitSkipped = timeWaitSkipped;
    }

    // ---------------------------------------------------------------- application program

    /** Runs every step whose trigger holds, in order, until one waits (or has a delay). */
    void driveProgram() {
        while (!programStopped && !stepScheduled && step < program.size()) {
            AppStep next = program.get(step);
            if (!triggered(next)) {
                return;
            }
            if (next.delayMicros() > 0) {
                stepScheduled = true;
                sim.scheduleStep(side, sim.now() + next.delayMicros());
                return;
            }
            step++;
            perform(next);
        }
    }

    /** The delay of the step {@link #driveProgram()} scheduled has passed. */
    void runScheduledStep() {
        stepScheduled = false;
        if (!programStopped) {
            perform(program.get(step++));
        }
    }

    private boolean triggered(AppStep s) {
        return switch (s.trigger()) {
            case PREVIOUS -> true;
            case ESTABLISHED -> reachedEstablished;
            case RECEIVED -> readBytes >= s.triggerBytes();
            case PEER_FIN -> peerFinReceived;
            case CLOSED -> connectionEnded && state == TcpState.CLOSED;
        };
    }

    /** The user calls of RFC 9293 section 3.10.1 to 3.10.4; a call the state does not allow is skipped. */
    private void perform(AppStep s) {
        switch (s.action()) {
            case LISTEN -> {
                if (state == TcpState.CLOSED) {
                    newConnection(true);
                    sim.app(side, AppAction.LISTEN, 0);
                    changeState(TcpState.LISTEN);
                }
            }
            case CONNECT -> {
                if (state == TcpState.CLOSED) {
                    newConnection(false);
                    sim.app(side, AppAction.CONNECT, 0);
                    iss = sim.isn(side);
                    changeState(TcpState.SYN_SENT);
                    sendInitialSyn(SYN);
                }
            }
            case WRITE -> {
                if (!closeRequested && (state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED
                        || state == TcpState.ESTABLISHED || state == TcpState.CLOSE_WAIT)) {
                    sim.app(side, AppAction.WRITE, s.bytes());
                    unsentBytes += s.bytes();
                    sendQueued();
                }
            }
            case CLOSE -> close();
        }
    }

    private void close() {
        switch (state) {
            case LISTEN, SYN_SENT -> {
                sim.app(side, AppAction.CLOSE, 0);
                endConnection();
            }
            case SYN_RECEIVED -> {
                sim.app(side, AppAction.CLOSE, 0);
                closeRequested = true;
                if (unsentBytes == 0) {
                    changeState(TcpState.FIN_WAIT_1);
                    sendQueued();
                }
            }
            case ESTABLISHED -> {
                sim.app(side, AppAction.CLOSE, 0);
                closeRequested = true;
                changeState(TcpState.FIN_WAIT_1);
                sendQueued();
            }
            case CLOSE_WAIT -> {
                sim.app(side, AppAction.CLOSE, 0);
                closeRequested = true;
                changeState(TcpState.LAST_ACK);
                sendQueued();
            }
            default -> {
                // Already closing or closed: nothing more to do.
            }
        }
    }

    // ---------------------------------------------------------------- segment arrival

    void receive(Segment segment) {
        if (silent) {
            return;
        }
        int flags = FlagSets.mask(segment.flags());
        switch (state) {
            case CLOSED -> answerClosed(segment, flags);
            case LISTEN -> receiveInListen(segment, flags);
            case SYN_SENT -> receiveInSynSent(segment, flags);
            default -> receiveSynchronized(segment, flags);
        }
    }

    /** RFC 9293 3.10.7.1: no connection, so anything but an RST is answered with one. */
    private void answerClosed(Segment segment, int flags) {
        if ((flags & RST) != 0) {
            return;
        }
        if ((flags & ACK) != 0) {
            send(RST, segment.ack(), 0, 0, false);
        } else {
            send(RST | ACK, 0, add(segment.seq(), segment.sequenceSpace()), 0, false);
        }
    }

    /** RFC 9293 3.10.7.2. */
    private void receiveInListen(Segment segment, int flags) {
        if ((flags & RST) != 0) {
            return;
        }
        if ((flags & ACK) != 0) {
            send(RST, segment.ack(), 0, 0, false);
            return;
        }
        if ((flags & SYN) != 0) {
            irs = segment.seq();
            rcvNxt = add(irs, 1);
            iss = sim.isn(side);
            changeState(TcpState.SYN_RECEIVED);
            sendInitialSyn(SYN | ACK);
        }
    }

    /** RFC 9293 3.10.7.3. */
    private void receiveInSynSent(Segment segment, int flags) {
        boolean hasAck = (flags & ACK) != 0;
        if (hasAck && (le(segment.ack(), iss) || lt(sndNxt, segment.ack()))) {
            if ((flags & RST) == 0) {
                send(RST, segment.ack(), 0, 0, false);
            }
            return;
        }
        if ((flags & RST) != 0) {
            if (hasAck) {
                fail(AppAction.REFUSED);
            }
            return;
        }
        if ((flags & SYN) == 0) {
            return;
        }
        irs = segment.seq();
        rcvNxt = add(irs, 1);
        if (hasAck) {
            acknowledge(segment.ack());
        }
        if (lt(iss, sndUna)) {
            changeState(TcpState.ESTABLISHED);
            sendAck();
            established();
        } else {
            // Simultaneous open: our SYN is still unacknowledged, so it goes again with the ACK.
            changeState(TcpState.SYN_RECEIVED);
            send(SYN | ACK, iss, rcvNxt, 0, false);
        }
    }

    /** RFC 9293 3.10.7.4: SYN-RECEIVED and the synchronized states. */
    private void receiveSynchronized(Segment segment, int flags) {
        long seq = segment.seq();
        boolean rst = (flags & RST) != 0;
        if (state == TcpState.SYN_RECEIVED && (flags & SYN) != 0 && seq == irs && !rst) {
            if ((flags & ACK) == 0) {
                // The peer's SYN again: our SYN+ACK was lost. Linux (tcp_check_req) answers it
                // with the SYN+ACK once more, under the same limit as out-of-window ACKs.
                if (outOfWindowAnswerAllowed(segment, flags)) {
                    send(SYN | ACK, iss, rcvNxt, 0, true);
                }
                return;
            }
            if (lt(sndUna, segment.ack()) && le(segment.ack(), sndNxt)) {
                // Simultaneous open: the peer's SYN+ACK. Its SYN is old (only new parts of a
                // segment are processed), its ACK completes our side of the handshake.
                handshakeAcknowledged(segment.ack());
                return;
            }
        }
        if (state == TcpState.TIME_WAIT && (flags & FIN) != 0 && !rst
                && add(seq, segment.length() + 1L) == rcvNxt) {
            // The peer's FIN again: our last ACK was lost. Re-ACK it and restart 2 MSL.
            sendAck();
            armTimeWait();
            return;
        }
        if (!acceptable(segment)) {
            if (!rst) {
                answerOutOfWindow(segment, flags);
            }
            return;
        }
        if (rst) {
            if (seq != rcvNxt) {
                answerOutOfWindow(segment, flags); // RFC 5961 section 3.2: in the window but not exact
            } else {
                reset();
            }
            return;
        }
        if ((flags & SYN) != 0) {
            if (state == TcpState.SYN_RECEIVED && passiveOpen) {
                returnToListen();
            } else {
                answerOutOfWindow(segment, flags); // RFC 5961 section 4.2: challenge ACK
            }
            return;
        }
        if ((flags & ACK) == 0) {
            return;
        }
        if (!processAck(segment, flags)) {
            return;
        }
        processTextAndFin(segment, flags);
    }

    /** The ACK that answers a segment which does not fit (RFC 9293 3.10.7.4, RFC 5961). */
    private void answerOutOfWindow(Segment segment, int flags) {
        if (outOfWindowAnswerAllowed(segment, flags)) {
            sendAck();
        }
    }

    /**
     * As Linux does (tcp_oow_rate_limited), a bare ACK or a SYN that does not fit is answered at
     * most once per {@link TimerProfile#OUT_OF_WINDOW_ACK_INTERVAL_MICROS}; data and FINs always.
     */
    private boolean outOfWindowAnswerAllowed(Segment segment, int flags) {
        if (segment.sequenceSpace() > 0 && (flags & SYN) == 0) {
            return true;
        }
        long now = sim.now();
        if (lastOutOfWindowAnswer != NEVER
                && now - lastOutOfWindowAnswer < TimerProfile.OUT_OF_WINDOW_ACK_INTERVAL_MICROS) {
            return false;
        }
        lastOutOfWindowAnswer = now;
        return true;
    }

    /** RFC 9293 3.10.7.4, first check: does the segment overlap the receive window? */
    private boolean acceptable(Segment segment) {
        long space = segment.sequenceSpace();
        long seq = segment.seq();
        return inWindow(seq) || (space > 0 && inWindow(add(seq, space - 1)));
    }

    private boolean inWindow(long seq) {
        return le(rcvNxt, seq) && lt(seq, add(rcvNxt, NetworkConfig.WINDOW));
    }

    /** The fifth check: the ACK field. Returns whether processing goes on to the text. */
    private boolean processAck(Segment segment, int flags) {
        long ack = segment.ack();
        switch (state) {
            case SYN_RECEIVED -> {
                if (lt(sndUna, ack) && le(ack, sndNxt)) {
                    handshakeAcknowledged(ack);
                    return true;
                }
                send(RST, ack, 0, 0, false);
                return false;
            }
            case TIME_WAIT -> {
                return false; // the retransmitted FIN, the only thing expected, was handled above
            }
            default -> {
                if (lt(sndNxt, ack)) {
                    answerOutOfWindow(segment, flags); // acknowledges something not yet sent
                    return false;
                }
                if (lt(sndUna, ack)) {
                    acknowledge(ack);
                }
                switch (state) {
                    case FIN_WAIT_1 -> {
                        // A FIN that also acknowledges ours takes FIN-WAIT-1 straight to
                        // TIME-WAIT in the FIN step, as RFC 9293 3.10.7.4 (eighth) describes.
                        if (finAcknowledged() && !finIsNext(segment, flags)) {
                            changeState(TcpState.FIN_WAIT_2);
                        }
                    }
                    case CLOSING -> {
                        if (finAcknowledged()) {
                            enterTimeWait();
                        }
                        return false;
                    }
                    case LAST_ACK -> {
                        if (finAcknowledged()) {
                            endConnection();
                        }
                        return false;
                    }
                    default -> {
                        // ESTABLISHED, FIN-WAIT-2, CLOSE-WAIT: nothing more
                    }
                }
                return true;
            }
        }
    }

    /** Whether the segment's FIN is the next thing to receive, once its text is taken. */
    private boolean finIsNext(Segment segment, int flags) {
        return (flags & FIN) != 0 && le(segment.seq(), rcvNxt)
                && le(rcvNxt, add(segment.seq(), segment.length()));
    }

    /**
     * The seventh and eighth checks: segment text, then the FIN bit. A segment beyond a gap is
     * held (RFC 9293 3.10.7.4 says it SHOULD be) and answered at once with a duplicate ACK; when
     * the gap fills, the held segments are taken in order and acknowledged at once (RFC 5681 4.2).
     */
    private void processTextAndFin(Segment segment, int flags) {
        boolean fin = (flags & FIN) != 0;
        int length = segment.length();
        if ((length == 0 && !fin) || !takesText()) {
            return;
        }
        if (lt(rcvNxt, segment.seq())) {
            holdOutOfOrder(segment.seq(), length, fin);
            sendAck();
            return;
        }
        int need = take(segment.seq(), length, fin);
        if (heldCount > 0 && takeHeld()) {
            need = ACK_NOW;
        }
        if (need == ACK_NOW || (need == ACK_SOON && (!profile.delayedAck() || timerOn[DELAYED_ACK]))) {
            sendAck();
        } else if (need == ACK_SOON) {
            sim.armTimer(this, TimerKind.DELAYED_ACK, TimerProfile.DELAYED_ACK_MICROS, 0);
        }
    }

    private boolean takesText() {
        return state == TcpState.ESTABLISHED || state == TcpState.FIN_WAIT_1 || state == TcpState.FIN_WAIT_2;
    }

    /**
     * Takes the new part of in-order text and, if it comes next, the FIN. Returns how soon that
     * must be acknowledged: {@link #ACK_NONE}, {@link #ACK_SOON} (may be delayed) or {@link #ACK_NOW}.
     */
    private int take(long seq, int length, boolean fin) {
        int need = ACK_NONE;
        long end = add(seq, length);
        if (length > 0 && lt(rcvNxt, end)) {
            int fresh = (int) ((end - rcvNxt) & SequenceNumbers.MASK);
            rcvNxt = end;
            readBytes += fresh;
            sim.app(side, AppAction.READ, fresh);
            need = ACK_SOON;
        }
        if (fin && end == rcvNxt) {
            rcvNxt = add(rcvNxt, 1);
            peerFinReceived = true;
            switch (state) {
                case ESTABLISHED -> {
                    changeState(TcpState.CLOSE_WAIT);
                    need = ACK_SOON;
                }
                case FIN_WAIT_1 -> {
                    if (finAcknowledged()) {
                        enterTimeWait();
                    } else {
                        changeState(TcpState.CLOSING);
                    }
                    need = ACK_NOW;
                }
                default -> {
                    enterTimeWait();
                    need = ACK_NOW;
                }
            }
        }
        return need;
    }

    private void holdOutOfOrder(long seq, int length, boolean fin) {
        for (int i = 0; i < heldCount; i++) {
            if (heldSeq[i] == seq) {
                return; // a duplicate of one already held
            }
        }
        if (heldCount == heldSeq.length) {
            return; // the queue is full: the sender's retransmission will bring it again
        }
        heldSeq[heldCount] = seq;
        heldLength[heldCount] = length;
        heldFin[heldCount] = fin;
        heldCount++;
    }

    /** Takes every held segment that now continues the stream; returns whether any did. */
    private boolean takeHeld() {
        boolean took = false;
        int i = 0;
        while (i < heldCount && takesText()) {
            if (lt(rcvNxt, heldSeq[i])) {
                i++;
                continue;
            }
            long seq = heldSeq[i];
            int length = heldLength[i];
            boolean fin = heldFin[i];
            heldCount--;
            heldSeq[i] = heldSeq[heldCount];
            heldLength[i] = heldLength[heldCount];
            heldFin[i] = heldFin[heldCount];
            long end = add(seq, length);
            if (lt(rcvNxt, end) || (fin && end == rcvNxt)) {
                take(seq, length, fin);
                took = true;
            }
            i = 0; // rcvNxt may have moved: look at every held segment again
        }
        return took;
    }

    // ---------------------------------------------------------------- acknowledgments and RTT

    /** Our SYN is acknowledged in SYN-RECEIVED: the connection is established. */
    private void handshakeAcknowledged(long ack) {
        acknowledge(ack);
        changeState(TcpState.ESTABLISHED);
        established();
    }

    private void established() {
        reachedEstablished = true;
        if (handshakeTimedOut) {
            rto = TimerProfile.FALLBACK_RTO_MICROS; // RFC 6298 section 5.7
        }
        if (closeRequested && state == TcpState.ESTABLISHED) {
            changeState(TcpState.FIN_WAIT_1);
        }
        sendQueued();
    }

    /** SND.UNA advances to {@code ack}: retire what it covers, sample the RTT, manage the timer (RFC 6298 5.2, 5.3). */
    private void acknowledge(long ack) {
        sndUna = ack;
        int retired = 0;
        while (retired < queuedCount && le(add(queuedSeq[retired], queuedSpace(retired)), ack)) {
            retired++;
        }
        if (retired > 0) {
            queuedCount -= retired;
            System.arraycopy(queuedSeq, retired, queuedSeq, 0, queuedCount);
            System.arraycopy(queuedLength, retired, queuedLength, 0, queuedCount);
            System.arraycopy(queuedControl, retired, queuedControl, 0, queuedCount);
            retries = 0;
        }
        if (timing && le(timedEnd, ack)) {
            timing = false;
            measured(sim.now() - timedAt);
        }
        if (queuedCount == 0) {
            sim.cancelTimer(this, TimerKind.RETRANSMISSION);
        } else if (retired > 0) {
            sim.armTimer(this, TimerKind.RETRANSMISSION, rto, 0);
        }
    }

    /** RFC 6298 sections 2.2 and 2.3. */
    private void measured(long rtt) {
        if (srtt < 0) {
            srtt = rtt;
            rttvar = rtt / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - rtt)) / 4;
            srtt = (7 * srtt + rtt) / 8;
        }
        long computed = srtt + Math.max(CLOCK_GRANULARITY_MICROS, 4 * rttvar);
        rto = Math.min(Math.max(computed, profile.minRtoMicros()), profile.maxRtoMicros());
    }

    private boolean finAcknowledged() {
        return finSent && lt(finSeq, sndUna);
    }

    // ---------------------------------------------------------------- sending

    /** Sends the SYN (active open) or SYN+ACK (passive open) that starts our half of the handshake. */
    private void sendInitialSyn(int flags) {
        sndUna = iss;
        sndNxt = iss;
        sendNew(flags, 0);
    }

    /** Sends the data written and the FIN asked for, as far as the state allows. */
    private void sendQueued() {
        if (state != TcpState.ESTABLISHED && state != TcpState.CLOSE_WAIT
                && state != TcpState.FIN_WAIT_1 && state != TcpState.LAST_ACK) {
            return;
        }
        while (unsentBytes > 0) {
            int length = Math.min(unsentBytes, NetworkConfig.MSS);
            unsentBytes -= length;
            sendNew(PSH | ACK, length);
        }
        if (closeRequested && !finSent) {
            finSent = true;
            finSeq = sndNxt;
            sendNew(FIN | ACK, 0);
        }
    }

    /** Sends a segment that takes new sequence space and keeps it for retransmission (RFC 6298 5.1). */
    private void sendNew(int flags, int length) {
        long seq = sndNxt;
        if (queuedCount == queuedSeq.length) {
            queuedSeq = Arrays.copyOf(queuedSeq, queuedCount * 2);
            queuedLength = Arrays.copyOf(queuedLength, queuedCount * 2);
            queuedControl = Arrays.copyOf(queuedControl, queuedCount * 2);
        }
        queuedSeq[queuedCount] = seq;
        queuedLength[queuedCount] = length;
        queuedControl[queuedCount] = flags & (SYN | FIN);
        queuedCount++;
        sndNxt = add(seq, length + ((flags & (SYN | FIN)) != 0 ? 1 : 0));
        send(flags, seq, (flags & ACK) != 0 ? rcvNxt : 0, length, false);
        if (!timing) {
            timing = true;
            timedEnd = sndNxt;
            timedAt = sim.now();
        }
        if (!timerOn[RETRANSMISSION]) {
            sim.armTimer(this, TimerKind.RETRANSMISSION, rto, retries);
        }
    }

    private long queuedSpace(int i) {
        return queuedLength[i] + (queuedControl[i] != 0 ? 1 : 0);
    }

    private void sendAck() {
        send(ACK, sndNxt, rcvNxt, 0, false);
    }

    private void send(int flags, long seq, long ack, int length, boolean retransmission) {
        if ((flags & ACK) != 0) {
            sim.cancelTimer(this, TimerKind.DELAYED_ACK); // this segment carries the ACK
        }
        // An RST advertises no window, as Linux sends it.
        int window = (flags & RST) != 0 ? 0 : NetworkConfig.WINDOW;
        sim.transmit(side, new Segment(side, seq, ack, FlagSets.of(flags), length, window), retransmission);
    }

    // ---------------------------------------------------------------- timers

    void timerExpired(TimerKind kind) {
        switch (kind) {
            case RETRANSMISSION -> retransmissionTimeout();
            case DELAYED_ACK -> sendAck();
            case TIME_WAIT -> endConnection();
        }
    }

    /** RFC 6298 section 5.4 to 5.6: resend the oldest unacknowledged segment, back off, or give up. */
    private void retransmissionTimeout() {
        boolean handshake = (queuedControl[0] & SYN) != 0;
        int limit = !handshake ? profile.dataRetries()
                : state == TcpState.SYN_SENT ? profile.synRetries() : profile.synAckRetries();
        if (retries >= limit) {
            giveUp();
            return;
        }
        retries++;
        handshakeTimedOut |= handshake;
        rto = Math.min(rto * 2, profile.maxRtoMicros());
        timing = false;
        int flags;
        if (handshake) {
            flags = state == TcpState.SYN_SENT ? SYN : SYN | ACK;
        } else {
            flags = (queuedControl[0] == FIN ? FIN : PSH) | ACK;
        }
        send(flags, queuedSeq[0], (flags & ACK) != 0 ? rcvNxt : 0, queuedLength[0], true);
        sim.armTimer(this, TimerKind.RETRANSMISSION, rto, retries);
    }

    private void giveUp() {
        if (state == TcpState.SYN_RECEIVED && passiveOpen) {
            returnToListen(); // the half-open connection is dropped; the listener stays
        } else {
            fail(AppAction.TIMED_OUT);
        }
    }

    private void enterTimeWait() {
        sim.cancelTimer(this, TimerKind.RETRANSMISSION);
        sim.cancelTimer(this, TimerKind.DELAYED_ACK);
        queuedCount = 0;
        changeState(TcpState.TIME_WAIT);
        armTimeWait();
    }

    private void armTimeWait() {
        sim.armTimer(this, TimerKind.TIME_WAIT, timeWaitSkipped ? 0 : profile.timeWaitMicros(), 0);
    }

    // ---------------------------------------------------------------- resets and endings

    /** RFC 9293 3.10.7.4, second check, for an RST that passed the checks. */
    private void reset() {
        switch (state) {
            case SYN_RECEIVED -> {
                if (passiveOpen) {
                    returnToListen();
                } else {
                    fail(AppAction.REFUSED);
                }
            }
            case ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT -> fail(AppAction.RESET);
            default -> endConnection(); // CLOSING, LAST-ACK, TIME-WAIT: the application has closed already
        }
    }

    /** The connection is aborted and the application told why; its program stops. */
    private void fail(AppAction report) {
        sim.app(side, report, 0);
        programStopped = true;
        endConnection();
    }

    private void endConnection() {
        stopTimers();
        changeState(TcpState.CLOSED);
        connectionEnded = true;
    }

    private void returnToListen() {
        stopTimers();
        clearConnection();
        changeState(TcpState.LISTEN);
    }

    private void stopTimers() {
        for (TimerKind kind : TimerKind.values()) {
            sim.cancelTimer(this, kind);
        }
        queuedCount = 0;
    }

    /** A fresh transmission control block for a new connection (or a new listen). */
    private void newConnection(boolean passive) {
        passiveOpen = passive;
        reachedEstablished = false;
        peerFinReceived = false;
        connectionEnded = false;
        readBytes = 0;
        lastOutOfWindowAnswer = NEVER;
        clearConnection();
    }

    private void clearConnection() {
        heldCount = 0;
        unsentBytes = 0;
        closeRequested = false;
        finSent = false;
        queuedCount = 0;
        retries = 0;
        handshakeTimedOut = false;
        srtt = -1;
        rttvar = 0;
        rto = TimerProfile.INITIAL_RTO_MICROS;
        timing = false;
    }

    private void changeState(TcpState to) {
        TcpState from = state;
        state = to;
        sim.stateChanged(side, from, to);
    }
}
