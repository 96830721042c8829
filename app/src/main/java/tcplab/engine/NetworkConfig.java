package tcplab.engine;

/**
 * The fixed addresses, ports and TCP options of the two simulated hosts. Every connection of a
 * run, including a later one on the same address/port pair, uses these.
 */
public final class NetworkConfig {

    /** 192.168.0.10, as a 32-bit big-endian value. */
    public static final int CLIENT_ADDRESS = 0xC0A8_000A;
    /** 192.168.0.20, as a 32-bit big-endian value. */
    public static final int SERVER_ADDRESS = 0xC0A8_0014;
    /** The client's ephemeral port. */
    public static final int CLIENT_PORT = 50_000;
    /** The server's well-known port (HTTP). */
    public static final int SERVER_PORT = 80;
    /** The maximum segment size both hosts announce in their SYN (Ethernet MTU 1500 - 40). */
    public static final int MSS = 1460;
    /** The receive window both hosts advertise: 44 x 1460, Linux's usual first window. */
    public static final int WINDOW = 64_240;
    /**
     * The window scale shift a Linux host announces in its SYN: tcp_select_initial_window picks the
     * least shift that lets the window field cover the largest receive buffer (tcp_rmem's 6 MB).
     */
    public static final int WINDOW_SCALE = 7;

    private NetworkConfig() {
    }

    /** The IPv4 address of a side, as a 32-bit big-endian value. */
    public static int address(Side side) {
        return side == Side.CLIENT ? CLIENT_ADDRESS : SERVER_ADDRESS;
    }

    /** The TCP port of a side. */
    public static int port(Side side) {
        return side == Side.CLIENT ? CLIENT_PORT : SERVER_PORT;
    }
}
