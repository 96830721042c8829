package tcplab.playback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Maps simulated time to screen time at speed 1x, and back. A segment's flight takes about
 * {@link #FLIGHT_SECONDS} on screen whatever the link delay, and an idle gap (nothing on the
 * wire) that would take longer than {@link #IDLE_GAP_SECONDS} is squeezed to exactly that: a
 * one-second retransmission timeout and a 240-second TIME-WAIT both stay visible without taking
 * minutes. Countdowns keep showing true simulated seconds; only the pace changes.
 */
public final class TimeScale {

    /** Screen seconds a typical flight takes at 1x. */
    public static final double FLIGHT_SECONDS = 1.6;
    /** Screen seconds an idle gap takes at most at 1x. */
    public static final double IDLE_GAP_SECONDS = 2.0;
    private static final long DEFAULT_FLIGHT_MICROS = 50_000;

    private final long[] simKnots;
    private final double[] screenKnots;
    /** Whether the stretch from knot i to knot i + 1 is a squeezed idle gap. */
    private final boolean[] squeezed;

    private TimeScale(long[] simKnots, double[] screenKnots, boolean[] squeezed) {
        this.simKnots = simKnots;
        this.screenKnots = screenKnots;
        this.squeezed = squeezed;
    }

    /** The scale for a trace: the pace follows its typical flight, and its idle gaps are squeezed. */
    public static TimeScale of(TraceCursor cursor) {
        return of(cursor.flights(), cursor.endTime());
    }

    /**
     * One scale for traces drawn side by side, so that equal times are drawn at equal heights:
     * the pace follows their typical flight, and a gap is squeezed only where all are idle.
     */
    public static TimeScale common(List<TraceCursor> cursors) {
        List<Flight> flights = cursors.stream().flatMap(cursor -> cursor.flights().stream()).toList();
        return of(flights, cursors.stream().mapToLong(TraceCursor::endTime).max().orElse(0));
    }

    private static TimeScale of(List<Flight> flights, long end) {
        double secondsPerMicro = FLIGHT_SECONDS / typicalFlightMicros(flights);
        List<long[]> busy = busyIntervals(flights);

        List<Long> sims = new ArrayList<>();
        List<Double> screens = new ArrayList<>();
        List<Boolean> squeezed = new ArrayList<>();
        sims.add(0L);
        screens.add(0.0);
        long at = 0;
        double screen = 0;
        for (long[] interval : busy) {
            long from = Math.max(interval[0], at);
            long to = Math.min(interval[1], end);
            if (to <= at || to <= from) {
                continue;
            }
            if (from > at) {
                screen += idleSeconds(from - at, secondsPerMicro);
                squeezed.add(isSqueezed(from - at, secondsPerMicro));
                sims.add(from);
                screens.add(screen);
            }
            screen += (to - from) * secondsPerMicro;
            squeezed.add(false);
            sims.add(to);
            screens.add(screen);
            at = to;
        }
        if (end > at) {
            screen += idleSeconds(end - at, secondsPerMicro);
            squeezed.add(isSqueezed(end - at, secondsPerMicro));
            sims.add(end);
            screens.add(screen);
        }
        boolean[] squeezedArray = new boolean[squeezed.size()];
        for (int i = 0; i < squeezedArray.length; i++) {
            squeezedArray[i] = squeezed.get(i);
        }
        return new TimeScale(sims.stream().mapToLong(Long::longValue).toArray(),
                screens.stream().mapToDouble(Double::doubleValue).toArray(), squeezedArray);
    }

    private static double idleSeconds(long micros, double secondsPerMicro) {
        return Math.min(micros * secondsPerMicro, IDLE_GAP_SECONDS);
    }

    private static boolean isSqueezed(long micros, double secondsPerMicro) {
        return micros * secondsPerMicro > IDLE_GAP_SECONDS;
    }

    /** Whether {@code micros} lies in an idle gap that plays faster than the rest. */
    public boolean compressedAt(long micros) {
        int index = Arrays.binarySearch(simKnots, micros);
        int stretch = index >= 0 ? index : -index - 2;
        return stretch >= 0 && stretch < squeezed.length && squeezed[stretch];
    }

    /** The median delivered flight, so one odd delay does not set the pace. */
    private static long typicalFlightMicros(List<Flight> flights) {
        long[] durations = flights.stream()
                .filter(flight -> flight.outcome() == Flight.Outcome.DELIVERED)
                .mapToLong(flight -> flight.endAt() - flight.sentAt())
                .filter(duration -> duration > 0)
                .sorted()
                .toArray();
        return durations.length == 0 ? DEFAULT_FLIGHT_MICROS : durations[(durations.length - 1) / 2];
    }

    /** The union of the times at which something is drawn on the wire, sorted. */
    private static List<long[]> busyIntervals(List<Flight> flights) {
        List<long[]> intervals = flights.stream()
                .map(flight -> new long[] {flight.sentAt(), flight.visibleUntil()})
                .sorted(Comparator.comparingLong(interval -> interval[0]))
                .toList();
        List<long[]> merged = new ArrayList<>();
        for (long[] interval : intervals) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(interval.clone());
            }
        }
        return merged;
    }

    /** Screen seconds at 1x from the start to simulated time {@code micros}. */
    public double toScreen(long micros) {
        if (micros <= simKnots[0]) {
            return screenKnots[0];
        }
        int last = simKnots.length - 1;
        if (micros >= simKnots[last]) {
            return screenKnots[last];
        }
        int index = Arrays.binarySearch(simKnots, micros);
        if (index >= 0) {
            return screenKnots[index];
        }
        int upper = -index - 1;
        int lower = upper - 1;
        double fraction = (double) (micros - simKnots[lower]) / (simKnots[upper] - simKnots[lower]);
        return screenKnots[lower] + fraction * (screenKnots[upper] - screenKnots[lower]);
    }

    /** The simulated time shown {@code seconds} of screen time (at 1x) after the start. */
    public long toSim(double seconds) {
        if (seconds <= screenKnots[0]) {
            return simKnots[0];
        }
        int last = screenKnots.length - 1;
        if (seconds >= screenKnots[last]) {
            return simKnots[last];
        }
        int index = Arrays.binarySearch(screenKnots, seconds);
        if (index >= 0) {
            return simKnots[index];
        }
        int upper = -index - 1;
        int lower = upper - 1;
        double fraction = (seconds - screenKnots[lower]) / (screenKnots[upper] - screenKnots[lower]);
        return simKnots[lower] + Math.round(fraction * (simKnots[upper] - simKnots[lower]));
    }

    /** Screen seconds the whole trace takes at 1x. */
    public double totalSeconds() {
        return screenKnots[screenKnots.length - 1];
    }
}
