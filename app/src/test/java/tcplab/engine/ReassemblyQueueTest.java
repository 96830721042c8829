package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReassemblyQueueTest {

    @Test
    void aHeldSegmentComesOutOnlyOnceTheStreamReachesIt() {
        ReassemblyQueue queue = new ReassemblyQueue();
        queue.hold(120, 10, false);
        queue.hold(130, 0, true);
        assertThat(queue.removeReachable(100)).as("a gap before both").isFalse();
        assertThat(queue.removeReachable(120)).isTrue();
        assertThat(queue.removedSeq()).isEqualTo(120);
        assertThat(queue.removedLength()).isEqualTo(10);
        assertThat(queue.removedFin()).isFalse();
        assertThat(queue.removeReachable(120)).as("the FIN still lies beyond").isFalse();
        assertThat(queue.removeReachable(130)).isTrue();
        assertThat(queue.removedFin()).isTrue();
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void aSegmentAlreadyPassedIsReachableSoThatItCanBeDiscarded() {
        ReassemblyQueue queue = new ReassemblyQueue();
        queue.hold(50, 5, false);
        assertThat(queue.removeReachable(200)).isTrue();
        assertThat(queue.removedSeq()).isEqualTo(50);
    }

    @Test
    void keepsOneCopyOfADuplicateAndNoMoreThanItsCapacity() {
        ReassemblyQueue queue = new ReassemblyQueue();
        queue.hold(200, 10, false);
        queue.hold(200, 10, false);
        assertThat(queue.size()).isEqualTo(1);
        for (int i = 1; i <= ReassemblyQueue.CAPACITY + 3; i++) {
            queue.hold(200 + 10L * i, 10, false);
        }
        assertThat(queue.size()).isEqualTo(ReassemblyQueue.CAPACITY);
        queue.clear();
        assertThat(queue.removeReachable(10_000)).isFalse();
    }

    @Test
    void comparesInSequenceSpaceAcrossTheWrap() {
        ReassemblyQueue queue = new ReassemblyQueue();
        queue.hold(5, 10, false); // just after the wrap
        assertThat(queue.removeReachable(0xFFFF_FFF0L)).isFalse();
        assertThat(queue.removeReachable(5)).isTrue();
    }
}
