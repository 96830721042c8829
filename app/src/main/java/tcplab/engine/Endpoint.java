package tcplab.engine;

import static tcplab.engine.FlagSets.ACK;
import static tcplab.engine.FlagSets.FIN;
import static tcplab.engine.FlagSets.PSH;
import static tcplab.engine.FlagSets.RST;
import static tcplab.engine.FlagSets.SYN;
import static tcplab.engine.SequenceNumbers.add;
import static tcplab.engine.SequenceNumbers.le;
import static tcplab.engine.SequenceNumbers.lt;

import java.util.List;

/**
 * One TCP endpoint and the application on it. Segment arrival follows RFC 9293 section 3.10.7
 * step by step (sequence check, RST, SYN, ACK, text, FIN), with the RFC 5961 checks RFC 9293
 * recommends for RST and SYN in synchronized states; timers follow RFC 6298.
 *
 * <p>The parts beside that procedure are their own types: the {@link RtoEstimator} the profile
 * chooses, the {@link RetransmissionQueue}, the {@link ReassemblyQueue} for segments beyond a gap,
 * the {@link EndpointTimers} and the {@link ApplicationDriver} that runs the application's program.
 *
 * <p>Under the Linux profile the endpoint follows the kernel where it departs from the RFCs, each
 * place naming the kernel function it follows: SYN retries and give-up ({@link LinuxSettings}),
 * quick and delayed ACKs ({@link LinuxAckTiming}), RTT samples from every ACK and from TCP
 * timestamps, close() orphaning the socket (RST for data that arrives later, FIN-WAIT-2 limited
 * by {@code tcp_fin_timeout}), and TIME-WAIT under {@code tcp_rfc1337}.
 *
 * <p>Simplifications, none visible in the lessons: payloads are small, so the peer's window
 * never limits sending; no SACK and no fast retransmit (a lost segment waits for its RTO).
 */
final class Endpoint implements ApplicationDriver.Socket {

    private static final long NEVER = -1;
    private static final int ACK_NONE = 0;
    private static final int ACK_SOON = 1;
    private static final int ACK_NOW = 2;

    final Side side;
    TcpState state = TcpState.CLOSED;

    private final Simulation sim;
    private final TimerProfile profile;
    private final ApplicationDriver application;
    private final EndpointTimers timers = new EndpointTimers();
    private final RtoEstimator rto;
    private final RetransmissionQueue sentQueue = new RetransmissionQueue();
    private final ReassemblyQueue heldQueue = new ReassemblyQueue();
    private final boolean silent;
    private final boolean timeWaitSkipped;
    /** Whether the host runs Linux (the Linux profile); then {@link #kernel} applies. */
    private final boolean linux;
    private final LinuxSettings kernel;
    private final LinuxAckTiming ackTiming = new LinuxAckTiming();
    /** The options this host's SYNs offer. */
    private final SynOptions synOffer;

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

    private int retries;
    private boolean handshakeTimedOut;
    /** When the first SYN of an active open left (tcp_connect sets retrans_stamp). */
    private long firstSynAt;
    /** Received data or a FIN waits for our acknowledgment (inet_csk_ack_scheduled). */
    private boolean ackOwed;
    /** Linux: the application called close(), so nothing will read what still arrives (SOCK_DEAD). */
    private boolean orphaned;

    // TCP timestamps (RFC 7323), Linux with tcp_timestamps: the peer's clock value to echo
    // (TS.Recent), RCV.NXT when we last sent an ACK (rcv_wup), the echo on the arriving segment.
    private long tsRecent = Segment.NO_TIMESTAMP;
    /** What the peer's SYN offered, which our SYN+ACK answers. */
    private SynOptions peerSynOffer = SynOptions.NONE;
    private long rcvWup;
    private long arrivingTsEcr = Segment.NO_TIMESTAMP;

    // One segment at a time is timed, never a retransmitted one (Karn's rule, RFC 6298 section 3).
    private boolean timing;
    private long timedEnd;
    private long timedAt;

    private long lastOutOfWindowAnswer = NEVER;

    Endpoint(Side side, Simulation sim, TimerProfile profile, LinuxSettings kernel, List<AppStep> program,
             boolean silent, boolean timeWaitSkipped) {
        this.side = side;
        this.sim = sim;
        this.profile = profile;
        this.linux = profile == TimerProfile.LINUX;
        this.kernel = kernel;
        this.application = new ApplicationDriver(program, this);
        this.rto = profile.newRtoEstimator();
        this.silent = silent;
        this.timeWaitSkipped = timeWaitSkipped;
        this.synOffer = linux ? SynOptions.LINUX : SynOptions.RFC_9293;
    }

    // ---------------------------------------------------------------- application program

    /** Runs the application's steps that are due ({@link ApplicationDriver#drive()}). */
    void driveProgram() {
        application.drive();
    }

    /** The delay of an application step has passed. */
    void runScheduledStep() {
        application.runScheduledStep();
    }

    @Override
    public void scheduleStep(long delayMicros) {
        sim.scheduleStep(side, sim.now() + delayMicros);
    }

    /** The user calls of RFC 9293 section 3.10.1 to 3.10.4; a call the state does not allow is skipped. */
    @Override
    public void perform(AppStep s) {
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
                    firstSynAt = sim.now();
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
            case CLOSE -> close(AppAction.CLOSE);
            case SHUTDOWN -> close(AppAction.SHUTDOWN);
            case ABORT -> abort();
            case RESTART -> restart();
        }
    }

    /**
     * A crash and restart: the transmission control block is gone without a word to the peer
     * (RFC 9293 3.5.1). What arrives for the old connection now finds none.
     */
    private void restart() {
        sim.app(side, AppAction.RESTART, 0);
        stopTimers();
        clearConnection();
        if (state != TcpState.CLOSED) {
            changeState(TcpState.CLOSED);
        }
        application.connectionEnded();
    }

    /**
     * RFC 9293's CLOSE, made by close() or shutdown(SHUT_WR). On Linux, close() also orphans the
     * socket (tcp_close): it reads no more, so data arriving later is answered with RST, and
     * FIN-WAIT-2 lasts {@code tcp_fin_timeout}; shutdown() keeps reading (tcp_shutdown).
     */
    private void close(AppAction call) {
        boolean orphan = linux && call == AppAction.CLOSE;
        switch (state) {
            case LISTEN, SYN_SENT -> {
                sim.app(side, call, 0);
                endConnection();
            }
            case SYN_RECEIVED -> {
                sim.app(side, call, 0);
                closeRequested = true;
                orphaned = orphan;
                if (unsentBytes == 0) {
                    changeState(TcpState.FIN_WAIT_1);
                    sendQueued();
                }
            }
            case ESTABLISHED -> {
                sim.app(side, call, 0);
                closeRequested = true;
                orphaned = orphan;
                changeState(TcpState.FIN_WAIT_1);
                sendQueued();
            }
            case CLOSE_WAIT -> {
                sim.app(side, call, 0);
                closeRequested = true;
                orphaned = orphan;
                changeState(TcpState.LAST_ACK);
                sendQueued();
            }
            case FIN_WAIT_1, FIN_WAIT_2 -> {
                // After shutdown(), close() still orphans a Linux socket (tcp_close).
                if (orphan && !orphaned) {
                    sim.app(side, call, 0);
                    orphaned = true;
                    if (state == TcpState.FIN_WAIT_2) {
                        armFinWait2Timeout();
                    }
                }
            }
            default -> {
                // Already closing or closed: nothing more to do.
            }
        }
    }

    /**
     * close() with SO_LINGER 0: RFC 9293's ABORT (3.10.5) sends <SEQ=SND.NXT><CTL=RST>; Linux
     * (tcp_disconnect, tcp_send_active_reset) sends RST+ACK. Either way no FIN and no TIME-WAIT.
     */
    private void abort() {
        switch (state) {
            case SYN_RECEIVED, ESTABLISHED, FIN_WAIT_1, FIN_WAIT_2, CLOSE_WAIT -> {
                sim.app(side, AppAction.ABORT, 0);
                if (linux) {
                    send(RST | ACK, sndNxt, rcvNxt, 0, false);
                } else {
                    send(RST, sndNxt, 0, 0, false);
                }
                endConnection();
            }
            case LISTEN, SYN_SENT -> {
                sim.app(side, AppAction.ABORT, 0);
                endConnection();
            }
            default -> {
                // Closing already, or closed: the connection just goes.
            }
        }
    }

    // ---------------------------------------------------------------- segment arrival

    void receive(Segment segment) {
        if (silent) {
            return;
        }
        arrivingTsEcr = segment.tsEcr();
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
            tsRecent = segment.tsVal(); // the request takes the SYN's timestamp (tcp_openreq_init)
            peerSynOffer = segment.synOptions();
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
        tsRecent = segment.tsVal();
        peerSynOffer = segment.synOptions();
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
                // with the SYN+ACK once more, under the same limit as out-of-window ACKs, and
                // restarts the SYN+ACK timer with its current timeout. The repeat does not take
                // the SYN's timestamp.
                if (outOfWindowAnswerAllowed(segment, flags)) {
                    send(SYN | ACK, iss, rcvNxt, 0, true);
                    sentQueue.markOldestRetransmitted();
                    if (linux) {
                        armTimer(TimerKind.RETRANSMISSION, rto.rtoMicros(), retries);
                    }
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
                if (linux && state == TcpState.TIME_WAIT && (flags & ACK) != 0) {
                    armTimeWait(); // tcp_timewait_state_process restarts TIME-WAIT for it
                }
            }
            return;
        }
        if (rst) {
            if (seq != rcvNxt) {
                answerOutOfWindow(segment, flags); // RFC 5961 section 3.2: in the window but not exact
            } else if (!(linux && state == TcpState.TIME_WAIT && kernel.timeWaitIgnoresReset())) {
                // With tcp_rfc1337 set, TIME-WAIT ignores the RST (tcp_timewait_state_process).
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
        if (linux && le(seq, rcvWup)) {
            tsRecent = segment.tsVal(); // tcp_replace_ts_recent: the segment the next ACK answers
        }
        if (!processAck(segment, flags)) {
            return;
        }
        processTextAndFin(segment, flags);
    }

    /** The ACK that answers a segment which does not fit (RFC 9293 3.10.7.4, RFC 5961). */
    private void answerOutOfWindow(Segment segment, int flags) {
        if (outOfWindowAnswerAllowed(segment, flags)) {
            if (linux && segment.length() > 0) {
                ackTiming.quickAckAgain(); // tcp_data_queue: old data, tcp_enter_quickack_mode
            }
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
                // The retransmitted FIN, the only thing expected, was handled above. Linux restarts
                // TIME-WAIT for anything else that fits (tcp_timewait_state_process).
                if (linux) {
                    armTimeWait();
                }
                return false;
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
                            if (orphaned) {
                                armFinWait2Timeout();
                            }
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
        if (orphaned && length > 0 && lt(rcvNxt, add(segment.seq(), length))) {
            // Linux, step 7 of tcp_rcv_state_process: new data for a socket its application has
            // closed. Nobody will read it, so the connection is reset and the segment answered
            // with <SEQ=SEG.ACK><CTL=RST> (TCPAbortOnData).
            send(RST, segment.ack(), 0, 0, false);
            endConnection();
            return;
        }
        if (lt(rcvNxt, segment.seq())) {
            heldQueue.hold(segment.seq(), length, fin);
            ackOwed = true;
            sendAck();
            return;
        }
        int need = take(segment.seq(), length, fin);
        if (!heldQueue.isEmpty() && takeHeld()) {
            need = ACK_NOW;
        }
        if (need == ACK_NOW || (need == ACK_SOON && (!linux || ackTiming.acknowledgeNow()))) {
            sendAck();
        } else if (need == ACK_SOON && !timers.isRunning(TimerKind.DELAYED_ACK)) {
            // tcp_send_delayed_ack: a timer already running keeps its earlier expiry.
            armTimer(TimerKind.DELAYED_ACK, TimerProfile.DELAYED_ACK_MICROS, 0);
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
            ackOwed = true;
            if (linux) {
                ackTiming.dataReceived(sim.now(), fresh, rto.rtoMicros());
            }
            application.read(fresh);
            sim.app(side, AppAction.READ, fresh);
            need = ACK_SOON;
        }
        if (fin && end == rcvNxt) {
            rcvNxt = add(rcvNxt, 1);
            ackOwed = true;
            application.peerFinReceived();
            switch (state) {
                case ESTABLISHED -> {
                    changeState(TcpState.CLOSE_WAIT);
                    if (linux) {
                        ackTiming.finReceived(); // tcp_fin enters pingpong mode
                    }
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

    /** Takes every held segment that now continues the stream; returns whether any did. */
    private boolean takeHeld() {
        boolean took = false;
        while (takesText() && heldQueue.removeReachable(rcvNxt)) {
            long seq = heldQueue.removedSeq();
            int length = heldQueue.removedLength();
            boolean fin = heldQueue.removedFin();
            long end = add(seq, length);
            if (lt(rcvNxt, end) || (fin && end == rcvNxt)) {
                take(seq, length, fin); // moves rcvNxt, so the next search looks at every held segment again
                took = true;
            }
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
        application.established();
        if (handshakeTimedOut) {
            rto.handshakeTimedOut();
        }
        if (closeRequested && state == TcpState.ESTABLISHED) {
            changeState(TcpState.FIN_WAIT_1);
        }
        sendQueued();
    }

    /** SND.UNA advances to {@code ack}: retire what it covers, sample the RTT, manage the timer (RFC 6298 5.2, 5.3). */
    private void acknowledge(long ack) {
        sndUna = ack;
        int retired = sentQueue.retire(ack);
        if (retired > 0) {
            retries = 0;
        }
        if (linux) {
            sampleAsLinux(retired);
        } else if (timing && le(timedEnd, ack)) {
            timing = false;
            rto.sample(sim.now() - timedAt, sndUna, sndNxt);
        }
        if (sentQueue.isEmpty()) {
            cancelTimer(TimerKind.RETRANSMISSION);
        } else if (retired > 0) {
            armTimer(TimerKind.RETRANSMISSION, rto.rtoMicros(), 0);
        }
    }

    /**
     * Linux samples the round trip on every ACK that acknowledges something new
     * (tcp_clean_rtx_queue, tcp_ack_update_rtt): the time since the oldest newly acknowledged
     * segment was sent, unless one of them was retransmitted (Karn's rule); then, with
     * timestamps, the time since the segment whose timestamp the ACK echoes was sent. So a
     * retransmitted SYN still yields a sample, and the 3 s fallback is not needed.
     */
    private void sampleAsLinux(int retired) {
        if (retired == 0) {
            return;
        }
        long now = sim.now();
        if (!sentQueue.retiredRetransmitted()) {
            rto.sample(now - sentQueue.retiredSentAt(), sndUna, sndNxt);
        } else if (arrivingTsEcr != Segment.NO_TIMESTAMP) {
            rto.sample(now - arrivingTsEcr, sndUna, sndNxt);
        }
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
        sentQueue.keep(seq, length, flags, sim.now());
        sndNxt = add(seq, length + ((flags & (SYN | FIN)) != 0 ? 1 : 0));
        send(flags, seq, (flags & ACK) != 0 ? rcvNxt : 0, length, false);
        if (!timing) {
            timing = true;
            timedEnd = sndNxt;
            timedAt = sim.now();
        }
        if (!timers.isRunning(TimerKind.RETRANSMISSION)) {
            armTimer(TimerKind.RETRANSMISSION, rto.rtoMicros(), retries);
        }
    }

    private void sendAck() {
        send(ACK, sndNxt, rcvNxt, 0, false);
    }

    private void send(int flags, long seq, long ack, int length, boolean retransmission) {
        if ((flags & ACK) != 0) {
            cancelTimer(TimerKind.DELAYED_ACK); // this segment carries the ACK
            if (ackOwed && linux) {
                ackTiming.acknowledged();
            }
            ackOwed = false;
            rcvWup = rcvNxt;
        }
        if (linux && length > 0) {
            ackTiming.dataSent(sim.now());
        }
        sim.transmit(side, segment(flags, seq, ack, length), retransmission);
    }

    /**
     * The segment as this host builds it: an RST advertises no window, as Linux sends it; a SYN
     * offers the host's options, a SYN+ACK those the peer's SYN offered too; under the Linux
     * profile every segment carries a timestamp if {@code tcp_timestamps} is set.
     */
    private Segment segment(int flags, long seq, long ack, int length) {
        int window = (flags & RST) != 0 ? 0 : NetworkConfig.WINDOW;
        long tsVal = timestampNow();
        long tsEcr = tsVal == Segment.NO_TIMESTAMP ? Segment.NO_TIMESTAMP : tsRecent;
        SynOptions options = (flags & SYN) == 0 ? SynOptions.NONE
                : (flags & ACK) != 0 ? synOffer.answering(peerSynOffer) : synOffer;
        return new Segment(side, seq, ack, FlagSets.of(flags), length, window, tsVal, tsEcr,
                options);
    }

    /**
     * A SYN this host sent in an earlier connection, with sequence number {@code seq}: the options
     * its SYNs carry, no acknowledgment, and nothing of the current connection changed.
     */
    Segment oldSyn(long seq) {
        return new Segment(side, seq, 0, FlagSets.of(SYN), 0, NetworkConfig.WINDOW, timestampNow(),
                Segment.NO_TIMESTAMP, synOffer);
    }

    /** The timestamp a segment sent now carries: the clock, under the Linux profile with tcp_timestamps. */
    private long timestampNow() {
        return linux && kernel.timestamps() ? sim.now() : Segment.NO_TIMESTAMP;
    }

    // ---------------------------------------------------------------- timers

    private void armTimer(TimerKind kind, long delayMicros, int attempt) {
        sim.scheduleTimer(side, kind, timers.arm(kind), delayMicros, attempt);
    }

    private void cancelTimer(TimerKind kind) {
        if (timers.cancel(kind)) {
            sim.timerCancelled(side, kind);
        }
    }

    /**
     * An expiry the agenda held for this endpoint's timer is due. Returns whether it was taken: the
     * timer was not cancelled or re-armed since, and has now fired.
     */
    boolean timerDue(TimerKind kind, int armedGeneration) {
        if (!timers.expire(kind, armedGeneration)) {
            return false;
        }
        sim.timerFired(side, kind);
        timerExpired(kind);
        return true;
    }

    private void timerExpired(TimerKind kind) {
        switch (kind) {
            case RETRANSMISSION -> retransmissionTimeout();
            case DELAYED_ACK -> {
                ackTiming.delayedAckFired(); // only Linux delays ACKs
                sendAck();
            }
            case TIME_WAIT -> endConnection();
            case FIN_WAIT_2 -> endConnection(); // silently: the time-wait socket just goes
        }
    }

    /** Linux: how long an orphaned FIN-WAIT-2 waits for the peer's FIN ({@link LinuxSettings#finWait2Micros}). */
    private void armFinWait2Timeout() {
        armTimer(TimerKind.FIN_WAIT_2, kernel.finWait2Micros(rto.rtoMicros()), 0);
    }

    /** RFC 6298 section 5.4 to 5.6: resend the oldest unacknowledged segment, back off, or give up. */
    private void retransmissionTimeout() {
        boolean handshake = (sentQueue.oldestControl() & SYN) != 0;
        if (handshake ? handshakeGivesUp() : retries >= profile.dataRetries()) {
            giveUp();
            return;
        }
        retries++;
        handshakeTimedOut |= handshake;
        if (!linux || state != TcpState.SYN_SENT || kernel.synBacksOffAfter(retries)) {
            rto.backOff(); // Linux keeps a SYN's first timeouts linear (tcp_retransmit_timer)
        }
        sentQueue.markOldestRetransmitted();
        timing = false;
        int flags;
        if (handshake) {
            flags = state == TcpState.SYN_SENT ? SYN : SYN | ACK;
        } else {
            flags = (sentQueue.oldestControl() == FIN ? FIN : PSH) | ACK;
        }
        send(flags, sentQueue.oldestSeq(), (flags & ACK) != 0 ? rcvNxt : 0, sentQueue.oldestLength(), true);
        armTimer(TimerKind.RETRANSMISSION, rto.rtoMicros(), retries);
    }

    /**
     * Whether the SYN or SYN+ACK has been retransmitted enough. RFC: after the profile's count.
     * Linux: a listener's SYN+ACK after {@code tcp_synack_retries} (reqsk_timer_handler); a SYN
     * after {@code tcp_syn_retries} plus, in SYN-SENT, the linear retries, or once the time
     * {@code tcp_syn_retries} doubling retries would take has passed since the first SYN,
     * whichever comes first (tcp_write_timeout, retransmits_timed_out).
     */
    private boolean handshakeGivesUp() {
        if (!linux) {
            return retries >= (state == TcpState.SYN_SENT ? profile.synRetries() : profile.synAckRetries());
        }
        if (state == TcpState.SYN_RECEIVED && passiveOpen) {
            return retries >= kernel.tcpSynackRetries();
        }
        int allowed = state == TcpState.SYN_SENT ? kernel.synRetransmissionsAllowed() : kernel.tcpSynRetries();
        return retries >= allowed || (retries > 0 && sim.now() - firstSynAt >= kernel.synGiveUpMicros());
    }

    private void giveUp() {
        if (state == TcpState.SYN_RECEIVED && passiveOpen) {
            returnToListen(); // the half-open connection is dropped; the listener stays
        } else {
            fail(AppAction.TIMED_OUT);
        }
    }

    private void enterTimeWait() {
        cancelTimer(TimerKind.RETRANSMISSION);
        cancelTimer(TimerKind.DELAYED_ACK);
        cancelTimer(TimerKind.FIN_WAIT_2);
        sentQueue.clear();
        changeState(TcpState.TIME_WAIT);
        armTimeWait();
    }

    private void armTimeWait() {
        armTimer(TimerKind.TIME_WAIT, timeWaitSkipped ? 0 : profile.timeWaitMicros(), 0);
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
        application.stop();
        endConnection();
    }

    private void endConnection() {
        stopTimers();
        changeState(TcpState.CLOSED);
        application.connectionEnded();
    }

    private void returnToListen() {
        stopTimers();
        clearConnection();
        changeState(TcpState.LISTEN);
    }

    private void stopTimers() {
        for (TimerKind kind : TimerKind.values()) {
            cancelTimer(kind);
        }
        sentQueue.clear();
    }

    /** A fresh transmission control block for a new connection (or a new listen). */
    private void newConnection(boolean passive) {
        passiveOpen = passive;
        application.connectionStarted();
        lastOutOfWindowAnswer = NEVER;
        clearConnection();
    }

    private void clearConnection() {
        heldQueue.clear();
        unsentBytes = 0;
        closeRequested = false;
        finSent = false;
        sentQueue.clear();
        retries = 0;
        handshakeTimedOut = false;
        rto.reset();
        timing = false;
        ackOwed = false;
        orphaned = false;
        ackTiming.reset();
        tsRecent = Segment.NO_TIMESTAMP;
        peerSynOffer = SynOptions.NONE;
    }

    private void changeState(TcpState to) {
        TcpState from = state;
        state = to;
        sim.stateChanged(side, from, to);
    }
}
