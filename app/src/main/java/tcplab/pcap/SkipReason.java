package tcplab.pcap;

/** Why a packet of a capture was skipped rather than read as a TCP segment. */
public enum SkipReason {
    /** A link type this reader does not decode. */
    UNKNOWN_LINK_TYPE,
    /** The frame carries neither IPv4 nor IPv6 (ARP, for instance). */
    NOT_IP,
    /** An IP packet carrying something other than TCP (UDP, ICMP, ...). */
    NOT_TCP,
    /** An IP fragment: the TCP header is not in it, or not whole. */
    FRAGMENT,
    /** The snap length cut the packet before the end of its TCP header. */
    HEADER_CUT_SHORT
}
