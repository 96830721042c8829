package tcplab.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import tcplab.playback.Frame;
import tcplab.playback.Playback;
import tcplab.playback.PlaybackSpeed;
import tcplab.playback.Position;
import tcplab.playback.TimeScale;
import tcplab.playback.TraceCursor;

/**
 * Where the playback stands over the trace of a {@link TraceSource}: the cursor, the frame shown,
 * whether it plays and how fast, and how numbers are written. A revised trace keeps the playback
 * time, so the learner stays at the moment they acted; a new one starts from its beginning.
 */
public final class PlaybackModel {

    private final ReadOnlyObjectWrapper<TraceCursor> cursor = new ReadOnlyObjectWrapper<>(this, "cursor");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction");
    private final ObjectProperty<PlaybackSpeed> speed = new SimpleObjectProperty<>(this, "speed", PlaybackSpeed.NORMAL);
    private final BooleanProperty relativeNumbers = new SimpleBooleanProperty(this, "relativeNumbers", true);

    private Playback playback;

    public PlaybackModel(TraceSource source) {
        play(source.traceProperty().get());
        source.traceProperty().addListener((obs, old, now) -> play(now));
        speed.addListener((obs, old, now) -> playback.setSpeed(now));
    }

    private void play(PublishedTrace published) {
        if (published.revision()) {
            playback.replaceTrace(published.trace());
        } else {
            playback = new Playback(published.trace());
            playback.setSpeed(speed.get());
        }
        cursor.set(playback.cursor());
        publish();
    }

    private void publish() {
        frame.set(playback.frame());
        playing.set(playback.playing());
        fraction.set(playback.fraction());
    }

    /** Wall-clock time passed: move on if playing. */
    public void tick(long wallNanos) {
        if (playback.advance(wallNanos) || playing.get() != playback.playing()) {
            publish();
        }
    }

    public void togglePlaying() {
        playback.togglePlaying();
        publish();
    }

    public void stepNext() {
        playback.stepNext();
        publish();
    }

    public void stepPrevious() {
        playback.stepPrevious();
        publish();
    }

    public void restart() {
        playback.restart();
        publish();
    }

    /** Jumps to simulated time {@code micros}. */
    public void seek(long micros) {
        playback.seek(micros);
        publish();
    }

    /** Pauses and moves onto the trace's event at {@code eventIndex}: it and every event before it have happened. */
    public void showEvent(int eventIndex) {
        playback.pause();
        playback.moveTo(playback.cursor().stepOnto(eventIndex));
        publish();
    }

    /**
     * Holds the playback at {@code stop} (moving it back there if it is past): playing pauses
     * there, and stepping, scrubbing and clicking go no further until {@link #clearStop()}. The
     * trace of a new lesson clears it; a revised one keeps it.
     */
    public void stopAt(Position stop) {
        playback.stopAt(stop);
        publish();
    }

    /** Lets the playback go anywhere again. */
    public void clearStop() {
        playback.clearStop();
    }

    /** Whether the playback stands at the end of the trace. */
    public boolean atEnd() {
        return playback.atEnd();
    }

    /** Jumps to a position on the scrub bar, 0 to 1. */
    public void seekFraction(double position) {
        playback.seekFraction(position);
        publish();
    }

    public void faster() {
        speed.set(speed.get().faster());
    }

    public void slower() {
        speed.set(speed.get().slower());
    }

    /** The playback time in simulated microseconds. */
    public long time() {
        return playback.time();
    }

    public BooleanProperty relativeNumbersProperty() {
        return relativeNumbers;
    }

    public ReadOnlyObjectProperty<TraceCursor> cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ObjectProperty<PlaybackSpeed> speedProperty() {
        return speed;
    }

    /** Whether the time scale is fast-forwarding through an idle gap at the current time. */
    public boolean inIdleGap() {
        return playback.scale().compressedAt(playback.time());
    }

    /** Screen seconds of the whole trace at 1x. */
    public double totalScreenSeconds() {
        return playback.scale().totalSeconds();
    }

    /** How simulated time maps to screen time for the trace played now: the ladder’s vertical axis. */
    public TimeScale scale() {
        return playback.scale();
    }
}
