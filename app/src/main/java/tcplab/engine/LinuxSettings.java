package tcplab.engine;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kernel settings of both hosts under the {@link TimerProfile#LINUX} profile, each a
 * {@link LinuxSetting}, and the rules of the kernel that turn them into times and counts. The
 * methods name the kernel function whose computation they follow.
 *
 * @param tcpSynRetries        {@link LinuxSetting#TCP_SYN_RETRIES}
 * @param tcpSynackRetries     {@link LinuxSetting#TCP_SYNACK_RETRIES}
 * @param tcpSynLinearTimeouts {@link LinuxSetting#TCP_SYN_LINEAR_TIMEOUTS}
 * @param tcpFinTimeout        {@link LinuxSetting#TCP_FIN_TIMEOUT}, in seconds
 * @param tcpRfc1337           {@link LinuxSetting#TCP_RFC1337}
 * @param tcpTimestamps        {@link LinuxSetting#TCP_TIMESTAMPS}
 */
public record LinuxSettings(int tcpSynRetries, int tcpSynackRetries, int tcpSynLinearTimeouts,
                            int tcpFinTimeout, int tcpRfc1337, int tcpTimestamps) {

    /** Linux's defaults (6.5 and later). */
    public static final LinuxSettings DEFAULTS = new LinuxSettings(
            LinuxSetting.TCP_SYN_RETRIES.defaultValue(), LinuxSetting.TCP_SYNACK_RETRIES.defaultValue(),
            LinuxSetting.TCP_SYN_LINEAR_TIMEOUTS.defaultValue(), LinuxSetting.TCP_FIN_TIMEOUT.defaultValue(),
            LinuxSetting.TCP_RFC1337.defaultValue(), LinuxSetting.TCP_TIMESTAMPS.defaultValue());

    /** TCP_TIMEWAIT_LEN: how long TIME-WAIT lasts, and the pivot of the FIN-WAIT-2 timeout. */
    public static final long TIME_WAIT_MICROS = 60_000_000L;

    private static final long SECOND_MICROS = 1_000_000L;

    /** Every value must be one Linux accepts; else {@link IllegalArgumentException} names the setting and range. */
    public LinuxSettings {
        check(LinuxSetting.TCP_SYN_RETRIES, tcpSynRetries);
        check(LinuxSetting.TCP_SYNACK_RETRIES, tcpSynackRetries);
        check(LinuxSetting.TCP_SYN_LINEAR_TIMEOUTS, tcpSynLinearTimeouts);
        check(LinuxSetting.TCP_FIN_TIMEOUT, tcpFinTimeout);
        check(LinuxSetting.TCP_RFC1337, tcpRfc1337);
        check(LinuxSetting.TCP_TIMESTAMPS, tcpTimestamps);
    }

    private static void check(LinuxSetting setting, long value) {
        if (!setting.accepts(value)) {
            throw new IllegalArgumentException(outOfRange(setting, Long.toString(value)));
        }
    }

    private static String outOfRange(LinuxSetting setting, String value) {
        return setting.sysctlName() + ": " + value + " is outside the range Linux accepts, "
                + setting.min() + ".." + setting.max();
    }

    /** The value of one setting. */
    public int get(LinuxSetting setting) {
        return switch (setting) {
            case TCP_SYN_RETRIES -> tcpSynRetries;
            case TCP_SYNACK_RETRIES -> tcpSynackRetries;
            case TCP_SYN_LINEAR_TIMEOUTS -> tcpSynLinearTimeouts;
            case TCP_FIN_TIMEOUT -> tcpFinTimeout;
            case TCP_RFC1337 -> tcpRfc1337;
            case TCP_TIMESTAMPS -> tcpTimestamps;
        };
    }

    /** These settings with one changed; {@link IllegalArgumentException} if Linux would refuse the value. */
    public LinuxSettings with(LinuxSetting setting, int value) {
        return new LinuxSettings(
                setting == LinuxSetting.TCP_SYN_RETRIES ? value : tcpSynRetries,
                setting == LinuxSetting.TCP_SYNACK_RETRIES ? value : tcpSynackRetries,
                setting == LinuxSetting.TCP_SYN_LINEAR_TIMEOUTS ? value : tcpSynLinearTimeouts,
                setting == LinuxSetting.TCP_FIN_TIMEOUT ? value : tcpFinTimeout,
                setting == LinuxSetting.TCP_RFC1337 ? value : tcpRfc1337,
                setting == LinuxSetting.TCP_TIMESTAMPS ? value : tcpTimestamps);
    }

    /**
     * These settings with {@code assignment} applied, written as {@code sysctl -w} takes it:
     * {@code NAME=VALUE}, the name with or without {@code net.ipv4.}. A malformed assignment, an
     * unknown name or a value Linux would refuse is an {@link IllegalArgumentException} whose
     * message names the setting and, for a value, the range.
     */
    public LinuxSettings with(String assignment) {
        int equals = assignment.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("expected NAME=VALUE, got '" + assignment + "'");
        }
        String name = assignment.substring(0, equals).trim();
        String text = assignment.substring(equals + 1).trim();
        LinuxSetting setting = LinuxSetting.named(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown setting '" + name + "' (known: " + Arrays.stream(LinuxSetting.values())
                        .map(LinuxSetting::sysctlName).collect(Collectors.joining(", ")) + ")"));
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            if (!text.isEmpty() && text.chars().allMatch(c -> Character.isDigit(c) || c == '-' || c == '+')) {
                throw new IllegalArgumentException(outOfRange(setting, text));
            }
            throw new IllegalArgumentException(setting.sysctlName() + ": expected a whole number, got '" + text + "'");
        }
        if (!setting.accepts(value)) {
            throw new IllegalArgumentException(outOfRange(setting, text));
        }
        return with(setting, (int) value);
    }

    /** Whether both hosts put TCP timestamps (RFC 7323) on their segments. */
    public boolean timestamps() {
        return tcpTimestamps != 0;
    }

    /** Whether an RST leaves TIME-WAIT alone (tcp_timewait_state_process). */
    public boolean timeWaitIgnoresReset() {
        return tcpRfc1337 != 0;
    }

    /**
     * Whether the RTO doubles after the {@code retransmissions}-th retransmission of a SYN in
     * SYN-SENT (tcp_retransmit_timer): the first {@code tcp_syn_linear_timeouts} keep it.
     */
    public boolean synBacksOffAfter(int retransmissions) {
        return retransmissions > tcpSynLinearTimeouts;
    }

    /**
     * The most SYN retransmissions connect() makes (tcp_write_timeout): {@code tcp_syn_retries}
     * plus the linear ones.
     */
    public int synRetransmissionsAllowed() {
        return tcpSynRetries + tcpSynLinearTimeouts;
    }

    /**
     * How long after its first SYN connect() gives up at the latest, checked whenever the timer
     * fires (tcp_write_timeout, retransmits_timed_out): the time {@code tcp_syn_retries}
     * retransmissions would take with the initial RTO doubling (tcp_model_timeout), whatever the
     * linear ones did. 127 s by default.
     */
    public long synGiveUpMicros() {
        return modelTimeout(tcpSynRetries, TimerProfile.INITIAL_RTO_MICROS, TimerProfile.LINUX.maxRtoMicros());
    }

    /**
     * tcp_model_timeout: the time {@code boundary} retransmissions take when the RTO starts at
     * {@code rtoBase} and doubles up to {@code rtoMax}.
     */
    static long modelTimeout(int boundary, long rtoBase, long rtoMax) {
        int threshold = 63 - Long.numberOfLeadingZeros(rtoMax / rtoBase); // ilog2
        if (boundary <= threshold) {
            return ((2L << boundary) - 1) * rtoBase;
        }
        return ((2L << threshold) - 1) * rtoBase + (boundary - threshold) * rtoMax;
    }

    /**
     * How long an orphaned connection stays in FIN-WAIT-2, from the ACK of its FIN, when its RTO
     * is {@code rtoMicros}. tcp_fin_time takes {@code tcp_fin_timeout}, at least 3.5 RTO. Up to
     * TCP_TIMEWAIT_LEN (60 s) a FIN-WAIT-2 time-wait socket lasts that long (tcp_rcv_state_process,
     * tcp_time_wait); beyond it the keepalive timer first waits the excess, then a time-wait socket
     * lasts the excess again (tcp_keepalive_timer): 2 x (timeout - 60 s) in all.
     */
    public long finWait2Micros(long rtoMicros) {
        long floor = (rtoMicros << 2) - (rtoMicros >> 1);
        long finTime = Math.max(tcpFinTimeout * SECOND_MICROS, floor);
        if (finTime <= TIME_WAIT_MICROS) {
            return finTime;
        }
        long excess = finTime - TIME_WAIT_MICROS;
        return excess + Math.max(excess, floor);
    }
}
