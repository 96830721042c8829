package tcplab.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static tcplab.HandmadeTraces.DELAY;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.HandmadeTraces;
import tcplab.engine.Flag;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentEvent;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerKind;
import tcplab.engine.TraceEvent;

class TraceCursorTest {

    private final TraceCursor handshake = new TraceCursor(HandmadeTraces.handshake());

    @Test
    void eachHostIsInItsLastStateAtOrBeforeT() {
        assertThat(handshake.stateAt(Side.CLIENT, 0)).isEqualTo(TcpState.SYN_SENT);
        assertThat(handshake.stateAt(Side.SERVER, 0)).isEqualTo(TcpState.LISTEN);
        assertThat(handshake.stateAt(Side.SERVER, DELAY - 1)).isEqualTo(TcpState.LISTEN);
        assertThat(handshake.stateAt(Side.SERVER, DELAY)).isEqualTo(TcpState.SYN_RECEIVED);
        assertThat(handshake.stateAt(Side.CLIENT, 2 * DELAY - 1)).isEqualTo(TcpState.SYN_SENT);
        assertThat(handshake.stateAt(Side.CLIENT, 2 * DELAY)).isEqualTo(TcpState.ESTABLISHED);
        assertThat(handshake.stateAt(Side.SERVER, 3 * DELAY)).isEqualTo(TcpState.ESTABLISHED);
    }

    @Test
    void beforeAnyStateChangeAHostIsInTheFirstChangesFromState() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.timeWait());
        assertThat(cursor.stateAt(Side.SERVER, 0)).isEqualTo(TcpState.ESTABLISHED);
    }

    @Test
    void aPacketInFlightIsInterpolatedBetweenSenderAndReceiver() {
        Frame frame = handshake.frameAt(DELAY / 4);
        assertThat(frame.packets()).singleElement().satisfies(packet -> {
            assertThat(packet.flight().segment().flags()).containsExactly(Flag.SYN);
            assertThat(packet.flight().sender()).isEqualTo(Side.CLIENT);
            assertThat(packet.progress()).isCloseTo(0.25, within(1e-9));
            assertThat(packet.falling()).isFalse();
        });
    }

    @Test
    void aDeliveredPacketLeavesTheWireAndTheReplyStartsAtItsSender() {
        Frame frame = handshake.frameAt(DELAY);
        assertThat(frame.packets()).singleElement().satisfies(packet -> {
            assertThat(packet.flight().segment().flags()).containsExactlyInAnyOrder(Flag.SYN, Flag.ACK);
            assertThat(packet.progress()).isZero();
        });
        assertThat(handshake.frameAt(3 * DELAY).packets()).isEmpty();
    }

    @Test
    void aLostSegmentTravelsToMidWireThenFalls() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.lostSyn());
        Flight lost = cursor.flights().get(0);
        assertThat(lost.dropped()).isTrue();

        assertThat(cursor.frameAt(DELAY / 4).packets()).singleElement().satisfies(packet -> {
            assertThat(packet.progress()).isCloseTo(0.25, within(1e-9));
            assertThat(packet.falling()).isFalse();
        });
        assertThat(cursor.frameAt(DELAY / 2 + DELAY / 4).packets()).singleElement().satisfies(packet -> {
            assertThat(packet.progress()).isCloseTo(0.5, within(1e-9));
            assertThat(packet.fall()).isCloseTo(0.5, within(1e-9));
        });
        assertThat(cursor.frameAt(DELAY).packets()).isEmpty();
    }

    @Test
    void aRetransmissionAndALinkCopyAreMarkedAsSuch() {
        TraceCursor lost = new TraceCursor(HandmadeTraces.lostSyn());
        assertThat(lost.flights()).extracting(Flight::retransmission).containsExactly(false, true);

        TraceCursor copied = new TraceCursor(HandmadeTraces.duplicated());
        assertThat(copied.flights()).extracting(Flight::duplicate).containsExactly(false, true);
        assertThat(copied.flights()).extracting(Flight::ordinal).containsExactly(1, 1);
        assertThat(copied.frameAt(DELAY + 5_000).packets()).singleElement()
                .satisfies(packet -> assertThat(packet.flight().duplicate()).isTrue());
    }

    @Test
    void aTimerRunsFromArmedUntilFiredWithItsTrueRemainingTime() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.lostSyn());
        assertThat(cursor.frameAt(250_000).timers()).singleElement().satisfies(timer -> {
            assertThat(timer.kind()).isEqualTo(TimerKind.RETRANSMISSION);
            assertThat(timer.remainingMicros()).isEqualTo(750_000);
            assertThat(timer.fractionRemaining()).isCloseTo(0.75, within(1e-9));
            assertThat(timer.attempt()).isZero();
        });
        assertThat(cursor.frameAt(1_000_000).timers()).singleElement().satisfies(timer -> {
            assertThat(timer.attempt()).isEqualTo(1);
            assertThat(timer.remainingMicros()).isEqualTo(2_000_000);
        });
    }

    @Test
    void aCancelledTimerStopsRunning() {
        assertThat(handshake.frameAt(2 * DELAY - 1).timers()).hasSize(1);
        assertThat(handshake.frameAt(2 * DELAY).timers()).isEmpty();
    }

    @Test
    void timeWaitCountsDownTrueSeconds() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.timeWait());
        assertThat(cursor.frameAt(3 * DELAY + 20_000_000).timers(Side.CLIENT)).singleElement()
                .satisfies(timer -> assertThat(timer.remainingMicros()).isEqualTo(40_000_000));
        assertThat(cursor.frameAt(cursor.endTime()).state(Side.CLIENT)).isEqualTo(TcpState.CLOSED);
    }

    @Test
    void stepsGoEventByEventFromBeforeTheFirstToTheEnd() {
        Position at = handshake.start();
        assertThat(handshake.frameAt(at).currentEvent()).isEmpty();
        assertThat(handshake.frameAt(at).packets()).isEmpty();
        List<TraceEvent> visited = new ArrayList<>();
        for (int i = 0; i < handshake.eventCount(); i++) {
            at = handshake.nextStep(at);
            assertThat(at.applied()).isEqualTo(i + 1);
            assertThat(at.time()).isEqualTo(handshake.event(i).time());
            visited.add(handshake.frameAt(at).currentEvent().orElseThrow());
        }
        assertThat(visited).isEqualTo(handshake.trace().events());
        Position end = handshake.nextStep(at);
        assertThat(end).isEqualTo(handshake.position(handshake.endTime()));
        assertThat(handshake.nextStep(end)).isEqualTo(end);
        for (int i = handshake.eventCount() - 1; i >= 0; i--) {
            assertThat(handshake.frameAt(at).currentEvent()).containsSame(handshake.event(i));
            at = handshake.previousStep(at);
        }
        assertThat(at).isEqualTo(handshake.start());
        assertThat(handshake.previousStep(at)).isEqualTo(handshake.start());
    }

    @Test
    void fromATimeBetweenEventsTheStepsAreTheEventsAroundIt() {
        Position between = handshake.position(DELAY + 1);
        Position next = handshake.nextStep(between);
        assertThat(next.time()).isEqualTo(2 * DELAY);
        assertThat(handshake.frameAt(next).currentEvent()).containsSame(handshake.event(next.applied() - 1));
        assertThat(next.applied()).isEqualTo(between.applied() + 1);
        Position previous = handshake.previousStep(between);
        assertThat(previous.time()).isEqualTo(DELAY);
        assertThat(previous.applied()).isEqualTo(between.applied());
    }

    @Test
    void atEachStepOfABusyInstantExactlyTheEventsSoFarAreShown() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.passiveCloseAtOnce());
        List<TraceEvent> events = cursor.trace().events();
        for (int applied = 0; applied <= events.size(); applied++) {
            Position at = applied == 0 ? cursor.start() : cursor.stepOnto(applied - 1);
            Frame frame = cursor.frameAt(at);
            List<TraceEvent> happened = events.subList(0, applied);
            long sent = happened.stream().filter(SegmentSent.class::isInstance).count();
            long arrived = happened.stream().filter(SegmentDelivered.class::isInstance).count();
            assertThat(frame.packets()).as("packets after %d events", applied).hasSize((int) (sent - arrived));
            TcpState server = TcpState.ESTABLISHED;
            for (TraceEvent event : happened) {
                if (event instanceof StateChanged change && change.side() == Side.SERVER) {
                    server = change.to();
                }
            }
            assertThat(frame.state(Side.SERVER)).as("server after %d events", applied).isEqualTo(server);
            assertThat(frame.latestEvents()).allSatisfy(event -> assertThat(event.time()).isEqualTo(at.time()));
        }
    }

    @Test
    void aPassiveCloseAtOnceShowsCloseWaitThenTheAckThenLastAckThenTheFin() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.passiveCloseAtOnce());
        Position arrival = cursor.nextStep(cursor.nextStep(cursor.nextStep(cursor.start())));
        assertThat(cursor.frameAt(arrival).currentEvent()).get().isInstanceOf(SegmentDelivered.class);
        Position closeWait = cursor.nextStep(arrival);
        assertThat(cursor.frameAt(closeWait).state(Side.SERVER)).isEqualTo(TcpState.CLOSE_WAIT);
        assertThat(cursor.frameAt(closeWait).packets()).as("the FIN has arrived and no answer has left yet").isEmpty();
        Position ack = cursor.nextStep(closeWait);
        assertThat(cursor.frameAt(ack).packets()).singleElement()
                .satisfies(packet -> assertThat(packet.flight().segment().flags()).containsExactly(Flag.ACK));
        assertThat(cursor.frameAt(ack).state(Side.SERVER)).isEqualTo(TcpState.CLOSE_WAIT);
        Position lastAck = cursor.nextStep(cursor.nextStep(ack));
        assertThat(cursor.frameAt(lastAck).state(Side.SERVER)).isEqualTo(TcpState.LAST_ACK);
        assertThat(cursor.frameAt(lastAck).packets()).hasSize(1);
        Position fin = cursor.nextStep(lastAck);
        assertThat(cursor.frameAt(fin).packets()).hasSize(2);
        assertThat(cursor.frameAt(fin)).as("playing passes the instant whole").isEqualTo(cursor.frameAt(DELAY));
    }

    @Test
    void segmentsLeavingOneSenderInOneInstantAreATrainInTheOrderTheyLeft() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.passiveCloseAtOnce());
        assertThat(cursor.flights()).extracting(Flight::trainIndex, Flight::trainSize)
                .containsExactly(tuple(0, 1), tuple(0, 2), tuple(1, 2));
        TraceCursor copied = new TraceCursor(HandmadeTraces.duplicated());
        assertThat(copied.flights()).extracting(Flight::trainIndex).containsExactly(0, 1);
        assertThat(handshake.flights()).extracting(Flight::trainSize).containsOnly(1);
    }

    @Test
    void aFlightKnowsTheEventsThatStartAndEndIt() {
        for (Flight flight : handshake.flights()) {
            assertThat(handshake.event(flight.sentIndex())).isInstanceOf(SegmentSent.class);
            assertThat(handshake.event(flight.endIndex())).isInstanceOf(SegmentDelivered.class);
            assertThat(((SegmentEvent) handshake.event(flight.endIndex())).transmissionId()).isEqualTo(flight.transmissionId());
        }
    }

    @Test
    void steppedOntoItsDropALostSegmentIsShownLostBeforeItFalls() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.lostSyn());
        Flight lost = cursor.flights().get(0);
        Position before = cursor.previousStep(cursor.stepOnto(lost.endIndex()));
        assertThat(cursor.frameAt(before).packets()).singleElement().satisfies(packet -> assertThat(packet.lost()).isFalse());
        assertThat(cursor.frameAt(before).droppable()).containsExactly(lost);
        Frame dropped = cursor.frameAt(cursor.stepOnto(lost.endIndex()));
        assertThat(dropped.packets()).singleElement().satisfies(packet -> {
            assertThat(packet.lost()).isTrue();
            assertThat(packet.fall()).isZero();
            assertThat(packet.progress()).isCloseTo(0.5, within(1e-9));
        });
        assertThat(dropped.droppable()).isEmpty();
    }

    @Test
    void theNearestPositionKeepsTheEventsThatHappenedWhereTheTraceAllows() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.passiveCloseAtOnce());
        Position ackSent = cursor.stepOnto(4);
        assertThat(cursor.nearest(ackSent)).isEqualTo(ackSent);
        TraceCursor other = new TraceCursor(HandmadeTraces.handshake());
        assertThat(other.nearest(ackSent)).isEqualTo(new Position(DELAY, other.position(DELAY - 1).applied()));
        assertThat(other.nearest(new Position(DELAY, 100))).isEqualTo(other.position(DELAY));
        assertThat(other.nearest(new Position(10 * other.endTime(), 0)).time()).isEqualTo(other.endTime());
    }

    @Test
    void theDiagramGivesEachThingDrawnInOneInstantARowOfItsOwn() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.passiveCloseAtOnce());
        // 0 ms: FIN-WAIT-1, FIN sent. 50 ms: FIN arrives, CLOSE-WAIT, ACK sent, close, LAST-ACK, FIN sent. 100 ms: both arrive.
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < cursor.eventCount(); i++) {
            rows.add(cursor.rows().row(i));
        }
        assertThat(rows).containsExactly(0, 1, 1, 2, 3, 3, 4, 5, 5, 6);
        assertThat(cursor.rows().row(cursor.start())).isZero();
        assertThat(cursor.rows().row(cursor.position(cursor.endTime()))).isEqualTo(cursor.rows().total()).isEqualTo(6);
        assertThat(new TraceCursor(HandmadeTraces.handshake()).rows().total())
                .as("two states and the SYN at 0, then an arrival, a state and an answer, then an arrival and a state")
                .isEqualTo(7);
    }

    @Test
    void theLatestEventsAreThoseOfTheLastEventTimeAtOrBeforeT() {
        Frame frame = handshake.frameAt(2 * DELAY + 10);
        assertThat(frame.latestEvents()).allSatisfy(event -> assertThat(event.time()).isEqualTo(2 * DELAY));
        assertThat(frame.latestEvents()).anySatisfy(event -> assertThat(event).isInstanceOf(SegmentSent.class));
        assertThat(frame.currentEvent()).get().isInstanceOf(SegmentSent.class);
        assertThat(frame.transition(Side.CLIENT)).get().extracting(StateChanged::to).isEqualTo(TcpState.ESTABLISHED);
    }

    @Test
    void theSameTimeAlwaysGivesAnEqualFrame() {
        TraceCursor other = new TraceCursor(HandmadeTraces.handshake());
        for (long t = 0; t <= 200_000; t += 7_000) {
            assertThat(handshake.frameAt(t)).isEqualTo(other.frameAt(t));
        }
    }
}
