package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinuxRtoEstimatorTest {

    private final LinuxRtoEstimator rto = new LinuxRtoEstimator(200_000, 120_000_000);

    @Test
    void startsAtOneSecondAndDoublesUpToTheMaximum() {
        assertThat(rto.rtoMicros()).isEqualTo(1_000_000);
        for (int i = 0; i < 10; i++) {
            rto.backOff();
        }
        assertThat(rto.rtoMicros()).isEqualTo(120_000_000);
    }

    @Test
    void firstSampleGivesThreeRoundTripsButAtLeastTheRoundTripPlusRtoMin() {
        rto.sample(100_000, 1, 101);
        assertThat(rto.rtoMicros()).isEqualTo(300_000);
        LinuxRtoEstimator fast = new LinuxRtoEstimator(200_000, 120_000_000);
        fast.sample(20_000, 1, 101);
        assertThat(fast.rtoMicros()).as("20 ms + TCP_RTO_MIN").isEqualTo(220_000);
    }

    @Test
    void theDeviationDecaysOnlyOncePerRoundTrip() {
        // A steady 200 ms: RFC 6298 would go 600, 550, 512.5 ... ms with every sample; Linux keeps
        // 600 ms within the first round trip and then lets RTTVAR fall a quarter of the way per round trip.
        rto.sample(200_000, 1, 101);
        assertThat(rto.rtoMicros()).isEqualTo(600_000);
        rto.sample(200_000, 51, 151); // SND.UNA has not passed 101: same round trip
        assertThat(rto.rtoMicros()).isEqualTo(600_000);
        rto.sample(200_000, 151, 201); // round trip ends; the largest deviation was the first one
        assertThat(rto.rtoMicros()).isEqualTo(600_000);
        rto.sample(200_000, 251, 301);
        assertThat(rto.rtoMicros()).isEqualTo(550_000);
        rto.sample(200_000, 351, 401);
        assertThat(rto.rtoMicros()).as("512.5 ms, rounded up to the jiffy").isEqualTo(513_000);
    }

    @Test
    void aRisingRoundTripRaisesTheRtoAtOnce() {
        rto.sample(100_000, 1, 101);
        rto.sample(300_000, 51, 151);
        assertThat(rto.rtoMicros()).isEqualTo(475_000);
    }

    @Test
    void fallsBackToThreeSecondsOnlyWithoutAMeasurement() {
        rto.backOff();
        rto.handshakeTimedOut();
        assertThat(rto.rtoMicros()).isEqualTo(3_000_000);
        LinuxRtoEstimator measured = new LinuxRtoEstimator(200_000, 120_000_000);
        measured.sample(100_000, 1, 1);
        measured.handshakeTimedOut();
        assertThat(measured.rtoMicros()).isEqualTo(300_000);
    }

    @Test
    void resetForgetsTheMeasurements() {
        rto.sample(100_000, 1, 101);
        rto.reset();
        assertThat(rto.measured()).isFalse();
        assertThat(rto.rtoMicros()).isEqualTo(1_000_000);
    }
}
