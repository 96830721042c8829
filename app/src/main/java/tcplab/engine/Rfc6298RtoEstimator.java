package tcplab.engine;

/**
 * The retransmission timeout as RFC 6298 computes it: SRTT and RTTVAR from the samples
 * (section 2), RTO = SRTT + max(G, 4 RTTVAR) clamped to the profile's bounds, doubled on every
 * timeout (section 5.5), and 3 s once data starts after a handshake timeout (section 5.7).
 */
final class Rfc6298RtoEstimator implements RtoEstimator {

    /** The clock granularity G of RFC 6298 section 2. */
    static final long CLOCK_GRANULARITY_MICROS = 1_000;

    private final long minRtoMicros;
    private final long maxRtoMicros;
    private long srtt;
    private long rttvar;
    private long rto;

    /** An estimator whose RTO stays within [{@code minRtoMicros}, {@code maxRtoMicros}]. */
    Rfc6298RtoEstimator(long minRtoMicros, long maxRtoMicros) {
        this.minRtoMicros = minRtoMicros;
        this.maxRtoMicros = maxRtoMicros;
        reset();
    }

    @Override
    public long rtoMicros() {
        return rto;
    }

    /** RFC 6298 sections 2.2 and 2.3. */
    @Override
    public void sample(long rttMicros, long sndUna, long sndNxt) {
        if (srtt < 0) {
            srtt = rttMicros;
            rttvar = rttMicros / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - rttMicros)) / 4;
            srtt = (7 * srtt + rttMicros) / 8;
        }
        long computed = srtt + Math.max(CLOCK_GRANULARITY_MICROS, 4 * rttvar);
        rto = Math.min(Math.max(computed, minRtoMicros), maxRtoMicros);
    }

    @Override
    public void backOff() {
        rto = Math.min(rto * 2, maxRtoMicros);
    }

    @Override
    public void handshakeTimedOut() {
        rto = TimerProfile.FALLBACK_RTO_MICROS;
    }

    @Override
    public void reset() {
        srtt = -1;
        rttvar = 0;
        rto = TimerProfile.INITIAL_RTO_MICROS;
    }
}
