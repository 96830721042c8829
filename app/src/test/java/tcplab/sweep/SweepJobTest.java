package tcplab.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tcplab.engine.LinuxSettings;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

class SweepJobTest {

    private static final List<BigDecimal> LOSSES = List.of(BigDecimal.ZERO, new BigDecimal("0.2"), new BigDecimal("0.4"));

    private static SimulationInput base(TimerProfile profile, int linearTimeouts) {
        Scenario handshake = ScenarioCatalog.find("handshake").orElseThrow();
        return handshake.input(profile, 1, OptionalLong.of(1000), OptionalLong.of(5000))
                .withLinux(LinuxSettings.DEFAULTS.with(tcplab.engine.LinuxSetting.TCP_SYN_LINEAR_TIMEOUTS, linearTimeouts));
    }

    private static SweepJob job(long seed, int runs) {
        return new SweepJob(List.of(new SweepJob.Setup("A", "handshake", base(TimerProfile.LINUX, 4)),
                new SweepJob.Setup("B", "handshake", base(TimerProfile.LINUX, 0))), LOSSES, runs, seed);
    }

    private static List<List<String>> rows(List<SweepSeries> series) {
        List<List<String>> rows = new ArrayList<>();
        series.forEach(one -> one.points().forEach(point -> rows.add(point.fields())));
        return rows;
    }

    @Test
    void theSameSeedGivesTheSameResultsAndAnotherSeedOthers() {
        List<SweepSeries> first = job(7, 300).run(() -> false, made -> { }).orElseThrow();
        List<SweepSeries> again = job(7, 300).run(() -> false, made -> { }).orElseThrow();
        List<SweepSeries> other = job(8, 300).run(() -> false, made -> { }).orElseThrow();

        assertThat(rows(again)).isEqualTo(rows(first));
        assertThat(rows(other)).isNotEqualTo(rows(first));
        assertThat(first).extracting(SweepSeries::name).containsExactly("A", "B");
        assertThat(first.get(0).points()).extracting(SweepPoint::loss).isEqualTo(LOSSES);
    }

    @Test
    void linearSynTimeoutsConnectSoonerUnderLossThanDoubling() {
        List<SweepSeries> series = job(3, 500).run(() -> false, made -> { }).orElseThrow();
        SweepPoint linear = series.get(0).points().get(2);
        SweepPoint doubling = series.get(1).points().get(2);

        assertThat(linear.percentileMicros(90).getAsLong()).isLessThan(doubling.percentileMicros(90).getAsLong());
    }

    @Test
    void chunksGiveWhatOneGoGives() {
        SweepSeries chunked = job(5, 450).run(() -> false, made -> { }).orElseThrow().get(0);
        LossSweep whole = new LossSweep(RunInputs.varying(base(TimerProfile.LINUX, 4)), 5);

        for (int i = 0; i < LOSSES.size(); i++) {
            assertThat(chunked.points().get(i).fields()).isEqualTo(whole.point(LOSSES.get(i), 450).fields());
        }
    }

    @Test
    void progressCountsEveryRunOnce() {
        List<Long> reported = new ArrayList<>();
        SweepJob job = job(1, 250);
        job.run(() -> false, reported::add);

        assertThat(reported).isSorted();
        assertThat(reported.get(reported.size() - 1)).isEqualTo(job.totalRuns()).isEqualTo(2L * 3 * 250);
    }

    @Test
    void aStoppedJobYieldsNothing() {
        AtomicInteger looks = new AtomicInteger();
        Optional<List<SweepSeries>> result = job(1, 1000).run(() -> looks.incrementAndGet() > 3, made -> { });

        assertThat(result).isEmpty();
        assertThat(looks.get()).as("stops at the first look that says so").isEqualTo(4);
    }

    @Test
    void aRateIsNoPointUntilEveryRunIsMade() {
        LossSweep.Rate rate = new LossSweep(RunInputs.varying(base(TimerProfile.RFC, 4)), 1)
                .rate(new BigDecimal("0.1"), 10);
        assertThat(rate.run(4)).isEqualTo(4);
        assertThat(rate.finished()).isFalse();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(rate::point);
        assertThat(rate.run(100)).isEqualTo(10);
        assertThat(rate.point().runs()).isEqualTo(10);
    }
}
