package tcplab.engine;

/** A TCP header control bit the lab shows, in the order traces print them. */
public enum Flag {
    SYN,
    FIN,
    RST,
    PSH,
    ACK
}
