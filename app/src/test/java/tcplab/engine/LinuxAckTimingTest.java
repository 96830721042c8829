package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinuxAckTimingTest {

    private static final long RTO = 300_000;
    private final LinuxAckTiming timing = new LinuxAckTiming();

    @Test
    void theFirstDataOfAConnectionIsAcknowledgedAtOnce() {
        timing.dataReceived(150_000, 64, RTO);
        assertThat(timing.acknowledgeNow()).isTrue();
    }

    @Test
    void quickAcksRunOutAfterSixteen() {
        for (int i = 0; i < LinuxAckTiming.MAX_QUICKACKS; i++) {
            timing.dataReceived(i * 100_000L, 10, RTO);
            assertThat(timing.acknowledgeNow()).as("ACK %d", i + 1).isTrue();
            timing.acknowledged();
        }
        timing.dataReceived(1_650_000, 10, RTO);
        assertThat(timing.acknowledgeNow()).isFalse();
    }

    @Test
    void aFinMakesTheAckWaitForOurOwnFin() {
        timing.dataReceived(150_000, 64, RTO);
        timing.acknowledged();
        timing.finReceived();
        assertThat(timing.acknowledgeNow()).isFalse();
    }

    @Test
    void aQuickReplyMakesTheExchangeInteractiveUntilTheDelayedAckFires() {
        timing.dataReceived(150_000, 64, RTO);
        timing.acknowledged();
        timing.dataSent(150_000);
        timing.dataReceived(250_000, 64, RTO);
        assertThat(timing.acknowledgeNow()).isFalse();
        timing.delayedAckFired();
        timing.acknowledged();
        timing.dataReceived(300_000, 64, RTO);
        assertThat(timing.acknowledgeNow()).isTrue();
    }

    @Test
    void aSlowReplyDoesNotMakeItInteractive() {
        timing.dataReceived(150_000, 64, RTO);
        timing.acknowledged();
        timing.dataSent(250_000);
        timing.dataReceived(260_000, 64, RTO);
        assertThat(timing.acknowledgeNow()).isTrue();
    }

    @Test
    void moreThanAFullSegmentUnacknowledgedIsAcknowledgedEvenWhenInteractive() {
        timing.dataReceived(0, 10, RTO);
        timing.acknowledged();
        timing.finReceived();
        timing.dataReceived(10_000, 500, RTO);
        assertThat(timing.acknowledgeNow()).isFalse();
        timing.dataReceived(20_000, 100, RTO);
        assertThat(timing.acknowledgeNow()).isTrue();
    }

    @Test
    void oldDataStartsQuickAcksAgain() {
        timing.dataReceived(0, 10, RTO);
        timing.acknowledged();
        timing.finReceived();
        timing.quickAckAgain();
        assertThat(timing.acknowledgeNow()).isTrue();
    }
}
