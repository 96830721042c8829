package tcplab.capture;

/** What shows an inferred state change, and so how far to trust its time. */
public enum StateEvidence {
    /** A segment the capture shows its host sending or receiving; the change happens with it. */
    SEGMENT,
    /**
     * A segment assumed to have arrived, which nothing later confirms (its receiver sends nothing
     * after it): had it been lost after the capture point, the host would still be in the state
     * before.
     */
    UNCONFIRMED_ARRIVAL,
    /**
     * A later segment shows that the change happened, but not when (a timer the capture cannot
     * see): the change is shown at the first segment that reveals it.
     */
    LATER_SEGMENT,
    /**
     * A RST reaching a host in TIME-WAIT: RFC 9293 (section 3.10.7.4) closes the connection, a host
     * that follows RFC 1337 (Linux with {@code tcp_rfc1337=1}) ignores it and stays in TIME-WAIT.
     * No later segment need tell the two apart.
     */
    RESET_IN_TIME_WAIT,
    /** The host was in this state when the capture began (a listening server, or a connection already open). */
    BEFORE_CAPTURE
}
