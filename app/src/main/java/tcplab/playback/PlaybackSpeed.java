package tcplab.playback;

/** The playback speeds a learner can choose, slowest first. */
public enum PlaybackSpeed {
    QUARTER(0.25),
    HALF(0.5),
    NORMAL(1),
    DOUBLE(2),
    QUADRUPLE(4),
    OCTUPLE(8);

    private final double factor;

    PlaybackSpeed(double factor) {
        this.factor = factor;
    }

    /** Screen seconds of the time scale played per wall-clock second. */
    public double factor() {
        return factor;
    }

    /** The next faster speed, or this one at the top. */
    public PlaybackSpeed faster() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    /** The next slower speed, or this one at the bottom. */
    public PlaybackSpeed slower() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    /** How the speed is written on screen in every language, e.g. {@code 0.25×}. */
    public String label() {
        return (factor == Math.rint(factor) ? String.valueOf((int) factor) : String.valueOf(factor)) + "×";
    }
}
