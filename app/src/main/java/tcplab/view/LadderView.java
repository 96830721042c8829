package tcplab.view;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.playback.Flight;
import tcplab.playback.Frame;
import tcplab.playback.SegmentKind;
import tcplab.playback.TraceCursor;

/**
 * The sequence (ladder) diagram, drawn as the playback advances: a time line for each host, an
 * arrow for each segment sloping down from sender to receiver, and the host's state names on its
 * time line as textbooks draw them. Time runs down on the same squeezed scale as the playback.
 * Clicking an arrow jumps to that moment.
 */
public final class LadderView extends ScrollPane {

    public static final String STYLE_CLASS = "ladder-view";
    private static final double TOP = 44;
    private static final double BOTTOM = 24;
    private static final double PIXELS_PER_SECOND = 34;
    private static final double LABEL_LINE = 15;

    private final LabModel model;
    private final LanguageModel language;
    private final Pane canvas = new Pane();
    private final Label clientHeader = new Label();
    private final Label serverHeader = new Label();
    private final Line clientLine = new Line();
    private final Line serverLine = new Line();
    private final Line now = new Line();
    private final Group arrowsGroup = new Group();
    private final Group statesGroup = new Group();
    private final List<Arrow> arrows = new ArrayList<>();
    private final List<StateMark> stateMarks = new ArrayList<>();

    public LadderView(LanguageModel language, LabModel model) {
        this.model = model;
        this.language = language;
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setFocusTraversable(false);

        clientHeader.textProperty().bind(language.bind("host.client.name"));
        serverHeader.textProperty().bind(language.bind("host.server.name"));
        clientHeader.getStyleClass().addAll("ladder-header", ViewStyles.CLIENT);
        serverHeader.getStyleClass().addAll("ladder-header", ViewStyles.SERVER);
        clientLine.getStyleClass().addAll("ladder-lifeline", ViewStyles.CLIENT);
        serverLine.getStyleClass().addAll("ladder-lifeline", ViewStyles.SERVER);
        now.getStyleClass().add("ladder-now");
        canvas.getStyleClass().add("ladder-canvas");
        // The canvas takes the viewport's width and a height from the time scale; its drawings
        // never size it, so they are left out of its layout (hundreds of moving arrows).
        canvas.setMinWidth(0);
        canvas.setPrefWidth(0);
        arrowsGroup.setManaged(false);
        statesGroup.setManaged(false);
        canvas.getChildren().addAll(clientLine, serverLine, statesGroup, arrowsGroup, now, clientHeader, serverHeader);
        setContent(canvas);
        canvas.setOnMouseClicked(event -> seekToArrowAt(event.getX(), event.getY()));
        canvas.setOnMouseMoved(event -> canvas.setCursor(
                arrowAt(event.getX(), event.getY()) == null ? Cursor.DEFAULT : Cursor.HAND));

        model.cursorProperty().addListener((obs, old, cursor) -> rebuild(cursor));
        model.frameProperty().addListener((obs, old, frame) -> update(frame, true));
        model.relativeNumbersProperty().addListener((obs, old, relative) -> rebuild(model.cursorProperty().get()));
        canvas.widthProperty().addListener((obs, old, width) -> update(model.frameProperty().get(), false));
        rebuild(model.cursorProperty().get());
    }

    private void rebuild(TraceCursor cursor) {
        arrows.clear();
        stateMarks.clear();
        arrowsGroup.getChildren().clear();
        statesGroup.getChildren().clear();
        if (cursor == null) {
            return;
        }
        boolean relative = model.relativeNumbersProperty().get();
        Flight previous = null;
        int stacked = 0;
        for (Flight flight : cursor.flights()) {
            // Segments that leave together (an ACK and data, say) get their labels one under another.
            boolean together = previous != null && previous.sentAt() == flight.sentAt()
                    && previous.sender() == flight.sender();
            stacked = together ? stacked + 1 : 0;
            previous = flight;
            Arrow arrow = new Arrow(flight, cursor, relative, language, stacked);
            arrows.add(arrow);
            arrowsGroup.getChildren().add(arrow.group);
        }
        for (Side side : Side.values()) {
            StateChanged previousChange = null;
            int line = 0;
            for (StateChanged change : cursor.stateChanges(side)) {
                // States entered in the same instant (CLOSE-WAIT, then LAST-ACK) are written one under another.
                line = previousChange != null && previousChange.time() == change.time() ? line + 1 : 0;
                previousChange = change;
                StateMark mark = new StateMark(change, line * LABEL_LINE);
                stateMarks.add(mark);
                statesGroup.getChildren().add(mark.text);
            }
        }
        canvas.setPrefHeight(TOP + model.totalScreenSeconds() * PIXELS_PER_SECOND + BOTTOM);
        update(model.frameProperty().get(), false);
    }

    private double y(long micros) {
        return TOP + model.screenSeconds(micros) * PIXELS_PER_SECOND;
    }

    private double x(Side side) {
        double width = Math.max(canvas.getWidth(), 300);
        return side == Side.CLIENT ? width * 0.3 : width * 0.7;
    }

    private void update(Frame frame, boolean follow) {
        if (frame == null) {
            return;
        }
        long t = frame.time();
        double bottom = canvas.getPrefHeight() - BOTTOM / 2;
        clientLine.setStartX(x(Side.CLIENT));
        clientLine.setEndX(x(Side.CLIENT));
        serverLine.setStartX(x(Side.SERVER));
        serverLine.setEndX(x(Side.SERVER));
        clientLine.setStartY(TOP - 6);
        serverLine.setStartY(TOP - 6);
        clientLine.setEndY(bottom);
        serverLine.setEndY(bottom);
        clientHeader.relocate(x(Side.CLIENT) - clientHeader.prefWidth(-1) / 2, 8);
        serverHeader.relocate(x(Side.SERVER) - serverHeader.prefWidth(-1) / 2, 8);
        double nowY = y(t);
        now.setStartX(8);
        now.setEndX(Math.max(canvas.getWidth(), 300) - 8);
        now.setStartY(nowY);
        now.setEndY(nowY);
        double width = canvas.getWidth();
        for (Arrow arrow : arrows) {
            arrow.update(t, width);
        }
        for (StateMark mark : stateMarks) {
            mark.update(t);
        }
        if (follow) {
            double viewport = getViewportBounds().getHeight();
            double content = canvas.getHeight();
            if (content > viewport && viewport > 0) {
                double target = Math.max(0, Math.min(1, (nowY - viewport * 0.7) / (content - viewport)));
                if (nowY < getVvalue() * (content - viewport) || nowY > getVvalue() * (content - viewport) + viewport - 20) {
                    setVvalue(target);
                }
            }
        }
    }

    private static final double CLICK_DISTANCE = 8;

    private Arrow arrowAt(double x, double y) {
        Arrow nearest = null;
        double best = CLICK_DISTANCE;
        for (Arrow arrow : arrows) {
            double distance = arrow.distance(x, y);
            if (distance <= best) {
                best = distance;
                nearest = arrow;
            }
        }
        return nearest;
    }

    /** Jumps to the moment of the arrow under the pointer, at the height clicked. */
    private void seekToArrowAt(double x, double y) {
        Arrow arrow = arrowAt(x, y);
        if (arrow != null) {
            long at = model.simulatedMicros((y - TOP) / PIXELS_PER_SECOND);
            model.seek(Math.max(arrow.flight.sentAt(), Math.min(at, arrow.flight.endAt())));
        }
    }

    /** The arrows currently drawn (sent at or before the playback time). */
    public List<Group> visibleArrows() {
        return arrows.stream().filter(arrow -> arrow.group.isVisible()).map(arrow -> arrow.group).toList();
    }

    /** One segment's arrow, with a wide invisible line on top that takes the clicks. */
    private final class Arrow {
        final Flight flight;
        final double labelShift;
        final Group group = new Group();
        final Line line = new Line();
        final Polygon head = new Polygon(0, 0, -10, -5, -10, 5);
        final Text label = new Text();
        final Text cross = new Text("✕");
        final Translate headPlace = new Translate();
        final Rotate headTurn = new Rotate();
        boolean drawnSettled;
        double drawnWidth = -1;

        Arrow(Flight flight, TraceCursor cursor, boolean relative, LanguageModel language, int stacked) {
            this.flight = flight;
            this.labelShift = stacked * LABEL_LINE;
            SegmentKind kind = SegmentKind.of(flight.segment());
            String kindClass = "kind-" + kind.name().toLowerCase().replace('_', '-');
            group.getStyleClass().addAll("ladder-arrow", kindClass, ViewStyles.sideClass(flight.sender()));
            if (flight.dropped()) {
                group.getStyleClass().add("dropped");
            }
            if (flight.retransmission()) {
                group.getStyleClass().add("retransmission");
            }
            if (flight.duplicate()) {
                group.getStyleClass().add("duplicate");
            }
            line.getStyleClass().add("ladder-line");
            head.getStyleClass().add("ladder-head");
            label.getStyleClass().add("ladder-label");
            cross.getStyleClass().add("ladder-cross");
            String flags = kind == SegmentKind.DATA ? "DATA" : flight.segment().flagsJoined("+").replace("+PSH", "");
            String numbers = Formats.numbers(cursor.trace(), flight.segment(), relative);
            if (flight.duplicate()) {
                label.textProperty().bind(language.bind("ladder.duplicate", flags, numbers));
            } else if (flight.retransmission()) {
                label.textProperty().bind(language.bind("ladder.retransmission", flags, numbers));
            } else {
                label.setText(flags + "  " + numbers);
            }
            group.getChildren().addAll(line, head, cross, label);
            head.getTransforms().setAll(headPlace, headTurn);
        }

        /** How far (in pixels) a point is from the drawn part of the arrow. */
        double distance(double x, double y) {
            if (!group.isVisible()) {
                return Double.MAX_VALUE;
            }
            double dx = line.getEndX() - line.getStartX();
            double dy = line.getEndY() - line.getStartY();
            double lengthSquared = dx * dx + dy * dy;
            double along = lengthSquared == 0 ? 0
                    : Math.max(0, Math.min(1, ((x - line.getStartX()) * dx + (y - line.getStartY()) * dy) / lengthSquared));
            return Math.hypot(x - (line.getStartX() + along * dx), y - (line.getStartY() + along * dy));
        }

        void update(long t, double width) {
            boolean visible = flight.sentAt() <= t;
            group.setVisible(visible);
            // A finished arrow only moves when the diagram is resized: most arrows, most frames.
            boolean settled = t >= flight.endAt();
            if (!visible || settled && drawnSettled && width == drawnWidth) {
                return;
            }
            drawnSettled = settled;
            drawnWidth = width;
            double startX = x(flight.sender());
            double targetX = x(flight.sender().peer());
            double endX = flight.dropped() ? (startX + targetX) / 2 : targetX;
            long until = Math.min(t, flight.endAt());
            double fraction = flight.endAt() > flight.sentAt()
                    ? (double) (until - flight.sentAt()) / (flight.endAt() - flight.sentAt()) : 1;
            double startY = y(flight.sentAt());
            double tipX = startX + (endX - startX) * fraction;
            double tipY = startY + (y(flight.endAt()) - startY) * fraction;
            line.setStartX(startX);
            line.setStartY(startY);
            line.setEndX(tipX);
            line.setEndY(tipY);
            double angle = Math.toDegrees(Math.atan2(y(flight.endAt()) - startY, endX - startX));
            headPlace.setX(tipX);
            headPlace.setY(tipY);
            headTurn.setAngle(angle);
            boolean arrived = t >= flight.endAt();
            head.setVisible(!flight.dropped());
            cross.setVisible(flight.dropped() && arrived);
            cross.setX(tipX - cross.getLayoutBounds().getWidth() / 2);
            cross.setY(tipY + cross.getLayoutBounds().getHeight() / 3);
            double labelWidth = label.getLayoutBounds().getWidth();
            double midX = (startX + targetX) / 2;
            label.setX(midX - labelWidth / 2);
            label.setY((startY + y(flight.endAt())) / 2 - 6 + labelShift);
        }
    }

    /** A state name written on a host's time line at the moment it is entered. */
    private final class StateMark {
        final StateChanged change;
        final Text text = new Text();

        final double shift;

        StateMark(StateChanged change, double shift) {
            this.change = change;
            this.shift = shift;
            text.setText(change.to().rfcName());
            text.getStyleClass().addAll("ladder-state", ViewStyles.sideClass(change.side()));
        }

        void update(long t) {
            text.setVisible(change.time() <= t);
            double width = text.getLayoutBounds().getWidth();
            double lineX = x(change.side());
            text.setX(change.side() == Side.CLIENT ? lineX - width - 8 : lineX + 8);
            text.setY(y(change.time()) + 4 + shift);
        }
    }
}
