package tcplab.playback;

import java.util.Optional;
import tcplab.engine.Side;

/**
 * Where the sequence diagram draws things, as plain geometry in pixels: the two time lines, the
 * height of every event (time runs down on the playback's squeezed {@link TimeScale}, and what
 * happens in one instant is drawn a row apart, {@link DiagramRows}), each arrow's line, and the
 * place its label asks for. The window and the exported drawings both take their coordinates from
 * here, so they draw the same diagram.
 */
public final class LadderGeometry {

    /** Room above the first event, for the hosts' names. */
    public static final double TOP = 44;
    /** Room below the last event. */
    public static final double BOTTOM = 24;
    /** Pixels per screen second at 1x. */
    public static final double PIXELS_PER_SECOND = 34;
    /** Room between two things drawn in one instant. */
    public static final double ROW = 18;
    /** Space between a time line and the state names written outside it. */
    public static final double STATE_GAP = 8;

    private final TraceCursor cursor;
    /** The rows inserted into the time axis; null for the trace's own ({@link TraceCursor#rows()}). */
    private final DiagramRows rows;
    private final TimeScale scale;
    private final double clientX;
    private final double serverX;

    /**
     * @param cursor  the trace drawn
     * @param scale   its time scale (the playback's)
     * @param clientX where the client's time line is drawn
     * @param serverX where the server's time line is drawn
     */
    public LadderGeometry(TraceCursor cursor, TimeScale scale, double clientX, double serverX) {
        this(cursor, null, scale, clientX, serverX);
    }

    /**
     * The geometry with rows inserted as {@code rows} says rather than as the trace alone needs:
     * for a diagram drawn beside another whose rows it shares.
     */
    public LadderGeometry(TraceCursor cursor, DiagramRows rows, TimeScale scale, double clientX, double serverX) {
        this.cursor = cursor;
        this.rows = rows;
        this.scale = scale;
        this.clientX = clientX;
        this.serverX = serverX;
    }

    /**
     * How far each time line stands from its edge of a diagram {@code width} wide, when the widest
     * state name written outside a line is {@code widestState}: room for the names, within bounds
     * that keep the wire between the lines wide enough for labels.
     */
    public static double timeLineInset(double width, double widestState) {
        return Math.max(width * 0.16, Math.min(width * 0.3, widestState + 2 * STATE_GAP));
    }

    /** The geometry of the same trace with the time lines at new places. */
    public LadderGeometry withTimeLines(double clientX, double serverX) {
        return new LadderGeometry(cursor, rows, scale, clientX, serverX);
    }

    private DiagramRows rows() {
        return rows != null ? rows : cursor.rows();
    }

    public TraceCursor cursor() {
        return cursor;
    }

    /** Where {@code side}'s time line is drawn. */
    public double x(Side side) {
        return side == Side.CLIENT ? clientX : serverX;
    }

    /** The height of simulated time {@code micros} after {@code row} inserted rows. */
    public double y(long micros, int row) {
        return TOP + scale.toScreen(micros) * PIXELS_PER_SECOND + row * ROW;
    }

    /** The height of the trace's event at {@code index}, or of its end for an index past the last event. */
    public double eventY(int index) {
        return index < cursor.eventCount() ? y(cursor.event(index).time(), rows().row(index))
                : y(cursor.endTime(), rows().total());
    }

    /** The height of a playback position: its time, below the rows inserted up to it. */
    public double y(Position position) {
        return y(position.time(), rows().row(position));
    }

    /** The height of the time axis: the whole trace and every row inserted in it. */
    public double axisHeight() {
        return y(cursor.endTime(), rows().total());
    }

    /** Where a flight's arrow ends: at its receiver, or at mid-wire for a lost segment. */
    public double endX(Flight flight) {
        double startX = x(flight.sender());
        double targetX = x(flight.sender().peer());
        return flight.dropped() ? (startX + targetX) / 2 : targetX;
    }

    /** Where a flight's arrow starts, at its sender's time line. */
    public double startY(Flight flight) {
        return eventY(flight.sentIndex());
    }

    /** Where a flight's arrow ends: its arrival, its loss, or the end of the trace. */
    public double endY(Flight flight) {
        return eventY(flight.endIndex());
    }

    /** Where the arrow's line would be at {@code x}, drawn whole (a lost segment's line stops halfway). */
    public double lineY(Flight flight, double x) {
        double startX = x(flight.sender());
        double endX = x(flight.sender().peer());
        double startY = startY(flight);
        double fullEndY = flight.dropped() ? startY + 2 * (endY(flight) - startY) : endY(flight);
        return startY + (fullEndY - startY) * (x - startX) / (endX - startX);
    }

    /** What the label layout needs to place the label {@code text} of a flight's arrow. */
    public LadderLabelLayout.Request labelRequest(Flight flight, String text) {
        double middle = (clientX + serverX) / 2;
        // A lost segment's label goes over the part of the wire it crossed, clear of the cross.
        double centreX = flight.dropped() ? (x(flight.sender()) + middle) / 2 : middle;
        return new LadderLabelLayout.Request(text, centreX, x -> lineY(flight, x));
    }

    /** Where a lost segment's cross, {@code size} pixels square, is drawn: mid-wire, at the loss. */
    public Optional<LadderLabelLayout.Placed> crossBox(Flight flight, double size) {
        if (!flight.dropped()) {
            return Optional.empty();
        }
        double x = (clientX + serverX) / 2;
        double y = endY(flight);
        return Optional.of(new LadderLabelLayout.Placed("", x - size / 2, y - size / 2, size, size));
    }

    /** The highest a label may go: just under the hosts' names. */
    public static double labelTop() {
        return TOP - 4;
    }
}
