package tcplab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SweepPointTest {

    @Test
    void percentilesUseTheNearestRank() {
        SetupTimeHistogram times = new SetupTimeHistogram();
        for (int i = 0; i < 100; i++) {
            times.add((100 - i) * 1000L);
        }
        SweepPoint point = new SweepPoint(new BigDecimal("0.1"), 120, times);

        assertThat(point.established()).isEqualTo(100);
        assertThat(point.fields()).containsExactly("0.1", "120", "0.8333", "50.000", "90.000", "99.000");
    }

    @Test
    void withNoEstablishedRunThereAreNoPercentiles() {
        SweepPoint point = new SweepPoint(BigDecimal.ONE, 10, new SetupTimeHistogram());

        assertThat(point.fields()).containsExactly("1", "10", "0.0000", "-", "-", "-");
    }

    @Test
    void runSeedsDependOnBaseAndRunOnly() {
        assertThat(LossSweep.runSeed(1, 0)).isEqualTo(LossSweep.runSeed(1, 0));
        assertThat(LossSweep.runSeed(1, 0)).isNotEqualTo(LossSweep.runSeed(1, 1));
        assertThat(LossSweep.runSeed(1, 0)).isNotEqualTo(LossSweep.runSeed(2, 0));
    }
}
