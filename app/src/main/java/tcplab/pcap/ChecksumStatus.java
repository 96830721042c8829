package tcplab.pcap;

/**
 * Whether a captured packet's IPv4 header checksum and TCP checksum hold. A bad checksum is
 * reported, not refused: a host that leaves checksums to its network card (checksum offload)
 * hands the capture its outgoing packets before the card fills the checksum in.
 */
public enum ChecksumStatus {
    /** Both checksums hold. */
    VALID,
    /** The IPv4 header checksum or the TCP checksum does not hold. */
    BAD,
    /** The packet was cut short by the snap length, so the TCP checksum cannot be computed. */
    NOT_CHECKED
}
