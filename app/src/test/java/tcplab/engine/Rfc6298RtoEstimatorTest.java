package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The RFC 6298 computation, figure by figure from the RFC's formulas. */
class Rfc6298RtoEstimatorTest {

    private static final long MS = 1_000;

    @Test
    void startsAtOneSecondAndTheFirstSampleSetsSrttAndHalfOfItAsRttvar() {
        Rfc6298RtoEstimator rto = new Rfc6298RtoEstimator(200 * MS, 120_000 * MS);
        assertThat(rto.rtoMicros()).as("RFC 6298 2.1").isEqualTo(1_000 * MS);
        rto.sample(100 * MS, 0, 0);
        // SRTT 100, RTTVAR 50: RTO = 100 + 4 * 50 = 300 ms (2.2)
        assertThat(rto.rtoMicros()).isEqualTo(300 * MS);
    }

    @Test
    void laterSamplesSmoothWithAlphaOneEighthAndBetaOneQuarter() {
        Rfc6298RtoEstimator rto = new Rfc6298RtoEstimator(0, 120_000 * MS);
        rto.sample(100 * MS, 0, 0);
        rto.sample(300 * MS, 0, 0);
        // RTTVAR = 3/4 * 50 + 1/4 * |100 - 300| = 87.5; SRTT = 7/8 * 100 + 1/8 * 300 = 125 (2.3)
        assertThat(rto.rtoMicros()).isEqualTo(125 * MS + 4 * 87_500);
    }

    @Test
    void theClockGranularityIsTheLeastVarianceTerm() {
        Rfc6298RtoEstimator rto = new Rfc6298RtoEstimator(0, 120_000 * MS);
        rto.sample(10 * MS, 0, 0);
        for (int i = 0; i < 100; i++) {
            rto.sample(10 * MS, 0, 0);
        }
        assertThat(rto.rtoMicros()).isEqualTo(10 * MS + Rfc6298RtoEstimator.CLOCK_GRANULARITY_MICROS);
    }

    @Test
    void staysWithinTheBoundsAndDoublesOnEveryTimeoutUpToTheMaximum() {
        Rfc6298RtoEstimator rto = new Rfc6298RtoEstimator(1_000 * MS, 60_000 * MS);
        rto.sample(10 * MS, 0, 0);
        assertThat(rto.rtoMicros()).as("2.4: at least the minimum").isEqualTo(1_000 * MS);
        rto.backOff();
        assertThat(rto.rtoMicros()).as("5.5").isEqualTo(2_000 * MS);
        for (int i = 0; i < 10; i++) {
            rto.backOff();
        }
        assertThat(rto.rtoMicros()).as("2.5: at most the maximum").isEqualTo(60_000 * MS);
    }

    @Test
    void aHandshakeTimeoutLeavesThreeSecondsAndANewConnectionStartsAfresh() {
        Rfc6298RtoEstimator rto = new Rfc6298RtoEstimator(200 * MS, 120_000 * MS);
        rto.backOff();
        rto.handshakeTimedOut();
        assertThat(rto.rtoMicros()).as("5.7").isEqualTo(3_000 * MS);
        rto.sample(100 * MS, 0, 0);
        rto.reset();
        assertThat(rto.rtoMicros()).isEqualTo(1_000 * MS);
        rto.sample(40 * MS, 0, 0);
        assertThat(rto.rtoMicros()).as("the first sample after a reset is a first sample again")
                .isEqualTo(200 * MS);
    }

    @Test
    void eachProfileMakesAFreshEstimatorOfItsOwnKind() {
        RtoEstimator rfc = TimerProfile.RFC.newRtoEstimator();
        RtoEstimator linux = TimerProfile.LINUX.newRtoEstimator();
        assertThat(rfc).isNotSameAs(TimerProfile.RFC.newRtoEstimator()).isInstanceOf(Rfc6298RtoEstimator.class);
        assertThat(linux).isInstanceOf(LinuxRtoEstimator.class);
        rfc.sample(10 * MS, 0, 0);
        linux.sample(10 * MS, 0, 0);
        assertThat(rfc.rtoMicros()).isEqualTo(TimerProfile.RFC.minRtoMicros());
        assertThat(linux.rtoMicros()).as("the round trip plus tcp_rto_min")
                .isEqualTo(10 * MS + TimerProfile.LINUX.minRtoMicros());
    }
}
