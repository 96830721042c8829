package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wireshark's relative numbers, case by case. Each case was checked against tshark 4.0 on a
 * capture holding exactly these segments.
 */
class RelativeNumbersTest {

    private final List<TraceEvent> events = new ArrayList<>();

    private int send(Side from, long seq, long ack, Flag... flags) {
        EnumSet<Flag> set = EnumSet.noneOf(Flag.class);
        set.addAll(List.of(flags));
        int id = events.size() + 1;
        events.add(new SegmentSent(id, from, id, id, new Segment(from, seq, ack, set, 0, 1000), false));
        return id;
    }

    private String numbers(int id) {
        RelativeNumbers numbers = RelativeNumbers.of(events);
        Segment segment = ((SegmentSent) events.get(id - 1)).segment();
        return numbers.seq(id, segment) + "/" + numbers.ack(id, segment);
    }

    @Test
    void theRstOfAClosedPortShowsOneAsItsSequenceNumber() {
        send(Side.CLIENT, 100, 0, Flag.SYN);
        int reset = send(Side.SERVER, 0, 101, Flag.RST, Flag.ACK);
        assertThat(numbers(1)).isEqualTo("0/0");
        assertThat(numbers(reset)).as("no SYN from the server: its first seq less one is the base").isEqualTo("1/1");
    }

    @Test
    void aSideWithoutSynTakesItsBaseFromTheFirstAcknowledgmentOfItIfThatComesFirst() {
        send(Side.SERVER, 5000, 1000, Flag.ACK);
        int client = send(Side.CLIENT, 2000, 5000, Flag.ACK);
        assertThat(numbers(1)).isEqualTo("1/1");
        assertThat(numbers(client)).isEqualTo("1001/1");
    }

    @Test
    void aSynAckWithANewIsnMovesItsSidesBase() {
        send(Side.CLIENT, 100, 0, Flag.SYN);
        send(Side.SERVER, 700, 101, Flag.SYN, Flag.ACK);
        send(Side.CLIENT, 101, 0, Flag.RST);
        int again = send(Side.SERVER, 900, 101, Flag.SYN, Flag.ACK);
        int ack = send(Side.CLIENT, 101, 901, Flag.ACK);
        assertThat(numbers(3)).as("an RST without ACK shows ack 0").isEqualTo("1/0");
        assertThat(numbers(again)).isEqualTo("0/1");
        assertThat(numbers(ack)).isEqualTo("1/1");
    }

    @Test
    void aSynWithANewSequenceNumberStartsANewConnectionWhoseNumbersStartAgain() {
        send(Side.CLIENT, 100, 0, Flag.SYN);
        send(Side.SERVER, 700, 101, Flag.SYN, Flag.ACK);
        send(Side.CLIENT, 101, 701, Flag.FIN, Flag.ACK);
        send(Side.SERVER, 701, 102, Flag.FIN, Flag.ACK);
        int newSyn = send(Side.CLIENT, 5000, 0, Flag.SYN);
        int oldAck = send(Side.SERVER, 702, 102, Flag.ACK);
        int synAck = send(Side.SERVER, 9000, 5001, Flag.SYN, Flag.ACK);
        assertThat(numbers(4)).isEqualTo("1/2");
        assertThat(numbers(newSyn)).isEqualTo("0/0");
        assertThat(numbers(oldAck)).as("the server's base is forgotten; the client's is the new SYN")
                .isEqualTo("1/" + (4_294_967_296L + 102 - 5000));
        assertThat(numbers(synAck)).isEqualTo("0/1");
    }

    @Test
    void aRepeatedSynWithTheSameNumberStaysInItsConnection() {
        send(Side.CLIENT, 100, 0, Flag.SYN);
        send(Side.SERVER, 0, 101, Flag.RST, Flag.ACK);
        send(Side.CLIENT, 100, 0, Flag.SYN);
        int reset = send(Side.SERVER, 0, 101, Flag.RST, Flag.ACK);
        assertThat(numbers(reset)).isEqualTo("1/1");
    }

    @Test
    void numbersWrapAroundTwoToTheThirtyTwoAndEveryEventOfATransmissionSharesThem() {
        int syn = send(Side.CLIENT, 4_294_967_290L, 0, Flag.SYN);
        Segment data = new Segment(Side.CLIENT, 4_294_967_291L + 10 - 4_294_967_296L, 0, EnumSet.of(Flag.PSH), 5, 1000);
        events.add(new SegmentSent(2, Side.CLIENT, 2, 2, data, false));
        events.add(new SegmentDuplicated(2, Side.CLIENT, 2, 3, data));
        RelativeNumbers numbers = RelativeNumbers.of(events);
        assertThat(numbers.seq(syn, ((SegmentSent) events.get(0)).segment())).isZero();
        assertThat(numbers.seq(2, data)).isEqualTo(11);
        assertThat(numbers.seq(3, data)).as("the link's copy").isEqualTo(11);
        assertThat(numbers.seq(99, data)).as("never sent: the raw number").isEqualTo(data.seq());
    }
}
