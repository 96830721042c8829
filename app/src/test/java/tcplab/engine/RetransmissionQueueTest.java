package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static tcplab.engine.FlagSets.ACK;
import static tcplab.engine.FlagSets.FIN;
import static tcplab.engine.FlagSets.PSH;
import static tcplab.engine.FlagSets.SYN;

import org.junit.jupiter.api.Test;

class RetransmissionQueueTest {

    @Test
    void anAckRetiresOnlyTheSegmentsItCoversEntirely() {
        RetransmissionQueue queue = new RetransmissionQueue();
        queue.keep(100, 0, SYN, 0);          // 100
        queue.keep(101, 10, PSH | ACK, 0);   // 101..110
        queue.keep(111, 0, FIN | ACK, 0);    // 111
        assertThat(queue.retire(101)).as("the SYN takes one number").isEqualTo(1);
        assertThat(queue.retire(105)).as("half of the data").isZero();
        assertThat(queue.oldestSeq()).isEqualTo(101);
        assertThat(queue.oldestLength()).isEqualTo(10);
        assertThat(queue.oldestControl()).as("only SYN and FIN are kept").isZero();
        assertThat(queue.retire(111)).isEqualTo(1);
        assertThat(queue.oldestControl()).isEqualTo(FIN);
        assertThat(queue.retire(112)).isEqualTo(1);
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    void sequenceNumbersWrapAround() {
        RetransmissionQueue queue = new RetransmissionQueue();
        queue.keep(0xFFFF_FFFEL, 4, PSH | ACK, 0); // ends at 2 after the wrap
        assertThat(queue.retire(1)).isZero();
        assertThat(queue.retire(2)).isEqualTo(1);
    }

    @Test
    void growsBeyondItsFirstCapacityInOrderAndClears() {
        RetransmissionQueue queue = new RetransmissionQueue();
        for (int i = 0; i < 20; i++) {
            queue.keep(i * 10L, 10, PSH | ACK, 0);
        }
        assertThat(queue.retire(150)).isEqualTo(15);
        assertThat(queue.oldestSeq()).isEqualTo(150);
        queue.clear();
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.retire(1_000)).isZero();
    }

    @Test
    void remembersWhenTheRetiredSegmentsWereSentAndWhetherAnyWentTwice() {
        RetransmissionQueue queue = new RetransmissionQueue();
        queue.keep(100, 10, PSH | ACK, 1_000);    // 100..109
        queue.keep(110, 10, PSH | ACK, 2_000);    // 110..119
        queue.keep(120, 10, PSH | ACK, 3_000);    // 120..129
        assertThat(queue.retire(120)).isEqualTo(2);
        assertThat(queue.retiredSentAt()).isEqualTo(1_000);
        assertThat(queue.retiredRetransmitted()).isFalse();
        queue.markOldestRetransmitted();
        assertThat(queue.retire(130)).isEqualTo(1);
        assertThat(queue.retiredSentAt()).isEqualTo(3_000);
        assertThat(queue.retiredRetransmitted()).isTrue();
    }
}
