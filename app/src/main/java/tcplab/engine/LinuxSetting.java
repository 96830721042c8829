package tcplab.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * A kernel setting (a sysctl under {@code net.ipv4}) that the {@link TimerProfile#LINUX} profile
 * follows, with the range Linux accepts for it and its default. Ranges are those of the kernel's
 * sysctl table ({@code net/ipv4/sysctl_net_ipv4.c}), defaults those of
 * {@code Documentation/networking/ip-sysctl.rst} on Linux 6.5 and later.
 */
public enum LinuxSetting {

    /**
     * How many times connect() retransmits its SYN, before the linear ones are added (see
     * {@link LinuxSettings#synRetransmissionsAllowed()}). A u8 from 1 to MAX_TCP_SYNCNT (127).
     */
    TCP_SYN_RETRIES("tcp_syn_retries", 1, 127, 6),

    /** How many times a listener retransmits a SYN+ACK. A u8 with no further limit: 0 to 255. */
    TCP_SYNACK_RETRIES("tcp_synack_retries", 0, 255, 5),

    /**
     * How many SYN retransmissions keep the initial RTO before it doubles; new in Linux 6.5,
     * before which the behaviour was that of 0. A u8 from 0 to MAX_TCP_SYNCNT (127).
     */
    TCP_SYN_LINEAR_TIMEOUTS("tcp_syn_linear_timeouts", 0, 127, 4),

    /**
     * Seconds an orphaned connection (closed by its application) stays in FIN-WAIT-2. An int read
     * by proc_dointvec_jiffies, which refuses values whose jiffies overflow an int: with HZ=1000,
     * as Ubuntu and Fedora build it, -2147483 to 2147483; a value below 3.5 RTO acts as 3.5 RTO.
     */
    TCP_FIN_TIMEOUT("tcp_fin_timeout", -2_147_483, 2_147_483, 60),

    /**
     * Non-zero: TIME-WAIT ignores an RST instead of ending (the RFC 1337 fix against TIME-WAIT
     * assassination). A u8, 0 to 255.
     */
    TCP_RFC1337("tcp_rfc1337", 0, 255, 0),

    /**
     * Non-zero: offer TCP timestamps (RFC 7323) in the SYN, used when both ends offer them
     * (1 with a random offset per connection, 2 without). A u8, 0 to 255.
     */
    TCP_TIMESTAMPS("tcp_timestamps", 0, 255, 1);

    /** The prefix of these settings' full names, as {@code sysctl} prints them. */
    public static final String PREFIX = "net.ipv4.";

    private final String sysctlName;
    private final int min;
    private final int max;
    private final int defaultValue;

    LinuxSetting(String sysctlName, int min, int max, int defaultValue) {
        this.sysctlName = sysctlName;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
    }

    /** The name as Linux spells it, without the {@link #PREFIX}, e.g. {@code tcp_syn_retries}. */
    public String sysctlName() {
        return sysctlName;
    }

    /** The least value Linux accepts. */
    public int min() {
        return min;
    }

    /** The greatest value Linux accepts. */
    public int max() {
        return max;
    }

    /** Linux's default. */
    public int defaultValue() {
        return defaultValue;
    }

    /** Whether Linux accepts {@code value} for this setting. */
    public boolean accepts(long value) {
        return value >= min && value <= max;
    }

    /** The setting a name stands for, with or without {@link #PREFIX}, in any letter case. */
    public static Optional<LinuxSetting> named(String name) {
        String bare = name.toLowerCase(Locale.ROOT);
        if (bare.startsWith(PREFIX)) {
            bare = bare.substring(PREFIX.length());
        }
        for (LinuxSetting setting : values()) {
            if (setting.sysctlName.equals(bare)) {
                return Optional.of(setting);
            }
        }
        return Optional.empty();
    }
}
