package tcplab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SetupTimeHistogramTest {

    private static final int[] PERCENTS = {1, 25, 50, 90, 99, 100};

    /** The nearest-rank percentile of a sorted array: the definition the histogram must meet. */
    private static long exact(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 100, 999, 5000})
    void whileTheValuesFitThePercentilesAreTheExactOnes(int size) {
        SplittableRandom random = new SplittableRandom(size);
        long[] times = new long[size];
        SetupTimeHistogram histogram = new SetupTimeHistogram();
        for (int i = 0; i < size; i++) {
            // Few distinct values, many repeats, as loss without jitter gives.
            times[i] = random.nextInt(40) * 1_000_000L + random.nextInt(3) * 250_000L + 100_000;
            histogram.add(times[i]);
        }
        Arrays.sort(times);

        assertThat(histogram.resolutionMicros()).isEqualTo(1);
        assertThat(histogram.count()).isEqualTo(size);
        for (int percent : PERCENTS) {
            assertThat(histogram.percentile(percent)).as("p%d of %d", percent, size).hasValue(exact(times, percent));
        }
    }

    @Test
    void beyondTheBoundBucketsWidenAndPercentilesStayWithinOneBucketOfTheExactOnes() {
        SplittableRandom random = new SplittableRandom(7);
        long[] times = new long[20_000];
        SetupTimeHistogram histogram = new SetupTimeHistogram(64);
        for (int i = 0; i < times.length; i++) {
            times[i] = 100_000 + random.nextLong(5_000_000);
            histogram.add(times[i]);
        }
        Arrays.sort(times);

        assertThat(histogram.buckets()).isLessThanOrEqualTo(64);
        long resolution = histogram.resolutionMicros();
        assertThat(resolution).isGreaterThan(1);
        for (int percent : PERCENTS) {
            long exact = exact(times, percent);
            assertThat(histogram.percentile(percent).getAsLong()).as("p%d", percent)
                    .isEqualTo(exact / resolution * resolution);
        }
    }

    @Test
    void millionsOfDistinctTimesStayWithinTheBucketBound() {
        SetupTimeHistogram histogram = new SetupTimeHistogram();
        int maxSeen = 0;
        for (long micros = 0; micros < 3_000_000; micros++) {
            histogram.add(micros * 37 % 3_000_017);
            maxSeen = Math.max(maxSeen, histogram.buckets());
        }

        assertThat(maxSeen).isLessThanOrEqualTo(SetupTimeHistogram.MAX_BUCKETS);
        assertThat(histogram.count()).isEqualTo(3_000_000);
        assertThat(histogram.percentile(50).getAsLong()).isCloseTo(1_500_000L,
                org.assertj.core.api.Assertions.within(histogram.resolutionMicros() + 40));
    }

    @Test
    void noTimesNoPercentile() {
        assertThat(new SetupTimeHistogram().percentile(50)).isEmpty();
    }
}
