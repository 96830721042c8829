package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EventQueueTest {

    @Test
    void entriesComeOutByTimeAndInSchedulingOrderWithinOneTime() {
        EventQueue queue = new EventQueue();
        SplittableRandom random = new SplittableRandom(42);
        List<long[]> scheduled = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            long time = random.nextInt(50);
            scheduled.add(new long[] {time, i});
            queue.add(time, new ScheduledEvent.TimerExpiry(Side.CLIENT, TimerKind.RETRANSMISSION, i));
        }
        scheduled.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        for (long[] expected : scheduled) {
            assertThat(queue.isEmpty()).isFalse();
            assertThat(queue.earliestTime()).isEqualTo(expected[0]);
            ScheduledEvent.TimerExpiry next = (ScheduledEvent.TimerExpiry) queue.poll();
            assertThat(next.generation()).isEqualTo(expected[1]);
        }
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void anApplicationStepIsOneSharedValuePerSide() {
        assertThat(ScheduledEvent.ApplicationStep.of(Side.SERVER)).isSameAs(ScheduledEvent.ApplicationStep.of(Side.SERVER));
        assertThat(ScheduledEvent.ApplicationStep.of(Side.CLIENT).side()).isEqualTo(Side.CLIENT);
    }
}
