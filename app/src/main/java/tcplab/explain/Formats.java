package tcplab.explain;

import java.util.Locale;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.Trace;

/** How numbers are written on screen; the same in both languages, as protocol tools write them. */
public final class Formats {

    private Formats() {
    }

    /** Microseconds as seconds with millisecond precision, e.g. {@code 1.050}. */
    public static String seconds(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1e6);
    }

    /**
     * A time of {@code trace} as seconds, as precise as the trace's times are: milliseconds
     * ({@code 1.050}) while every event falls on a whole millisecond, as in a lesson without
     * jitter, else microseconds ({@code 0.000043}), so that a loopback capture's events, tens of
     * microseconds apart, do not all read {@code 0.000}. One trace keeps one precision throughout.
     */
    public static String seconds(Trace trace, long micros) {
        return trace.wholeMilliseconds() ? seconds(micros) : preciseSeconds(micros);
    }

    /** Microseconds as seconds with microsecond precision, e.g. {@code 0.000043}. */
    public static String preciseSeconds(long micros) {
        return String.format(Locale.ROOT, "%.6f", micros / 1e6);
    }

    /** Microseconds as milliseconds with three decimals, e.g. {@code 1030.000}, exact and locale-independent. */
    public static String millis(long micros) {
        String sign = micros < 0 ? "-" : "";
        long magnitude = Math.abs(micros);
        String fraction = Long.toString(magnitude % 1000);
        return sign + magnitude / 1000 + "." + "000".substring(fraction.length()) + fraction;
    }

    /** Remaining time on a countdown: tenths below a minute, whole seconds above. */
    public static String countdown(long micros) {
        double seconds = micros / 1e6;
        return seconds >= 60
                ? String.format(Locale.ROOT, "%.0f", seconds)
                : String.format(Locale.ROOT, "%.1f", seconds);
    }

    public static long seq(Trace trace, int transmissionId, Segment segment, boolean relative) {
        return relative ? trace.relativeNumbers().seq(transmissionId, segment) : segment.seq();
    }

    public static long ack(Trace trace, int transmissionId, Segment segment, boolean relative) {
        return relative ? trace.relativeNumbers().ack(transmissionId, segment) : segment.ack();
    }

    /** The header fields a packet shows, as Wireshark abbreviates them, two spaces apart. */
    public static String numbers(Trace trace, int transmissionId, Segment segment, boolean relative) {
        return numbers(trace, transmissionId, segment, relative, "  ");
    }

    /** The header fields a packet shows, as Wireshark abbreviates them, {@code separator} between them. */
    public static String numbers(Trace trace, int transmissionId, Segment segment, boolean relative, String separator) {
        StringBuilder text = new StringBuilder("seq ").append(seq(trace, transmissionId, segment, relative));
        if (segment.has(Flag.ACK)) {
            text.append(separator).append("ack ").append(ack(trace, transmissionId, segment, relative));
        }
        return text.append(separator).append("len ").append(segment.length()).toString();
    }
}
