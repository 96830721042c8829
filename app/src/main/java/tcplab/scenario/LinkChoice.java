package tcplab.scenario;

import tcplab.engine.LinkSettings;

/**
 * One direction of the link as the learner sets it, in the units the window shows: loss in
 * percent, delay and jitter in whole milliseconds. Kept in these units so that a value read back
 * is the value typed.
 *
 * @param lossPercent  the chance, 0 to 100, that a segment is lost
 * @param delayMillis  the one-way delay
 * @param jitterMillis the most the delay varies by
 */
public record LinkChoice(double lossPercent, int delayMillis, int jitterMillis) {

    /** The longest one-way delay a learner can set. */
    public static final int MAX_DELAY_MILLIS = 5_000;
    /** The most a learner can make the delay vary by. */
    public static final int MAX_JITTER_MILLIS = 5_000;

    /** The learner's starting point: a scenario's own link. */
    public static LinkChoice of(LinkSettings settings) {
        return new LinkChoice(settings.loss() * 100, (int) (settings.delayMicros() / 1000),
                (int) (settings.jitterMicros() / 1000));
    }

    public LinkChoice withLossPercent(double chosen) {
        return new LinkChoice(chosen, delayMillis, jitterMillis);
    }

    public LinkChoice withDelayMillis(int chosen) {
        return new LinkChoice(lossPercent, chosen, jitterMillis);
    }

    public LinkChoice withJitterMillis(int chosen) {
        return new LinkChoice(lossPercent, delayMillis, chosen);
    }

    /**
     * This choice carried from a lesson whose link was {@code previous} to one whose link is
     * {@code next}: each value the learner left as the previous lesson had it becomes the next
     * lesson's, and each value they changed stays theirs.
     */
    public LinkChoice rebase(LinkSettings previous, LinkSettings next) {
        LinkChoice was = of(previous);
        LinkChoice now = of(next);
        return new LinkChoice(lossPercent == was.lossPercent ? now.lossPercent : lossPercent,
                delayMillis == was.delayMillis ? now.delayMillis : delayMillis,
                jitterMillis == was.jitterMillis ? now.jitterMillis : jitterMillis);
    }

    /** The link as the simulator takes it: these values over the scenario's others (duplication, reordering). */
    public LinkSettings settings(LinkSettings scenario) {
        return new LinkSettings(delayMillis * 1000L, jitterMillis * 1000L, lossPercent / 100,
                scenario.duplicate(), scenario.reorder());
    }
}
