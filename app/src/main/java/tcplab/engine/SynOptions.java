package tcplab.engine;

/**
 * What a SYN or SYN+ACK announces in its options besides the timestamps (which a {@link Segment}
 * carries as {@code tsVal} and {@code tsEcr}): the largest segment its sender takes, whether it
 * understands selective acknowledgments, and the shift it applies to its later window fields.
 * Every other segment carries {@link #NONE}.
 *
 * @param mss           the maximum segment size it takes (RFC 9293 3.7.1); 0 for none announced
 * @param sackPermitted whether it offers selective acknowledgments (RFC 2018)
 * @param windowScale   the window scale shift it announces (RFC 7323 2.2), or {@link #NO_WINDOW_SCALE}
 */
public record SynOptions(int mss, boolean sackPermitted, int windowScale) {

    /** The value of {@link #windowScale} where the option is not sent. */
    public static final int NO_WINDOW_SCALE = -1;

    /** RFC 7323 2.3: the largest shift. */
    private static final int MAX_WINDOW_SCALE = 14;

    /** No options: a segment that is no SYN. */
    public static final SynOptions NONE = new SynOptions(0, false, NO_WINDOW_SCALE);

    /**
     * What an RFC 9293 host offers: the MSS option only. RFC 9293 3.7.1 asks for it in every SYN
     * when the MSS differs from the default 536 (SHLD-5); SACK, window scale and timestamps are
     * extensions of other RFCs.
     */
    public static final SynOptions RFC_9293 = new SynOptions(NetworkConfig.MSS, false, NO_WINDOW_SCALE);

    /**
     * What a Linux host offers with its defaults (tcp_syn_options in net/ipv4/tcp_output.c): MSS,
     * SACK permitted (tcp_sack = 1) and window scale (tcp_window_scaling = 1), with the shift
     * tcp_select_initial_window picks for the default receive buffer; the timestamps follow
     * tcp_timestamps.
     */
    public static final SynOptions LINUX = new SynOptions(NetworkConfig.MSS, true, NetworkConfig.WINDOW_SCALE);

    public SynOptions {
        if (mss < 0 || mss > 0xFFFF) {
            throw new IllegalArgumentException("an MSS takes 16 bits: " + mss);
        }
        if (windowScale < NO_WINDOW_SCALE || windowScale > MAX_WINDOW_SCALE) {
            throw new IllegalArgumentException("a window scale shift is 0 to 14: " + windowScale);
        }
    }

    /** Whether the window scale option is sent. */
    public boolean windowScaled() {
        return windowScale != NO_WINDOW_SCALE;
    }

    /**
     * What a SYN+ACK offers in answer to a SYN that offered {@code peer}: SACK and window scale only
     * if the SYN offered them too (tcp_synack_options: ireq->sack_ok, ireq->wscale_ok); the MSS
     * always.
     */
    public SynOptions answering(SynOptions peer) {
        return new SynOptions(mss, sackPermitted && peer.sackPermitted,
                peer.windowScaled() ? windowScale : NO_WINDOW_SCALE);
    }
}
