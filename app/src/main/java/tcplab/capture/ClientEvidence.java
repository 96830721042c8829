package tcplab.capture;

/** How a connection's client was told from its server. */
public enum ClientEvidence {
    /** The client sent the SYN (or received the SYN+ACK) that opened the connection. */
    SYN,
    /**
     * The capture starts after the handshake: the side that sent the first segment seen is called
     * the client, which may be wrong.
     */
    FIRST_SENDER
}
