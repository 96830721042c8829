package tcplab.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tcplab.HandmadeTraces.DELAY;

import org.junit.jupiter.api.Test;
import tcplab.HandmadeTraces;

class TimeScaleTest {

    @Test
    void aFlightTakesTheSameScreenTimeWhateverTheLinkDelay() {
        TimeScale scale = TimeScale.of(new TraceCursor(HandmadeTraces.handshake()));
        assertThat(scale.toScreen(DELAY)).isCloseTo(TimeScale.FLIGHT_SECONDS, within(1e-9));
        assertThat(scale.toScreen(3 * DELAY)).isCloseTo(3 * TimeScale.FLIGHT_SECONDS, within(1e-9));
    }

    @Test
    void aLongIdleGapIsSqueezedButNotRemoved() {
        TimeScale scale = TimeScale.of(new TraceCursor(HandmadeTraces.timeWait()));
        double busy = 4 * TimeScale.FLIGHT_SECONDS;
        assertThat(scale.toScreen(4 * DELAY)).isCloseTo(busy, within(1e-9));
        assertThat(scale.totalSeconds()).isCloseTo(busy + TimeScale.IDLE_GAP_SECONDS, within(1e-9));
        assertThat(scale.compressedAt(4 * DELAY + 30_000_000)).isTrue();
        assertThat(scale.compressedAt(2 * DELAY)).isFalse();
        double middle = scale.toScreen(4 * DELAY + 30_000_000);
        assertThat(middle).isBetween(busy + 0.5, busy + TimeScale.IDLE_GAP_SECONDS - 0.5);
    }

    @Test
    void tracesSideBySideShareOneScaleThatSqueezesOnlyWhereBothAreIdle() {
        TraceCursor handshake = new TraceCursor(HandmadeTraces.handshake());
        TraceCursor timeWait = new TraceCursor(HandmadeTraces.timeWait());
        TimeScale common = TimeScale.common(java.util.List.of(handshake, timeWait));
        TimeScale alone = TimeScale.of(handshake);

        assertThat(common.totalSeconds()).as("as long as the longer trace")
                .isCloseTo(TimeScale.of(timeWait).totalSeconds(), within(1e-9));
        assertThat(alone.totalSeconds()).isLessThan(common.totalSeconds());
        assertThat(common.toScreen(4 * DELAY)).as("both busy: natural time").isCloseTo(4 * TimeScale.FLIGHT_SECONDS,
                within(1e-9));
        assertThat(common.compressedAt(4 * DELAY + 30_000_000)).isTrue();
    }

    @Test
    void aShortIdleGapKeepsItsNaturalLength() {
        TimeScale scale = TimeScale.of(new TraceCursor(HandmadeTraces.duplicated()));
        // the copy lands 10 ms after the original: still busy, so both take natural time
        assertThat(scale.toScreen(DELAY + 10_000)).isCloseTo(TimeScale.FLIGHT_SECONDS * 1.2, within(1e-9));
    }

    @Test
    void aLostSegmentStaysVisibleWhileItFalls() {
        TimeScale scale = TimeScale.of(new TraceCursor(HandmadeTraces.lostSyn()));
        // travel 25 ms plus fall 25 ms, at the pace of the one delivered 50 ms flight
        assertThat(scale.toScreen(DELAY)).isCloseTo(TimeScale.FLIGHT_SECONDS, within(1e-9));
        assertThat(scale.toScreen(1_000_000) - scale.toScreen(DELAY))
                .isCloseTo(TimeScale.IDLE_GAP_SECONDS, within(1e-9));
    }

    @Test
    void screenTimeGrowsStrictlyAndMapsBack() {
        TimeScale scale = TimeScale.of(new TraceCursor(HandmadeTraces.timeWait()));
        double previous = -1;
        for (long t = 0; t <= 3 * DELAY + 60_000_000; t += 100_000) {
            double screen = scale.toScreen(t);
            assertThat(screen).isGreaterThan(previous);
            previous = screen;
            assertThat(scale.toSim(screen)).isCloseTo(t, within(200L));
        }
    }
}
