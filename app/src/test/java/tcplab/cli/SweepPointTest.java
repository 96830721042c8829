package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SweepPointTest {

    @Test
    void percentilesUseTheNearestRank() {
        long[] times = new long[100];
        for (int i = 0; i < times.length; i++) {
            times[i] = (100 - i) * 1000L;
        }
        SweepPoint point = new SweepPoint(new BigDecimal("0.1"), 120, 100, times);

        assertThat(point.percentile(50)).hasValue(50_000);
        assertThat(point.percentile(90)).hasValue(90_000);
        assertThat(point.percentile(99)).hasValue(99_000);
        assertThat(point.row()).isEqualTo("0.1\t120\t0.8333\t50.000\t90.000\t99.000");
    }

    @Test
    void withNoEstablishedRunThereAreNoPercentiles() {
        SweepPoint point = new SweepPoint(BigDecimal.ONE, 10, 0, new long[0]);

        assertThat(point.row()).isEqualTo("1\t10\t0.0000\t-\t-\t-");
    }

    @Test
    void runSeedsDependOnBaseAndRunOnly() {
        assertThat(LossSweep.runSeed(1, 0)).isEqualTo(LossSweep.runSeed(1, 0));
        assertThat(LossSweep.runSeed(1, 0)).isNotEqualTo(LossSweep.runSeed(1, 1));
        assertThat(LossSweep.runSeed(1, 0)).isNotEqualTo(LossSweep.runSeed(2, 0));
    }
}
