package tcplab.playback;

/**
 * How big a text is drawn, in pixels; lines are separated by {@code \n}. The window measures with
 * its font; a drawing made without a window (an SVG file, a test) measures by estimate.
 */
public interface TextMeasure {

    /** The width of the widest line. */
    double width(String text);

    /** The height of all lines together. */
    double height(String text);
}
