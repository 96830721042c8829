package tcplab.engine;

/**
 * Timer constants. {@link #RFC} follows RFC 9293 and RFC 6298; {@link #LINUX} follows Linux's
 * defaults ({@code include/net/tcp.h}, {@code ip-sysctl.rst}).
 */
public enum TimerProfile {
    /** MSL 2 min so TIME-WAIT 240 s; minimum RTO 1 s; SYN attempts for at least 3 minutes. */
    RFC,
    /** TIME-WAIT 60 s, RTO 200 ms to 120 s, tcp_syn_retries 6, tcp_synack_retries 5. */
    LINUX
}
