package tcplab.pcap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.Side;
import tcplab.engine.Trace;

class ConnectionOriginsTest {

    private static Segment segment(Side from, long seq, long ack, Flag... flags) {
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        set.addAll(List.of(flags));
        return new Segment(from, seq, ack, set, 0, 1000);
    }

    @Test
    void numbersCountFromTheTracesIsnsUntilASideSendsANewSyn() {
        ConnectionOrigins origins = new ConnectionOrigins(
                new Trace(List.of(), Map.of(Side.CLIENT, 100L, Side.SERVER, 4_294_967_290L), 0));
        Segment oldAck = segment(Side.CLIENT, 165, 4_294_967_296L + 10, Flag.ACK);

        assertThat(origins.relativeSeq(oldAck)).isEqualTo(65);
        assertThat(origins.relativeAck(oldAck)).as("across the 2^32 wrap").isEqualTo(16);

        Segment newSyn = segment(Side.CLIENT, 900_000, 0, Flag.SYN);
        origins.sent(newSyn);
        assertThat(origins.relativeSeq(newSyn)).isZero();
        assertThat(origins.relativeAck(newSyn)).as("no ACK flag").isZero();
        assertThat(origins.relativeSeq(oldAck)).as("the old segment, seen from the new connection")
                .isEqualTo(4_294_967_296L - 899_835);

        Segment synAck = segment(Side.SERVER, 50, 900_001, Flag.SYN, Flag.ACK);
        origins.sent(synAck);
        assertThat(origins.relativeSeq(synAck)).isZero();
        assertThat(origins.relativeAck(synAck)).isEqualTo(1);
    }
}
