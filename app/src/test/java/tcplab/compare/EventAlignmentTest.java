package tcplab.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tcplab.compare.EventAlignment.Row;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentEvent;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.playback.TraceCursor;

/**
 * The rows of two traces whose instants hold different numbers of events: matched events stay
 * level below the instant, and an event only one trace has faces a gap in the other.
 */
class EventAlignmentTest {

    private static final long ISN_CLIENT = 1000;
    private static final long ISN_SERVER = 5000;

    @Test
    void anAckAndDataInOneInstantBesideTheDataSentLaterInsertOneRowInBothAndKeepEverythingAfterLevel() {
        // The capture: the handshake's last ACK and the first data leave the client in one microsecond.
        Trace together = handshakeThen(List.of(0L, 0L));
        // The simulation: the same two segments, the data 40 ms after the ACK.
        Trace apart = handshakeThen(List.of(0L, 40_000L));

        EventAlignment alignment = align(together, apart);

        assertThat(alignment.rows()).allMatch(Row::matched);
        assertThat(alignment.gaps(true)).isEmpty();
        assertThat(alignment.gaps(false)).isEmpty();
        Row ack = rowOf(alignment, together, "ACK", 0);
        Row data = rowOf(alignment, together, "PSH+ACK", 0);
        assertThat(data.insertedRows()).as("the data is drawn a row below the ACK it shares an instant with")
                .isEqualTo(ack.insertedRows() + 1);
        // Alone, the capture inserts more rows than the simulation; side by side both insert the same.
        assertThat(new TraceCursor(together).rows().total()).isGreaterThan(new TraceCursor(apart).rows().total());
        assertThat(alignment.diagramRows(true).total()).isEqualTo(alignment.diagramRows(false).total());
        Row last = alignment.rows().get(alignment.rows().size() - 1);
        assertThat(alignment.diagramRows(true).row(last.first())).isEqualTo(alignment.diagramRows(false).row(last.second()));
    }

    @Test
    void aPassiveCloseThatAcknowledgesTheFinAloneFirstLeavesAGapRowBesideTheSimulatedPiggybackedAck() {
        // The capture: the server acknowledges the FIN at once and sends its own FIN in the same instant.
        Trace separate = passiveClose(true);
        // The simulation: one FIN+ACK carries both.
        Trace piggybacked = passiveClose(false);

        EventAlignment alignment = align(separate, piggybacked);

        List<Row> gaps = alignment.gaps(false);
        assertThat(gaps).hasSize(2).allSatisfy(gap -> {
            TraceEvent onlyInCapture = separate.events().get(gap.first());
            assertThat(((SegmentEvent) onlyInCapture).segment().flags()).containsExactly(Flag.ACK);
            assertThat(((SegmentEvent) onlyInCapture).segment().from()).isEqualTo(Side.SERVER);
        });
        assertThat(alignment.gaps(true)).isEmpty();
        // The gap is drawn in the instant of the event it stands for, one row apart from its neighbours.
        Row sentGap = gaps.get(0);
        assertThat(sentGap.secondTime()).isEqualTo(sentGap.firstTime());
        Row fin = alignment.rows().get(alignment.rows().indexOf(sentGap) + 1);
        assertThat(fin.matched()).isTrue();
        assertThat(fin.insertedRows()).isEqualTo(sentGap.insertedRows() + 1);
        assertThat(segmentOf(separate, fin.first()).flags()).containsExactlyInAnyOrder(Flag.FIN, Flag.ACK);
        assertThat(segmentOf(piggybacked, fin.second()).flags()).containsExactlyInAnyOrder(Flag.FIN, Flag.ACK);
        // Every row after the gap is level in both diagrams: the same rows inserted above it.
        for (Row row : alignment.rows().subList(alignment.rows().indexOf(fin), alignment.rows().size())) {
            if (row.matched()) {
                assertThat(alignment.diagramRows(true).row(row.first()))
                        .isEqualTo(alignment.diagramRows(false).row(row.second()));
            }
        }
    }

    @Test
    void theSameStatesInAnotherOrderWithinAnInstantMatchAsFarAsTheOrderAllows() {
        Trace listenFirst = new Trace(List.of(
                new StateChanged(0, Side.SERVER, TcpState.CLOSED, TcpState.LISTEN),
                new StateChanged(0, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT)), 0);
        Trace synSentFirst = new Trace(List.of(
                new StateChanged(0, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT),
                new StateChanged(0, Side.SERVER, TcpState.CLOSED, TcpState.LISTEN)), 0);

        EventAlignment alignment = align(listenFirst, synSentFirst);

        assertThat(alignment.rows()).hasSize(3);
        assertThat(alignment.rows()).filteredOn(Row::matched).singleElement();
        assertThat(alignment.rows()).extracting(Row::insertedRows).containsExactly(0, 1, 2);
    }

    @Test
    void aGapIsDrawnNoEarlierThanItsOwnSidesLastEventNorLaterThanItsNext() {
        // The second trace loses nothing but has no state changes: each of the first's is a gap there.
        Trace withStates = handshakeThen(List.of(0L));
        List<TraceEvent> segmentsOnly = withStates.events().stream()
                .filter(event -> !(event instanceof StateChanged)).toList();
        Trace withoutStates = new Trace(segmentsOnly, withStates.endTime());

        EventAlignment alignment = align(withStates, withoutStates);

        assertThat(alignment.gaps(false)).hasSize((int) withStates.events().stream()
                .filter(StateChanged.class::isInstance).count());
        long previous = Long.MIN_VALUE;
        for (Row row : alignment.rows()) {
            assertThat(row.secondTime()).isGreaterThanOrEqualTo(previous);
            previous = row.secondTime();
        }
    }

    private static EventAlignment align(Trace first, Trace second) {
        return EventAlignment.of(first, second, TraceComparison.of(first, second, 0));
    }

    private static Row rowOf(EventAlignment alignment, Trace trace, String flags, int nth) {
        return alignment.rows().stream()
                .filter(row -> trace.events().get(row.first()) instanceof SegmentSent sent
                        && sent.segment().flagsJoined("+").equals(flags))
                .skip(nth).findFirst().orElseThrow();
    }

    private static Segment segmentOf(Trace trace, int index) {
        return ((SegmentEvent) trace.events().get(index)).segment();
    }

    /**
     * A handshake over a 50 ms link, then the client's ACK and 4 bytes of data sent at the given
     * offsets after the SYN+ACK arrives (the ACK's first), each delivered 50 ms later.
     */
    private static Trace handshakeThen(List<Long> ackAndDataOffsets) {
        List<TraceEvent> events = new ArrayList<>();
        Segment syn = new Segment(Side.CLIENT, ISN_CLIENT, 0, EnumSet.of(Flag.SYN), 0, 65535);
        Segment synAck = new Segment(Side.SERVER, ISN_SERVER, ISN_CLIENT + 1, EnumSet.of(Flag.SYN, Flag.ACK), 0, 65535);
        events.add(new StateChanged(0, Side.SERVER, TcpState.CLOSED, TcpState.LISTEN));
        events.add(new StateChanged(0, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT));
        events.add(new SegmentSent(0, Side.CLIENT, 1, 1, syn, false));
        events.add(new SegmentDelivered(50_000, Side.SERVER, 1, syn));
        events.add(new StateChanged(50_000, Side.SERVER, TcpState.LISTEN, TcpState.SYN_RECEIVED));
        events.add(new SegmentSent(50_000, Side.SERVER, 2, 1, synAck, false));
        events.add(new SegmentDelivered(100_000, Side.CLIENT, 2, synAck));
        events.add(new StateChanged(100_000, Side.CLIENT, TcpState.SYN_SENT, TcpState.ESTABLISHED));
        List<Segment> sent = List.of(
                new Segment(Side.CLIENT, ISN_CLIENT + 1, ISN_SERVER + 1, EnumSet.of(Flag.ACK), 0, 65535),
                new Segment(Side.CLIENT, ISN_CLIENT + 1, ISN_SERVER + 1, EnumSet.of(Flag.PSH, Flag.ACK), 4, 65535));
        List<TraceEvent> later = new ArrayList<>();
        for (int i = 0; i < ackAndDataOffsets.size(); i++) {
            long at = 100_000 + ackAndDataOffsets.get(i);
            later.add(new SegmentSent(at, Side.CLIENT, 3 + i, 2 + i, sent.get(i), false));
            later.add(new SegmentDelivered(at + 50_000, Side.SERVER, 3 + i, sent.get(i)));
            if (i == 0) {
                later.add(new StateChanged(at + 50_000, Side.SERVER, TcpState.SYN_RECEIVED, TcpState.ESTABLISHED));
            }
        }
        // Stable: events of one instant keep the order they were made in.
        later.sort((a, b) -> Long.compare(a.time(), b.time()));
        events.addAll(later);
        return new Trace(events, events.get(events.size() - 1).time());
    }

    /**
     * The client's FIN over a 50 ms link, and the server's answer in the instant it arrives:
     * an ACK and then its own FIN+ACK, or one FIN+ACK alone; each delivered 50 ms later.
     */
    private static Trace passiveClose(boolean separateAck) {
        Set<Flag> finAck = EnumSet.of(Flag.FIN, Flag.ACK);
        Segment syn = new Segment(Side.CLIENT, ISN_CLIENT, 0, EnumSet.of(Flag.SYN), 0, 65535);
        Segment synAck = new Segment(Side.SERVER, ISN_SERVER, ISN_CLIENT + 1, EnumSet.of(Flag.SYN, Flag.ACK), 0, 65535);
        Segment clientFin = new Segment(Side.CLIENT, ISN_CLIENT + 1, ISN_SERVER + 1, finAck, 0, 65535);
        Segment ack = new Segment(Side.SERVER, ISN_SERVER + 1, ISN_CLIENT + 2, EnumSet.of(Flag.ACK), 0, 65535);
        Segment serverFin = new Segment(Side.SERVER, ISN_SERVER + 1, ISN_CLIENT + 2, finAck, 0, 65535);
        List<TraceEvent> events = new ArrayList<>(List.of(
                new SegmentSent(0, Side.CLIENT, 1, 1, syn, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, syn),
                new SegmentSent(50_000, Side.SERVER, 2, 1, synAck, false),
                new SegmentDelivered(100_000, Side.CLIENT, 2, synAck),
                new SegmentSent(200_000, Side.CLIENT, 3, 2, clientFin, false),
                new SegmentDelivered(250_000, Side.SERVER, 3, clientFin)));
        if (separateAck) {
            events.add(new SegmentSent(250_000, Side.SERVER, 4, 2, ack, false));
            events.add(new SegmentSent(250_000, Side.SERVER, 5, 3, serverFin, false));
            events.add(new SegmentDelivered(300_000, Side.CLIENT, 4, ack));
            events.add(new SegmentDelivered(300_000, Side.CLIENT, 5, serverFin));
        } else {
            events.add(new SegmentSent(250_000, Side.SERVER, 4, 2, serverFin, false));
            events.add(new SegmentDelivered(300_000, Side.CLIENT, 4, serverFin));
        }
        return new Trace(events, 300_000);
    }
}
