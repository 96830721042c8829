package tcplab.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalLong;
import tcplab.explain.Formats;

/**
 * The outcome of many runs at one loss rate: how many connections were established and how long
 * setting them up took.
 *
 * @param loss       the loss probability, in both directions
 * @param runs       how many runs
 * @param setupTimes the setup times of the established runs
 */
public record SweepPoint(BigDecimal loss, int runs, SetupTimeHistogram setupTimes) {

    /** The percentiles of the setup time that a sweep reports. */
    public static final List<Integer> PERCENTILES = List.of(50, 90, 99);

    /** The columns of {@link #fields()}. */
    public static final List<String> COLUMNS = List.of("loss", "runs", "established", "p50_ms", "p90_ms", "p99_ms");

    /** How many runs reached ESTABLISHED at the client. */
    public long established() {
        return setupTimes.count();
    }

    /** The share of established runs, with four decimals. */
    public BigDecimal establishedShare() {
        return BigDecimal.valueOf(established()).divide(BigDecimal.valueOf(runs), 4, RoundingMode.HALF_UP);
    }

    /** The setup time below which {@code percent} of the established runs lie; empty if none was established. */
    public OptionalLong percentileMicros(int percent) {
        return setupTimes.percentile(percent);
    }

    /**
     * This point as the sweep writes it, one value per {@link #COLUMNS} entry: the loss rate as
     * given, the runs, the established share and each percentile in milliseconds ({@code -} when no
     * run was established).
     */
    public List<String> fields() {
        String[] fields = new String[3 + PERCENTILES.size()];
        fields[0] = loss.stripTrailingZeros().toPlainString();
        fields[1] = Integer.toString(runs);
        fields[2] = establishedShare().toPlainString();
        for (int i = 0; i < PERCENTILES.size(); i++) {
            OptionalLong micros = percentileMicros(PERCENTILES.get(i));
            fields[3 + i] = micros.isPresent() ? Formats.millis(micros.getAsLong()) : "-";
        }
        return List.of(fields);
    }
}
