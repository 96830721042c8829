package tcplab.view;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import tcplab.scenario.LinkChoice;

/** The learner's settings for one direction of the link: loss, delay and jitter, each for its own control. */
public final class LinkModel {

    public static final int MAX_DELAY_MILLIS = LinkChoice.MAX_DELAY_MILLIS;
    public static final int MAX_JITTER_MILLIS = LinkChoice.MAX_JITTER_MILLIS;

    private final ObjectProperty<Double> lossPercent = new SimpleObjectProperty<>(this, "lossPercent");
    private final ObjectProperty<Integer> delayMillis = new SimpleObjectProperty<>(this, "delayMillis");
    private final ObjectProperty<Integer> jitterMillis = new SimpleObjectProperty<>(this, "jitterMillis");

    /** @param link the direction's settings in the lesson's inputs, which these properties read and write */
    LinkModel(ObjectProperty<LinkChoice> link) {
        show(link.get());
        link.addListener((obs, old, now) -> show(now));
        // Each control's value changes the whole; showing the whole again writes back equal values only.
        lossPercent.addListener((obs, old, now) -> link.set(link.get().withLossPercent(now)));
        delayMillis.addListener((obs, old, now) -> link.set(link.get().withDelayMillis(now)));
        jitterMillis.addListener((obs, old, now) -> link.set(link.get().withJitterMillis(now)));
    }

    private void show(LinkChoice link) {
        lossPercent.set(link.lossPercent());
        delayMillis.set(link.delayMillis());
        jitterMillis.set(link.jitterMillis());
    }

    public ObjectProperty<Double> lossPercentProperty() {
        return lossPercent;
    }

    public ObjectProperty<Integer> delayMillisProperty() {
        return delayMillis;
    }

    public ObjectProperty<Integer> jitterMillisProperty() {
        return jitterMillis;
    }
}
