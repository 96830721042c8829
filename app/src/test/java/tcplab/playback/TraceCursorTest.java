package tcplab.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tcplab.HandmadeTraces.DELAY;

import org.junit.jupiter.api.Test;
import tcplab.HandmadeTraces;
import tcplab.engine.Flag;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerKind;

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
    void stepsStopAtEveryEventTime() {
        assertThat(handshake.steps()).extracting(Position::time).containsExactly(0L, DELAY, 2 * DELAY, 3 * DELAY);
        assertThat(handshake.nextStep(handshake.position(0)).time()).isEqualTo(DELAY);
        assertThat(handshake.nextStep(handshake.position(DELAY + 1)).time()).isEqualTo(2 * DELAY);
        assertThat(handshake.nextStep(handshake.position(3 * DELAY))).isEqualTo(handshake.position(handshake.endTime()));
        assertThat(handshake.previousStep(handshake.position(DELAY + 1)).time()).isEqualTo(DELAY);
        assertThat(handshake.previousStep(handshake.position(DELAY)).time()).isZero();
        assertThat(handshake.previousStep(handshake.position(0))).isEqualTo(handshake.position(0));
    }

    @Test
    void aStateThatLastsNoTimeIsStillAStepOfItsOwn() {
        TraceCursor cursor = new TraceCursor(HandmadeTraces.passiveCloseAtOnce());
        Position arrival = cursor.nextStep(cursor.position(0));
        assertThat(arrival.time()).isEqualTo(DELAY);
        Frame closeWait = cursor.frameAt(arrival);
        assertThat(closeWait.state(Side.SERVER)).isEqualTo(TcpState.CLOSE_WAIT);
        assertThat(closeWait.packets()).as("the FIN has arrived and no answer has left yet").isEmpty();
        assertThat(closeWait.latestEvents()).last().isInstanceOf(StateChanged.class);

        Position next = cursor.nextStep(arrival);
        assertThat(next).isEqualTo(cursor.position(DELAY));
        Frame lastAck = cursor.frameAt(next);
        assertThat(lastAck.state(Side.SERVER)).isEqualTo(TcpState.LAST_ACK);
        assertThat(lastAck.packets()).hasSize(2).allSatisfy(packet -> assertThat(packet.flight().sender()).isEqualTo(Side.SERVER));
        assertThat(lastAck.latestEvents()).first().isInstanceOf(SegmentSent.class);

        assertThat(cursor.previousStep(next)).isEqualTo(arrival);
        assertThat(cursor.frameAt(DELAY).state(Side.SERVER)).as("playing passes the instant whole").isEqualTo(TcpState.LAST_ACK);
    }

    @Test
    void theLatestEventsAreThoseOfTheLastEventTimeAtOrBeforeT() {
        Frame frame = handshake.frameAt(2 * DELAY + 10);
        assertThat(frame.latestEvents()).allSatisfy(event -> assertThat(event.time()).isEqualTo(2 * DELAY));
        assertThat(frame.latestEvents()).anySatisfy(event -> assertThat(event).isInstanceOf(SegmentSent.class));
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
