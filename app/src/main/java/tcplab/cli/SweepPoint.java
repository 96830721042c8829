package tcplab.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The outcome of many runs at one loss rate: how many connections were established and how long
 * setting them up took.
 *
 * @param loss        the loss probability, in both directions
 * @param runs        how many runs
 * @param established how many of them reached ESTABLISHED at the client
 * @param setupMicros the setup times of the established runs, sorted ascending
 */
record SweepPoint(BigDecimal loss, int runs, int established, long[] setupMicros) {

    static final String HEADER = "loss\truns\testablished\tp50_ms\tp90_ms\tp99_ms";

    SweepPoint {
        setupMicros = setupMicros.clone();
        Arrays.sort(setupMicros);
        if (setupMicros.length != established) {
            throw new IllegalArgumentException("one setup time per established run");
        }
    }

    /** The setup time below which {@code percent} of the established runs lie (nearest rank). */
    OptionalLong percentile(int percent) {
        if (setupMicros.length == 0) {
            return OptionalLong.empty();
        }
        int rank = (int) Math.ceil(percent / 100.0 * setupMicros.length);
        return OptionalLong.of(setupMicros[Math.max(rank, 1) - 1]);
    }

    /** The share of established runs, with four decimals. */
    BigDecimal establishedShare() {
        return BigDecimal.valueOf(established).divide(BigDecimal.valueOf(runs), 4, RoundingMode.HALF_UP);
    }

    /** The row {@code sweep} prints under {@link #HEADER}. */
    String row() {
        return String.join("\t", loss.stripTrailingZeros().toPlainString(), Integer.toString(runs),
                establishedShare().toPlainString(),
                millis(percentile(50)), millis(percentile(90)), millis(percentile(99)));
    }

    private static String millis(OptionalLong micros) {
        return micros.isPresent() ? TraceTable.millis(micros.getAsLong()) : "-";
    }
}
