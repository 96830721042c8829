package tcplab.playback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;

/**
 * A whole trace's sequence diagram as shapes in pixels, every event drawn: the time lines placed
 * for the widest state name, each transmission's arrow with its label placed by
 * {@link LadderLabelLayout} and, for a lost segment, its cross, and each state name beside its
 * time line. The window's diagram, the comparison and the SVG export all draw from this.
 *
 * @param geometry the diagram's geometry (time lines, heights of events)
 * @param width    the drawing's width
 * @param height   its height: the time axis, or lower if a label hangs below it, plus a margin
 * @param arrows   one per transmission, in the order of {@link TraceCursor#flights()}
 * @param states   one per state change, in trace order
 */
public record LadderDrawing(LadderGeometry geometry, double width, double height, List<Arrow> arrows,
                            List<StateMark> states) {

    public LadderDrawing {
        arrows = List.copyOf(arrows);
        states = List.copyOf(states);
    }

    /**
     * One transmission drawn whole, from its sender's time line to its receiver's, or to mid-wire
     * for a lost segment.
     *
     * @param cross where a lost segment's cross goes; empty for any other
     */
    public record Arrow(Flight flight, double startX, double startY, double endX, double endY,
                        LadderLabelLayout.Placed label, Optional<LadderLabelLayout.Placed> cross) {

        /** The direction of the arrow, in degrees clockwise from the x axis (y grows down). */
        public double angleDegrees() {
            return Math.toDegrees(Math.atan2(endY - startY, endX - startX));
        }
    }

    /**
     * A state name written beside its host's time line (outside it), its baseline level with the
     * event that entered it.
     *
     * @param eventIndex the index of the state change in the trace
     */
    public record StateMark(StateChanged change, int eventIndex, double x, double baselineY) {
    }

    /**
     * The drawing of the trace of {@code cursor}.
     *
     * @param scale        the time scale (the playback's)
     * @param labels       each flight's label text, in the order of {@link TraceCursor#flights()}
     * @param labelMeasure measures labels in their font
     * @param stateMeasure measures state names in theirs
     * @param crossSize    the side of a lost segment's cross
     * @param width        the width to draw in
     */
    public static LadderDrawing of(TraceCursor cursor, TimeScale scale, List<String> labels, TextMeasure labelMeasure,
                                   TextMeasure stateMeasure, double crossSize, double width) {
        return of(cursor, cursor.rows(), scale, labels, labelMeasure, stateMeasure, crossSize, width);
    }

    /**
     * The drawing of the trace of {@code cursor} with rows inserted as {@code rows} says: for a
     * diagram drawn beside another whose rows it shares; otherwise as {@link #of(TraceCursor,
     * TimeScale, List, TextMeasure, TextMeasure, double, double)}.
     */
    public static LadderDrawing of(TraceCursor cursor, DiagramRows rows, TimeScale scale, List<String> labels,
                                   TextMeasure labelMeasure, TextMeasure stateMeasure, double crossSize, double width) {
        List<StateChanged> changes = new ArrayList<>();
        List<Integer> changeIndices = new ArrayList<>();
        double widestState = 0;
        for (int index = 0; index < cursor.eventCount(); index++) {
            if (cursor.event(index) instanceof StateChanged change) {
                changes.add(change);
                changeIndices.add(index);
                widestState = Math.max(widestState, stateMeasure.width(change.to().rfcName()));
            }
        }
        double inset = LadderGeometry.timeLineInset(width, widestState);
        LadderGeometry geometry = new LadderGeometry(cursor, rows, scale, inset, width - inset);

        List<Flight> flights = cursor.flights();
        List<LadderLabelLayout.Request> requests = new ArrayList<>();
        List<LadderLabelLayout.Placed> crosses = new ArrayList<>();
        List<Optional<LadderLabelLayout.Placed>> crossOfFlight = new ArrayList<>();
        for (int i = 0; i < flights.size(); i++) {
            requests.add(geometry.labelRequest(flights.get(i), labels.get(i)));
            Optional<LadderLabelLayout.Placed> cross = geometry.crossBox(flights.get(i), crossSize);
            cross.ifPresent(crosses::add);
            crossOfFlight.add(cross);
        }
        List<LadderLabelLayout.Placed> placed = new LadderLabelLayout(labelMeasure)
                .place(requests, crosses, geometry.x(Side.CLIENT), geometry.x(Side.SERVER), LadderGeometry.labelTop());

        List<Arrow> arrows = new ArrayList<>();
        double lowest = 0;
        for (int i = 0; i < flights.size(); i++) {
            Flight flight = flights.get(i);
            arrows.add(new Arrow(flight, geometry.x(flight.sender()), geometry.startY(flight), geometry.endX(flight),
                    geometry.endY(flight), placed.get(i), crossOfFlight.get(i)));
            lowest = Math.max(lowest, placed.get(i).maxY());
        }
        List<StateMark> states = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            StateChanged change = changes.get(i);
            double lineX = geometry.x(change.side());
            double x = change.side() == Side.CLIENT
                    ? lineX - stateMeasure.width(change.to().rfcName()) - LadderGeometry.STATE_GAP
                    : lineX + LadderGeometry.STATE_GAP;
            states.add(new StateMark(change, changeIndices.get(i), x, geometry.eventY(changeIndices.get(i)) + 4));
        }
        double height = Math.max(geometry.axisHeight(), lowest) + LadderGeometry.BOTTOM;
        return new LadderDrawing(geometry, width, height, arrows, states);
    }
}
