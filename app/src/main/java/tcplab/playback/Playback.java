package tcplab.playback;

import tcplab.engine.Trace;

/**
 * The playback cursor: one position (a time {@code t}, refined by {@link Position} within an
 * instant) over a finished trace, moved by playing, stepping or seeking. Playing is the only
 * place wall-clock time enters: {@link #advance(long)} turns elapsed wall time into screen time at
 * the chosen speed, and the time scale turns that into simulated time.
 */
public final class Playback {

    private TraceCursor cursor;
    private TimeScale scale;
    private double screenSeconds;
    private Position position;
    private PlaybackSpeed speed = PlaybackSpeed.NORMAL;
    private boolean playing;
    /** The furthest position playing, stepping and seeking may reach; null when nothing holds them back. */
    private Position stop;

    public Playback(Trace trace) {
        load(trace);
    }

    /**
     * Replaces the trace (after a fault was added, say) keeping the playback position, so the
     * learner stays at the step where they acted.
     */
    public void replaceTrace(Trace trace) {
        Position keep = position;
        load(trace);
        moveTo(cursor.nearest(keep));
    }

    private void load(Trace trace) {
        cursor = new TraceCursor(trace);
        scale = TimeScale.of(cursor);
        moveTo(cursor.start());
    }

    public TraceCursor cursor() {
        return cursor;
    }

    public TimeScale scale() {
        return scale;
    }

    /** The playback time in simulated microseconds. */
    public long time() {
        return position.time();
    }

    /** The playback position: the time and how many events have happened. */
    public Position position() {
        return position;
    }

    public Frame frame() {
        return cursor.frameAt(position);
    }

    public PlaybackSpeed speed() {
        return speed;
    }

    public void setSpeed(PlaybackSpeed speed) {
        this.speed = speed;
    }

    public boolean playing() {
        return playing;
    }

    /**
     * Holds the playback at {@code stop}: playing pauses there, and stepping, seeking and moving
     * go no further, until {@link #clearStop()}. Guided mode uses it to keep a question's answer
     * unseen. A playback already past {@code stop} moves back to it.
     */
    public void stopAt(Position stop) {
        this.stop = stop;
        if (position.compareTo(stop) > 0) {
            moveTo(stop);
        }
    }

    /** Lets the playback go anywhere again. */
    public void clearStop() {
        stop = null;
    }

    /** Whether the playback stands on its stop. */
    public boolean atStop() {
        return position.equals(stop);
    }

    public boolean atEnd() {
        return position.compareTo(cursor.position(cursor.endTime())) >= 0;
    }

    /** Starts playing; from the start again if the end was reached. */
    public void play() {
        if (atEnd()) {
            moveTo(cursor.start());
        }
        playing = true;
    }

    public void pause() {
        playing = false;
    }

    public void togglePlaying() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /** Moves to simulated time {@code micros}, clamped to the trace. */
    public void seek(long micros) {
        moveTo(cursor.position(Math.max(0, Math.min(micros, cursor.endTime()))));
    }

    /** Moves to a position of the trace, such as the step onto one event. */
    public void moveTo(Position to) {
        position = held(to);
        screenSeconds = scale.toScreen(position.time());
    }

    /** {@code to}, or the stop if {@code to} lies beyond it. */
    private Position held(Position to) {
        return stop != null && to.compareTo(stop) > 0 ? stop : to;
    }

    /** Moves to the position {@code fraction} (0 to 1) of the way through the screen time. */
    public void seekFraction(double fraction) {
        double clamped = Math.max(0, Math.min(1, fraction));
        Position wanted = cursor.position(scale.toSim(clamped * scale.totalSeconds()));
        if (held(wanted).equals(wanted)) {
            screenSeconds = clamped * scale.totalSeconds();
            position = wanted;
        } else {
            moveTo(wanted);
        }
    }

    /** How far through the screen time the cursor is, 0 to 1. */
    public double fraction() {
        double total = scale.totalSeconds();
        return total <= 0 ? 0 : screenSeconds / total;
    }

    /** Back to the start, before any event; keeps playing if it was. */
    public void restart() {
        moveTo(cursor.start());
    }

    /** Pauses and moves to the next step: onto the next event. */
    public void stepNext() {
        playing = false;
        moveTo(cursor.nextStep(position));
    }

    /** Pauses and moves to the previous step: onto the event before. */
    public void stepPrevious() {
        playing = false;
        moveTo(cursor.previousStep(position));
    }

    /**
     * Advances by {@code wallNanos} of wall-clock time if playing; pauses at the end or at the stop.
     *
     * @return whether the time changed
     */
    public boolean advance(long wallNanos) {
        if (!playing || wallNanos <= 0) {
            return false;
        }
        Position before = position;
        screenSeconds = Math.min(scale.totalSeconds(), screenSeconds + wallNanos / 1e9 * speed.factor());
        position = cursor.position(scale.toSim(screenSeconds));
        if (screenSeconds >= scale.totalSeconds()) {
            position = cursor.position(cursor.endTime());
            playing = false;
        }
        if (!held(position).equals(position)) {
            moveTo(position);
            playing = false;
        }
        return !position.equals(before);
    }
}
