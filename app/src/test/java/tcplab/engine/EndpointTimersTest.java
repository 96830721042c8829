package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointTimersTest {

    @Test
    void onlyTheLatestArmingOfARunningTimerExpires() {
        EndpointTimers timers = new EndpointTimers();
        int first = timers.arm(TimerKind.RETRANSMISSION);
        int second = timers.arm(TimerKind.RETRANSMISSION);
        assertThat(timers.expire(TimerKind.RETRANSMISSION, first)).as("re-armed since").isFalse();
        assertThat(timers.isRunning(TimerKind.RETRANSMISSION)).isTrue();
        assertThat(timers.expire(TimerKind.RETRANSMISSION, second)).isTrue();
        assertThat(timers.isRunning(TimerKind.RETRANSMISSION)).as("an expired timer stops").isFalse();
        assertThat(timers.expire(TimerKind.RETRANSMISSION, second)).as("expires once").isFalse();
    }

    @Test
    void aCancelledTimerNeverExpiresAndCancellingTwiceReportsOnce() {
        EndpointTimers timers = new EndpointTimers();
        int armed = timers.arm(TimerKind.DELAYED_ACK);
        assertThat(timers.cancel(TimerKind.DELAYED_ACK)).isTrue();
        assertThat(timers.cancel(TimerKind.DELAYED_ACK)).isFalse();
        assertThat(timers.expire(TimerKind.DELAYED_ACK, armed)).isFalse();
        int again = timers.arm(TimerKind.DELAYED_ACK);
        assertThat(again).isNotEqualTo(armed);
        assertThat(timers.expire(TimerKind.DELAYED_ACK, again)).isTrue();
    }

    @Test
    void theKindsRunIndependently() {
        EndpointTimers timers = new EndpointTimers();
        int timeWait = timers.arm(TimerKind.TIME_WAIT);
        timers.arm(TimerKind.RETRANSMISSION);
        timers.cancel(TimerKind.RETRANSMISSION);
        assertThat(timers.isRunning(TimerKind.TIME_WAIT)).isTrue();
        assertThat(timers.expire(TimerKind.TIME_WAIT, timeWait)).isTrue();
    }
}
