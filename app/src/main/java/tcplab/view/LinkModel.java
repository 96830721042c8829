package tcplab.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import tcplab.engine.LinkSettings;

/** The learner’s settings for one direction of the link: loss, delay and jitter. */
public final class LinkModel {

    public static final int MAX_DELAY_MILLIS = 5_000;
    public static final int MAX_JITTER_MILLIS = 5_000;

    private final DoubleProperty lossPercent = new SimpleDoubleProperty(this, "lossPercent");
    private final IntegerProperty delayMillis = new SimpleIntegerProperty(this, "delayMillis");
    private final IntegerProperty jitterMillis = new SimpleIntegerProperty(this, "jitterMillis");
    private LinkSettings base = LinkSettings.CALM;

    public DoubleProperty lossPercentProperty() {
        return lossPercent;
    }

    public IntegerProperty delayMillisProperty() {
        return delayMillis;
    }

    public IntegerProperty jitterMillisProperty() {
        return jitterMillis;
    }

    /** Takes a scenario’s link as the starting point, with its loss, delay and jitter. */
    void reset(LinkSettings settings) {
        base = settings;
        lossPercent.set(settings.loss() * 100);
        delayMillis.set((int) (settings.delayMicros() / 1000));
        jitterMillis.set((int) (settings.jitterMicros() / 1000));
    }

    /** Back to the scenario’s own link. */
    void reset() {
        reset(base);
    }

    /**
     * Takes another scenario’s link as the starting point, keeping each value the learner
     * changed from the previous scenario’s: a loss set by hand stays when the lesson changes.
     */
    void rebase(LinkSettings settings) {
        LinkSettings previous = base;
        base = settings;
        if (lossPercent.get() == previous.loss() * 100) {
            lossPercent.set(settings.loss() * 100);
        }
        if (delayMillis.get() == (int) (previous.delayMicros() / 1000)) {
            delayMillis.set((int) (settings.delayMicros() / 1000));
        }
        if (jitterMillis.get() == (int) (previous.jitterMicros() / 1000)) {
            jitterMillis.set((int) (settings.jitterMicros() / 1000));
        }
    }

    /** The link as the simulator takes it: the learner’s values over the scenario’s others. */
    LinkSettings settings() {
        return new LinkSettings(delayMillis.get() * 1000L, jitterMillis.get() * 1000L,
                lossPercent.get() / 100, base.duplicate(), base.reorder());
    }
}
