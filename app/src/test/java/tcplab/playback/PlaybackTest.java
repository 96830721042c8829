package tcplab.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tcplab.HandmadeTraces.DELAY;

import org.junit.jupiter.api.Test;
import tcplab.HandmadeTraces;
import tcplab.engine.Side;
import tcplab.engine.TcpState;

class PlaybackTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void playingAdvancesByScreenTimeTimesSpeed() {
        Playback playback = new Playback(HandmadeTraces.handshake());
        playback.play();
        playback.advance((long) (TimeScale.FLIGHT_SECONDS * SECOND / 2));
        assertThat(playback.time()).isCloseTo(DELAY / 2, within(2L));

        playback.setSpeed(PlaybackSpeed.DOUBLE);
        playback.advance((long) (TimeScale.FLIGHT_SECONDS * SECOND / 4));
        assertThat(playback.time()).isCloseTo(DELAY, within(2L));
    }

    @Test
    void pausedPlaybackDoesNotMove() {
        Playback playback = new Playback(HandmadeTraces.handshake());
        assertThat(playback.advance(SECOND)).isFalse();
        assertThat(playback.time()).isZero();
    }

    @Test
    void playingStopsAtTheEndAndPlayAgainStartsOver() {
        Playback playback = new Playback(HandmadeTraces.timeWait());
        playback.play();
        playback.advance(60 * SECOND);
        assertThat(playback.atEnd()).isTrue();
        assertThat(playback.playing()).isFalse();
        assertThat(playback.frame().state(Side.CLIENT)).isEqualTo(TcpState.CLOSED);
        playback.play();
        assertThat(playback.time()).isZero();
    }

    @Test
    void sixtySecondsOfTimeWaitPlayInAboutTwoScreenSeconds() {
        Playback playback = new Playback(HandmadeTraces.timeWait());
        playback.seek(4 * DELAY);
        playback.play();
        playback.advance((long) (TimeScale.IDLE_GAP_SECONDS * SECOND / 2));
        assertThat(playback.frame().state(Side.CLIENT)).isEqualTo(TcpState.TIME_WAIT);
        assertThat(playback.frame().timers(Side.CLIENT)).singleElement()
                .satisfies(timer -> assertThat(timer.remainingMicros()).isBetween(20_000_000L, 40_000_000L));
        playback.advance((long) (TimeScale.IDLE_GAP_SECONDS * SECOND / 2) + 1);
        assertThat(playback.frame().state(Side.CLIENT)).isEqualTo(TcpState.CLOSED);
    }

    @Test
    void stepNextAndPreviousVisitEveryStepAndPause() {
        Playback playback = new Playback(HandmadeTraces.handshake());
        playback.play();
        playback.stepNext();
        assertThat(playback.playing()).isFalse();
        assertThat(playback.time()).isEqualTo(DELAY);
        assertThat(playback.frame().state(Side.SERVER)).isEqualTo(TcpState.SYN_RECEIVED);
        playback.stepNext();
        assertThat(playback.frame().state(Side.CLIENT)).isEqualTo(TcpState.ESTABLISHED);
        Frame established = playback.frame();
        playback.stepNext();
        playback.stepPrevious();
        assertThat(playback.frame()).isEqualTo(established);
        playback.stepPrevious();
        playback.stepPrevious();
        assertThat(playback.time()).isZero();
    }

    @Test
    void speedsRunFromAQuarterToEightTimes() {
        Playback playback = new Playback(HandmadeTraces.handshake());
        for (int i = 0; i < 10; i++) {
            playback.setSpeed(playback.speed().faster());
        }
        assertThat(playback.speed().factor()).isEqualTo(8);
        for (int i = 0; i < 10; i++) {
            playback.setSpeed(playback.speed().slower());
        }
        assertThat(playback.speed().factor()).isEqualTo(0.25);
        assertThat(PlaybackSpeed.QUARTER.label()).isEqualTo("0.25×");
        assertThat(PlaybackSpeed.OCTUPLE.label()).isEqualTo("8×");
    }

    @Test
    void replacingTheTraceKeepsTheTime() {
        Playback playback = new Playback(HandmadeTraces.handshake());
        playback.seek(DELAY / 2);
        playback.replaceTrace(HandmadeTraces.lostSyn());
        assertThat(playback.time()).isEqualTo(DELAY / 2);
        assertThat(playback.frame().packets()).singleElement()
                .satisfies(packet -> assertThat(packet.flight().dropped()).isTrue());
    }

    @Test
    void scrubbingByFractionFollowsTheScreenTime() {
        Playback playback = new Playback(HandmadeTraces.timeWait());
        playback.seekFraction(1);
        assertThat(playback.atEnd()).isTrue();
        playback.seekFraction(0.5);
        assertThat(playback.fraction()).isCloseTo(0.5, within(1e-9));
        playback.seek(2 * DELAY);
        assertThat(playback.fraction()).isCloseTo(
                playback.scale().toScreen(2 * DELAY) / playback.scale().totalSeconds(), within(1e-9));
    }
}
