package tcplab.statediagram;

/** An axis-aligned rectangle on the diagram in pixels: its top left corner and its size. */
public record Rectangle(double x, double y, double width, double height) {

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Point centre() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** The square of side {@code size} centred on {@code centre}. */
    public static Rectangle around(Point centre, double size) {
        return new Rectangle(centre.x() - size / 2, centre.y() - size / 2, size, size);
    }

    /** Whether the two share more than an edge. */
    public boolean overlaps(Rectangle other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    /** The area the two share. */
    public double sharedArea(Rectangle other) {
        double sharedWidth = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
        double sharedHeight = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
        return Math.max(0, sharedWidth) * Math.max(0, sharedHeight);
    }

    /** Whether {@code other} lies wholly inside. */
    public boolean contains(Rectangle other) {
        return other.x >= x && other.maxX() <= maxX() && other.y >= y && other.maxY() <= maxY();
    }

    /** The same size moved as little as needed to lie inside {@code area} (its top left kept if it is too big). */
    public Rectangle movedInside(Rectangle area) {
        return new Rectangle(Math.max(area.x, Math.min(area.maxX() - width, x)),
                Math.max(area.y, Math.min(area.maxY() - height, y)), width, height);
    }
}
