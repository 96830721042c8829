package tcplab.engine;

/**
 * How one direction of the link treats segments. Every random choice comes from the run's one
 * seeded random source.
 *
 * @param delayMicros    fixed one-way delay
 * @param jitterMicros   extra delay drawn uniformly from 0 to this
 * @param loss           probability in [0, 1] that a segment is lost
 * @param duplicate      probability in [0, 1] that a segment arrives twice
 * @param reorder        probability in [0, 1] that a segment is held back by one more one-way delay
 *                       (at least 1 ms) so that a later one overtakes it
 */
public record LinkSettings(long delayMicros, long jitterMicros, double loss, double duplicate, double reorder) {

    /** 50 ms one way, nothing else: a calm link that is easy to watch. */
    public static final LinkSettings CALM = new LinkSettings(50_000, 0, 0, 0, 0);

    public LinkSettings {
        if (delayMicros < 0 || jitterMicros < 0) {
            throw new IllegalArgumentException("delay and jitter must not be negative");
        }
        requireProbability("loss", loss);
        requireProbability("duplicate", duplicate);
        requireProbability("reorder", reorder);
    }

    private static void requireProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + p);
        }
    }
}
