package tcplab.sweep;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Setup times counted by value, in memory bounded by the number of distinct values rather than
 * the number of runs. While at most {@link #MAX_BUCKETS} distinct microsecond values occur, each
 * has its own count and percentiles are exact. Beyond that (jitter can make every run differ),
 * neighbouring values are merged into buckets of 2, then 4, 8, ... microseconds, as many times as
 * needed to stay within the bound; a percentile is then the lower end of its bucket, at most
 * {@link #resolutionMicros()} - 1 below the exact value.
 */
public final class SetupTimeHistogram {

    /** The most buckets held at once: a few megabytes. */
    public static final int MAX_BUCKETS = 1 << 16;

    private final int maxBuckets;
    /** Count per bucket; a bucket's key is its times shifted right by {@link #shift}. */
    private TreeMap<Long, Long> counts = new TreeMap<>();
    private int shift;
    private long total;

    public SetupTimeHistogram() {
        this(MAX_BUCKETS);
    }

    public SetupTimeHistogram(int maxBuckets) {
        this.maxBuckets = maxBuckets;
    }

    /** Counts one setup time, in microseconds (not negative). */
    public void add(long micros) {
        counts.merge(micros >> shift, 1L, Long::sum);
        total++;
        while (counts.size() > maxBuckets) {
            coarsen();
        }
    }

    private void coarsen() {
        TreeMap<Long, Long> merged = new TreeMap<>();
        for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
            merged.merge(bucket.getKey() >> 1, bucket.getValue(), Long::sum);
        }
        counts = merged;
        shift++;
    }

    /** How many times were counted. */
    public long count() {
        return total;
    }

    /** How many buckets are held now; never more than the bound given at construction. */
    public int buckets() {
        return counts.size();
    }

    /** The width of a bucket: 1 while every percentile is exact. */
    public long resolutionMicros() {
        return 1L << shift;
    }

    /** The time below which {@code percent} of the counted times lie, by nearest rank. */
    public OptionalLong percentile(int percent) {
        if (total == 0) {
            return OptionalLong.empty();
        }
        long rank = Math.max(1, (percent * total + 99) / 100);
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return OptionalLong.of(bucket.getKey() << shift);
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total + " counted times");
    }
}
