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
    void stepNextAndPreviousVisitEveryEventAndPause() {
        Playback playback = new Playback(HandmadeTraces.handshake());
        assertThat(playback.position()).isEqualTo(playback.cursor().start());
        playback.play();
        playback.stepNext();
        assertThat(playback.playing()).isFalse();
        assertThat(playback.position().applied()).isEqualTo(1);
        while (playback.time() < DELAY) {
            playback.stepNext();
        }
        assertThat(playback.frame().currentEvent()).containsSame(playback.cursor().event(playback.position().applied() - 1));
        assertThat(playback.frame().state(Side.SERVER)).as("the SYN has arrived, no state change yet").isEqualTo(TcpState.LISTEN);
        playback.stepNext();
        assertThat(playback.frame().state(Side.SERVER)).isEqualTo(TcpState.SYN_RECEIVED);
        Frame synReceived = playback.frame();
        playback.stepNext();
        playback.stepPrevious();
        assertThat(playback.frame()).isEqualTo(synReceived);
        for (int i = 0; i < 20; i++) {
            playback.stepPrevious();
        }
        assertThat(playback.position()).isEqualTo(playback.cursor().start());
    }

    @Test
    void scrubbingAndPlayingLandOnThePictureOfTheLastStepOfAnInstant() {
        Playback stepping = new Playback(HandmadeTraces.passiveCloseAtOnce());
        Playback scrubbing = new Playback(HandmadeTraces.passiveCloseAtOnce());
        scrubbing.seek(DELAY);
        while (stepping.position().compareTo(scrubbing.position()) < 0) {
            stepping.stepNext();
        }
        assertThat(stepping.frame()).isEqualTo(scrubbing.frame());

        Playback playing = new Playback(HandmadeTraces.passiveCloseAtOnce());
        playing.play();
        double seconds = playing.scale().toScreen(DELAY);
        playing.advance((long) Math.ceil(seconds * SECOND));
        assertThat(playing.time()).isEqualTo(DELAY);
        assertThat(playing.frame()).isEqualTo(scrubbing.frame());
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
    void replacingTheTraceKeepsTheStep() {
        Playback playback = new Playback(HandmadeTraces.passiveCloseAtOnce());
        playback.moveTo(playback.cursor().stepOnto(4));
        Position before = playback.position();
        playback.replaceTrace(HandmadeTraces.passiveCloseAtOnce());
        assertThat(playback.position()).isEqualTo(before);
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

    @Test
    void aStopHoldsPlayingSteppingAndSeekingUntilCleared() {
        Playback playback = new Playback(HandmadeTraces.handshake());
        TraceCursor cursor = playback.cursor();
        int askBefore = 3;
        Position stop = new Position(cursor.event(askBefore).time(), askBefore);
        playback.stopAt(stop);

        playback.play();
        playback.advance(600 * SECOND);
        assertThat(playback.position()).isEqualTo(stop);
        assertThat(playback.playing()).isFalse();
        assertThat(playback.atStop()).isTrue();

        playback.stepNext();
        assertThat(playback.position()).isEqualTo(stop);
        playback.seek(cursor.endTime());
        assertThat(playback.position()).isEqualTo(stop);
        playback.seekFraction(1);
        assertThat(playback.position()).isEqualTo(stop);
        assertThat(playback.fraction()).isLessThan(1);
        playback.moveTo(cursor.stepOnto(cursor.eventCount() - 1));
        assertThat(playback.frame().happened(askBefore)).isFalse();

        playback.stepPrevious();
        assertThat(playback.position()).isLessThan(stop);
        assertThat(playback.atStop()).isFalse();

        playback.clearStop();
        playback.seek(cursor.endTime());
        assertThat(playback.atEnd()).isTrue();
    }

    @Test
    void aStopBehindThePlaybackBringsItBack() {
        Playback playback = new Playback(HandmadeTraces.handshake());
        playback.seek(playback.cursor().endTime());
        Position stop = playback.cursor().stepOnto(1);
        playback.stopAt(stop);
        assertThat(playback.position()).isEqualTo(stop);
    }
}
