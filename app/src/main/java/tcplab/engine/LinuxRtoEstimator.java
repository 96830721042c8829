package tcplab.engine;

import static tcplab.engine.SequenceNumbers.lt;

/**
 * The retransmission timeout as Linux computes it (net/ipv4/tcp_input.c, tcp_rtt_estimator and
 * tcp_set_rto), not as RFC 6298 does: RTO = SRTT + RTTVAR, where RTTVAR is the largest mean
 * deviation (times four) seen in the last round trip but at least {@code tcp_rto_min} (200 ms),
 * and it shrinks only once per round trip, by a quarter of the way to that largest deviation. So
 * the RTO is never below SRTT + 200 ms, and a deviation that grows takes effect at once while one
 * that shrinks takes effect slowly. The arithmetic is the kernel's, in microseconds: SRTT is
 * kept times 8 and the deviation times 4. A timeout doubles the RTO up to TCP_RTO_MAX (120 s).
 */
final class LinuxRtoEstimator implements RtoEstimator {

    /** tcp_rto_min (TCP_RTO_MIN): the least deviation the RTO allows for. */
    private final long minRtoMicros;
    private final long maxRtoMicros;
    /** SRTT times 8; 0 while nothing has been measured. */
    private long srtt8;
    /** The mean deviation times 4 (mdev_us). */
    private long mdev;
    /** The largest {@link #mdev} of the current round trip, at least {@link #minRtoMicros} (mdev_max_us). */
    private long mdevMax;
    /** The deviation the RTO uses (rttvar_us). */
    private long rttvar;
    /** The round trip ends when SND.UNA passes this (rtt_seq). */
    private long rttSeq;
    private long rto;

    /** An estimator with Linux's {@code tcp_rto_min} and TCP_RTO_MAX. */
    LinuxRtoEstimator(long minRtoMicros, long maxRtoMicros) {
        this.minRtoMicros = minRtoMicros;
        this.maxRtoMicros = maxRtoMicros;
        reset();
    }

    @Override
    public long rtoMicros() {
        return rto;
    }

    /**
     * A round-trip sample, taken when SND.UNA moved to {@code sndUna} with SND.NXT at
     * {@code sndNxt} (tcp_ack_update_rtt, then tcp_rtt_estimator and tcp_set_rto).
     */
    @Override
    public void sample(long rttMicros, long sndUna, long sndNxt) {
        long m = Math.max(rttMicros, 1);
        if (srtt8 != 0) {
            m -= srtt8 >> 3;
            srtt8 += m;
            if (m < 0) {
                m = -m;
                m -= mdev >> 2;
                if (m > 0) {
                    m >>= 3; // a falling RTT moves the deviation eight times more slowly
                }
            } else {
                m -= mdev >> 2;
            }
            mdev += m;
            if (mdev > mdevMax) {
                mdevMax = mdev;
                rttvar = Math.max(rttvar, mdevMax);
            }
            if (lt(rttSeq, sndUna)) {
                // A round trip has ended: let RTTVAR decay towards its largest deviation.
                if (mdevMax < rttvar) {
                    rttvar -= (rttvar - mdevMax) >> 2;
                }
                rttSeq = sndNxt;
                mdevMax = minRtoMicros;
            }
        } else {
            srtt8 = m << 3;
            mdev = m << 1; // so that the first RTO is 3 x RTT
            rttvar = Math.max(mdev, minRtoMicros);
            mdevMax = rttvar;
            rttSeq = sndNxt;
        }
        srtt8 = Math.max(1, srtt8);
        rto = Math.min(wholeMillis((srtt8 >> 3) + rttvar), maxRtoMicros);
    }

    /** usecs_to_jiffies rounds up to a whole jiffy: a millisecond on kernels built with HZ=1000. */
    private static long wholeMillis(long micros) {
        return (micros + 999) / 1000 * 1000;
    }

    /** Whether a round trip has been measured on this connection. */
    boolean measured() {
        return srtt8 != 0;
    }

    /** The retransmission timer expired (tcp_retransmit_timer): the RTO doubles. */
    @Override
    public void backOff() {
        rto = Math.min(rto * 2, maxRtoMicros);
    }

    /**
     * Data transfer begins (tcp_init_metrics): with no round trip measured during the handshake
     * (its SYN was retransmitted and timestamps could not stand in), the RTO falls back to 3 s,
     * TCP_TIMEOUT_FALLBACK; a measured one is kept.
     */
    @Override
    public void handshakeTimedOut() {
        if (srtt8 == 0) {
            mdev = TimerProfile.FALLBACK_RTO_MICROS;
            mdevMax = mdev;
            rttvar = mdev;
            rto = TimerProfile.FALLBACK_RTO_MICROS;
        }
    }

    /** A new connection: TCP_TIMEOUT_INIT (1 s), nothing measured. */
    @Override
    public void reset() {
        srtt8 = 0;
        mdev = TimerProfile.INITIAL_RTO_MICROS;
        mdevMax = 0;
        rttvar = 0;
        rttSeq = 0;
        rto = TimerProfile.INITIAL_RTO_MICROS;
    }
}
