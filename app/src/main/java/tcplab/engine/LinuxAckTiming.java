package tcplab.engine;

/**
 * When Linux acknowledges in-order data at once and when it delays the ACK (net/ipv4/tcp_input.c,
 * __tcp_ack_snd_check and tcp_event_data_recv; tcp_output.c, tcp_send_delayed_ack). A new
 * connection starts in quick-ACK mode: the first data is acknowledged at once, up to
 * TCP_MAX_QUICKACKS (16) ACKs. Once an exchange looks interactive (pingpong mode: the peer's FIN
 * arrived, or we replied within the ACK timeout of receiving) ACKs wait up to
 * {@link TimerProfile#DELAYED_ACK_MICROS} for data of our own to ride on. More than one
 * full-sized segment unacknowledged is acknowledged at once in any mode.
 */
final class LinuxAckTiming {

    /** TCP_MAX_QUICKACKS. */
    static final int MAX_QUICKACKS = 16;
    /**
     * The receive MSS Linux assumes before it has seen a full segment (TCP_MSS_DEFAULT, through
     * tcp_initialize_rcv_mss).
     */
    static final int RECEIVE_MSS = 536;

    private boolean dataSeen;
    private int quickAcks;
    private boolean pingpong;
    private long lastDataAt;
    private int unacknowledgedBytes;

    /** A new connection. */
    void reset() {
        dataSeen = false;
        quickAcks = 0;
        pingpong = false;
        lastDataAt = 0;
        unacknowledgedBytes = 0;
    }

    /**
     * New in-order data arrived (tcp_event_data_recv): the first of a connection starts quick-ACK
     * mode, and so does a gap longer than the RTO.
     */
    void dataReceived(long now, int bytes, long rtoMicros) {
        if (!dataSeen || now - lastDataAt > rtoMicros) {
            quickAcks = Math.max(quickAcks, MAX_QUICKACKS);
        }
        dataSeen = true;
        lastDataAt = now;
        unacknowledgedBytes += bytes;
    }

    /** The peer's FIN arrived in ESTABLISHED (tcp_fin): an exchange that ends waits for our FIN. */
    void finReceived() {
        pingpong = true;
    }

    /**
     * We sent data (tcp_event_data_sent): a reply within the ACK timeout of the last data received
     * makes the exchange interactive.
     */
    void dataSent(long now) {
        if (dataSeen && now - lastDataAt < TimerProfile.DELAYED_ACK_MICROS) {
            pingpong = true;
        }
    }

    /** A segment arrived that was old or out of order (tcp_enter_quickack_mode). */
    void quickAckAgain() {
        quickAcks = Math.max(quickAcks, MAX_QUICKACKS);
        pingpong = false;
    }

    /** Whether what arrived is acknowledged at once rather than after the delayed-ACK timeout. */
    boolean acknowledgeNow() {
        return unacknowledgedBytes > RECEIVE_MSS || (quickAcks > 0 && !pingpong);
    }

    /** An ACK of received data went out, alone or on a segment of ours (tcp_dec_quickack_mode). */
    void acknowledged() {
        if (quickAcks > 0) {
            quickAcks--;
        }
        unacknowledgedBytes = 0;
    }

    /** The delayed-ACK timer fired (tcp_delack_timer_handler): an interactive exchange is over. */
    void delayedAckFired() {
        pingpong = false;
    }
}
