package tcplab.engine;

/**
 * Timer constants. {@link #RFC} follows RFC 9293 and RFC 6298; {@link #LINUX} follows Linux's
 * defaults ({@code include/net/tcp.h}, {@code Documentation/networking/ip-sysctl.rst}).
 *
 * <p>Each profile computes the retransmission timeout its own way ({@link #newRtoEstimator()}):
 * RFC 6298 section 2 (RTO = SRTT + 4 RTTVAR, clamped to [{@link #minRtoMicros()},
 * {@link #maxRtoMicros()}]) or Linux's tcp_rtt_estimator. Under the Linux profile the SYN and
 * SYN+ACK retries, the FIN-WAIT-2 limit, TIME-WAIT's answer to an RST and the timestamps follow
 * the run's {@link LinuxSettings}; the counts here are the RFC profile's and Linux's defaults.
 */
public enum TimerProfile {
    /** MSL 2 min so TIME-WAIT 240 s; minimum RTO 1 s; SYN attempts for at least 3 minutes. */
    RFC(120_000_000L, 240_000_000L, 1_000_000L, 60_000_000L, 7, 7, 6),
    /**
     * TIME-WAIT 60 s, RTO 200 ms to 120 s, the SYN retries of {@link LinuxSettings#DEFAULTS}; ACKs
     * as Linux times them ({@link LinuxAckTiming}).
     */
    LINUX(30_000_000L, 60_000_000L, 200_000L, 120_000_000L, LinuxSetting.TCP_SYN_RETRIES.defaultValue(),
            LinuxSetting.TCP_SYNACK_RETRIES.defaultValue(), 15);

    /** RFC 6298 section 2.1: the RTO before any round-trip time has been measured. Linux: TCP_TIMEOUT_INIT. */
    public static final long INITIAL_RTO_MICROS = 1_000_000L;

    /**
     * RFC 6298 section 5.7: the RTO once data starts when a SYN or SYN+ACK had timed out.
     * Linux: TCP_TIMEOUT_FALLBACK.
     */
    public static final long FALLBACK_RTO_MICROS = 3_000_000L;

    /** Linux's delayed-ACK timeout, TCP_DELACK_MIN (HZ/25 = 40 ms). */
    public static final long DELAYED_ACK_MICROS = 40_000L;

    /**
     * The least time between two ACKs sent in reply to out-of-window segments, challenge ACKs
     * included: RFC 5961 section 7 asks for such a limit; Linux's tcp_invalid_ratelimit is
     * 500 ms. Without it, two ends that disagree about sequence numbers would ACK each other
     * without end.
     */
    public static final long OUT_OF_WINDOW_ACK_INTERVAL_MICROS = 500_000L;

    private final long mslMicros;
    private final long timeWaitMicros;
    private final long minRtoMicros;
    private final long maxRtoMicros;
    private final int synRetries;
    private final int synAckRetries;
    private final int dataRetries;

    TimerProfile(long mslMicros, long timeWaitMicros, long minRtoMicros, long maxRtoMicros,
                 int synRetries, int synAckRetries, int dataRetries) {
        this.mslMicros = mslMicros;
        this.timeWaitMicros = timeWaitMicros;
        this.minRtoMicros = minRtoMicros;
        this.maxRtoMicros = maxRtoMicros;
        this.synRetries = synRetries;
        this.synAckRetries = synAckRetries;
        this.dataRetries = dataRetries;
    }

    /**
     * Maximum segment lifetime. RFC: 2 minutes (RFC 9293 section 3.4.2). Linux has no MSL
     * constant; its TIME-WAIT of 60 s implies 30 s.
     */
    public long mslMicros() {
        return mslMicros;
    }

    /**
     * How long TIME-WAIT lasts. RFC: 2 x MSL = 240 s (RFC 9293 section 3.10.7.4, MUST-13).
     * Linux: TCP_TIMEWAIT_LEN = 60 s.
     */
    public long timeWaitMicros() {
        return timeWaitMicros;
    }

    /** Lower bound of the RTO. RFC: 1 s (RFC 6298 section 2.4). Linux: TCP_RTO_MIN = 200 ms. */
    public long minRtoMicros() {
        return minRtoMicros;
    }

    /**
     * Upper bound of the RTO. RFC: 60 s (RFC 6298 section 2.5 allows a maximum of at least 60 s).
     * Linux: TCP_RTO_MAX = 120 s.
     */
    public long maxRtoMicros() {
        return maxRtoMicros;
    }

    /**
     * How many times a SYN is retransmitted before connect gives up. RFC: 7, so that with the
     * RTO doubling from 1 s and capped at 60 s the attempts last 1+2+4+8+16+32+60+60 = 183 s,
     * at least the 3 minutes of RFC 9293 section 3.8.3 (MUST-23). Linux: the default
     * tcp_syn_retries (6); a run follows its {@link LinuxSettings}, which add the linear retries
     * and a time limit ({@link LinuxSettings#synGiveUpMicros()}).
     */
    public int synRetries() {
        return synRetries;
    }

    /**
     * How many times a SYN+ACK is retransmitted before the half-open connection is dropped.
     * RFC: 7, the same 3-minute budget as the SYN (RFC 9293 section 3.8.3 sets no separate
     * value). Linux: the default tcp_synack_retries (5); a run follows its {@link LinuxSettings}.
     */
    public int synAckRetries() {
        return synAckRetries;
    }

    /**
     * How many times a data segment or FIN is retransmitted before the connection is given up.
     * RFC: 6, so that with a 1 s minimum RTO doubling to 60 s the attempts last at least
     * 1+2+4+8+16+32+60 = 123 s, above the 100 s RFC 9293 section 3.8.3 asks of R2.
     * Linux: tcp_retries2 = 15.
     */
    public int dataRetries() {
        return dataRetries;
    }

    /** A retransmission timeout estimator for one connection, as this profile computes it. */
    RtoEstimator newRtoEstimator() {
        return this == LINUX ? new LinuxRtoEstimator(minRtoMicros, maxRtoMicros)
                : new Rfc6298RtoEstimator(minRtoMicros, maxRtoMicros);
    }

}
