package tcplab.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalLong;

/**
 * The outcome of many runs at one loss rate: how many connections were established and how long
 * setting them up took.
 *
 * @param loss       the loss probability, in both directions
 * @param runs       how many runs
 * @param setupTimes the setup times of the established runs
 */
record SweepPoint(BigDecimal loss, int runs, SetupTimeHistogram setupTimes) {

    static final String HEADER = "loss\truns\testablished\tp50_ms\tp90_ms\tp99_ms";

    /** How many runs reached ESTABLISHED at the client. */
    long established() {
        return setupTimes.count();
    }

    /** The share of established runs, with four decimals. */
    BigDecimal establishedShare() {
        return BigDecimal.valueOf(established()).divide(BigDecimal.valueOf(runs), 4, RoundingMode.HALF_UP);
    }

    /** The row {@code sweep} prints under {@link #HEADER}. */
    String row() {
        return String.join("\t", loss.stripTrailingZeros().toPlainString(), Integer.toString(runs),
                establishedShare().toPlainString(),
                millis(setupTimes.percentile(50)), millis(setupTimes.percentile(90)),
                millis(setupTimes.percentile(99)));
    }

    private static String millis(OptionalLong micros) {
        return micros.isPresent() ? TraceTable.millis(micros.getAsLong()) : "-";
    }
}
