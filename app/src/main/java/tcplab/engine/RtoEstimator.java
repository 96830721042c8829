package tcplab.engine;

/**
 * The retransmission timeout of one connection: what the round-trip samples make of it, how a
 * timeout backs it off, and where it starts. The profile chooses the implementation
 * ({@link TimerProfile#newRtoEstimator()}), so the endpoint's procedure stays the same whichever
 * computation a system uses.
 */
interface RtoEstimator {

    /** The timeout to arm the retransmission timer with now, in microseconds. */
    long rtoMicros();

    /**
     * A round-trip time was measured, when SND.UNA reached {@code sndUna} with SND.NXT at
     * {@code sndNxt} (Linux decays its deviation once per round trip, which these mark).
     */
    void sample(long rttMicros, long sndUna, long sndNxt);

    /** The retransmission timer expired: the next timeout is longer (RFC 6298 section 5.5). */
    void backOff();

    /**
     * Data transmission begins after the SYN or SYN+ACK had to be retransmitted, so no round trip
     * was measured (RFC 6298 section 5.7).
     */
    void handshakeTimedOut();

    /** A new connection: no samples, the initial timeout (RFC 6298 section 2.1). */
    void reset();
}
