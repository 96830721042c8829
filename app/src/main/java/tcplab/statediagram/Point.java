package tcplab.statediagram;

/** A point, or a vector between two points, on the diagram in pixels (y grows down). */
public record Point(double x, double y) {

    public static final Point ZERO = new Point(0, 0);

    public Point add(Point other) {
        return new Point(x + other.x, y + other.y);
    }

    public Point subtract(Point other) {
        return new Point(x - other.x, y - other.y);
    }

    public Point multiply(double factor) {
        return new Point(x * factor, y * factor);
    }

    public double length() {
        return Math.hypot(x, y);
    }

    /** The vector of length 1 in the same direction. */
    public Point normalize() {
        double length = length();
        return length == 0 ? ZERO : multiply(1 / length);
    }

    /** The vector turned a quarter: to the left of this one as it is drawn. */
    public Point perpendicular() {
        return new Point(-y, x);
    }
}
