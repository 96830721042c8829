package tcplab.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.explain.Formats;
import tcplab.playback.Flight;
import tcplab.playback.Frame;
import tcplab.playback.SegmentKind;
import tcplab.playback.TraceCursor;

/**
 * The sequence (ladder) diagram, drawn as the playback advances: a time line for each host, an
 * arrow for each segment sloping down from sender to receiver, and the host's state names on its
 * time line as textbooks draw them. Time runs down on the same squeezed scale as the playback.
 * Each arrow's label sits on a patch of the panel's colour between the two time lines, wrapped
 * when the lines are close, and moved clear of the labels before it (segments sent in the same
 * instant, crossing arrows). Clicking an arrow or its label jumps to that moment.
 */
public final class LadderView extends ScrollPane {

    public static final String STYLE_CLASS = "ladder-view";
    private static final double TOP = 44;
    private static final double BOTTOM = 24;
    private static final double PIXELS_PER_SECOND = 34;
    private static final double STATE_LINE = 16;
    /** Room kept between a label and a time line, so an arrowhead stays visible beside it. */
    private static final double LABEL_MARGIN = 8;
    private static final double LABEL_PAD = 3;
    private static final double LABEL_GAP = 2;
    /** Space between a time line and the state names written outside it. */
    private static final double STATE_GAP = 8;

    private final PlaybackModel model;
    private final LanguageModel language;
    private final Pane canvas = new Pane();
    private final Label clientHeader = new Label();
    private final Label serverHeader = new Label();
    private final Line clientLine = new Line();
    private final Line serverLine = new Line();
    private final Line now = new Line();
    private final Group arrowsGroup = new Group();
    private final Group statesGroup = new Group();
    private final Group labelsGroup = new Group();
    private final List<Arrow> arrows = new ArrayList<>();
    private final List<StateMark> stateMarks = new ArrayList<>();

    public LadderView(LanguageModel language, PlaybackModel model) {
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
        labelsGroup.setManaged(false);
        // Labels above every line (time lines, arrows, the playback time), so no line crosses their glyphs.
        canvas.getChildren().addAll(clientLine, serverLine, statesGroup, arrowsGroup, now, labelsGroup,
                clientHeader, serverHeader);
        setContent(canvas);
        canvas.setOnMouseClicked(event -> seekToArrowAt(event.getX(), event.getY()));
        canvas.setOnMouseMoved(event -> canvas.setCursor(
                arrowAt(event.getX(), event.getY()) == null ? Cursor.DEFAULT : Cursor.HAND));

        model.cursorProperty().addListener((obs, old, cursor) -> rebuild(cursor));
        model.frameProperty().addListener((obs, old, frame) -> update(frame, true));
        model.relativeNumbersProperty().addListener((obs, old, relative) -> rebuild(model.cursorProperty().get()));
        canvas.widthProperty().addListener((obs, old, width) -> update(model.frameProperty().get(), false));
        // Opened at a later moment, the diagram scrolls to it once it knows its height.
        // Scrolling moves the viewport too: only a new size may scroll the diagram by itself, once the
        // layout under way has given the canvas its height.
        viewportBoundsProperty().addListener((obs, old, bounds) -> {
            if (old.getHeight() != bounds.getHeight()) {
                Platform.runLater(() -> update(model.frameProperty().get(), true));
            }
        });
        rebuild(model.cursorProperty().get());
    }

    private void rebuild(TraceCursor cursor) {
        arrows.clear();
        stateMarks.clear();
        arrowsGroup.getChildren().clear();
        statesGroup.getChildren().clear();
        labelsGroup.getChildren().clear();
        laidOutWidth = -1;
        if (cursor == null) {
            return;
        }
        boolean relative = model.relativeNumbersProperty().get();
        for (Flight flight : cursor.flights()) {
            Arrow arrow = new Arrow(flight, cursor, relative, language);
            arrows.add(arrow);
            arrowsGroup.getChildren().add(arrow.group);
            labelsGroup.getChildren().add(arrow.tag);
        }
        for (Side side : Side.values()) {
            StateChanged previousChange = null;
            int line = 0;
            for (StateChanged change : cursor.stateChanges(side)) {
                // States entered in the same instant (CLOSE-WAIT, then LAST-ACK) are written one under another.
                line = previousChange != null && previousChange.time() == change.time() ? line + 1 : 0;
                previousChange = change;
                StateMark mark = new StateMark(change, line * STATE_LINE);
                stateMarks.add(mark);
                statesGroup.getChildren().add(mark.text);
            }
        }
        canvas.setPrefHeight(TOP + model.totalScreenSeconds() * PIXELS_PER_SECOND + BOTTOM);
        update(model.frameProperty().get(), false);
    }

    private double laidOutWidth = -1;
    private boolean layOutPending;
    private double clientX = 90;
    private double serverX = 210;

    /**
     * Places the time lines as far apart as the state names outside them allow, then every label:
     * wrapped to the room between the lines, centred there, just above its arrow, and moved down
     * (or up) a step at a time until it clears the labels already placed. All arrows are placed,
     * shown or not, so a label never moves while the playback runs.
     */
    private void layOut(double width) {
        laidOutWidth = width;
        double widest = 0;
        for (StateMark mark : stateMarks) {
            mark.text.applyCss();
            widest = Math.max(widest, mark.text.getLayoutBounds().getWidth());
        }
        double side = Math.max(width * 0.16, Math.min(width * 0.3, widest + 2 * STATE_GAP));
        clientX = side;
        serverX = width - side;
        double left = clientX + LABEL_MARGIN;
        double right = serverX - LABEL_MARGIN;
        List<Bounds> placed = new ArrayList<>();
        double lowest = 0;
        for (Arrow arrow : arrows) {
            Bounds box = arrow.placeLabel(left, right, placed);
            placed.add(box);
            lowest = Math.max(lowest, box.getMaxY());
        }
        double height = Math.max(TOP + model.totalScreenSeconds() * PIXELS_PER_SECOND, lowest) + BOTTOM;
        if (height != canvas.getPrefHeight()) {
            canvas.setPrefHeight(height);
        }
    }

    /** Places the labels again once, however many of them changed their text (a language switch). */
    private void layOutAgain() {
        laidOutWidth = -1;
        if (!layOutPending) {
            layOutPending = true;
            Platform.runLater(() -> {
                layOutPending = false;
                update(model.frameProperty().get(), false);
            });
        }
    }

    private static boolean overlaps(Bounds box, List<Bounds> others) {
        for (Bounds other : others) {
            if (box.getMinX() < other.getMaxX() + LABEL_GAP && other.getMinX() < box.getMaxX() + LABEL_GAP
                    && box.getMinY() < other.getMaxY() + LABEL_GAP && other.getMinY() < box.getMaxY() + LABEL_GAP) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fits a label to the given width: the kind above the numbers if that is enough, else greedy
     * line filling, breaking between the label's parts (separated by
     * two spaces) and, where a part alone is too wide, between its words.
     */
    private static String wrap(Text measure, String text, double room) {
        if (fits(measure, text, room)) {
            return text;
        }
        String[] parts = text.split(" {2,}");
        // The kind on one line and the numbers on the next reads best, when both fit.
        String numbers = String.join("  ", Arrays.copyOfRange(parts, 1, parts.length));
        if (parts.length > 1 && fits(measure, parts[0], room) && fits(measure, numbers, room)) {
            return parts[0] + '\n' + numbers;
        }
        StringBuilder wrapped = new StringBuilder();
        String line = "";
        for (String part : parts) {
            boolean partFits = fits(measure, part, room);
            String separator = "  ";
            for (String word : partFits ? new String[] {part} : part.split(" ")) {
                String longer = line.isEmpty() ? word : line + separator + word;
                if (line.isEmpty() || fits(measure, longer, room)) {
                    line = longer;
                } else {
                    wrapped.append(line).append('\n');
                    line = word;
                }
                separator = " ";
            }
        }
        return wrapped.append(line).toString();
    }

    private static boolean fits(Text measure, String text, double room) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth() <= room;
    }

    private double y(long micros) {
        return TOP + model.screenSeconds(micros) * PIXELS_PER_SECOND;
    }

    private double x(Side side) {
        return side == Side.CLIENT ? clientX : serverX;
    }

    private void update(Frame frame, boolean follow) {
        if (frame == null) {
            return;
        }
        long t = frame.time();
        double width = Math.max(canvas.getWidth(), 240);
        if (width != laidOutWidth) {
            layOut(width);
        }
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
        // Between the time lines only: across a state name it would look struck out.
        now.setStartX(clientX);
        now.setEndX(serverX);
        now.setStartY(nowY);
        now.setEndY(nowY);
        for (Arrow arrow : arrows) {
            arrow.update(t);
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

    /** One segment's arrow, and its label drawn apart on top of all lines. */
    private final class Arrow {
        final Flight flight;
        final Group group = new Group();
        final Group tag = new Group();
        final Rectangle labelBack = new Rectangle();
        final ObservableValue<String> labelSource;
        final Line line = new Line();
        final Polygon head = new Polygon(0, 0, -10, -5, -10, 5);
        final Text label = new Text();
        final Text cross = new Text("✕");
        final Translate headPlace = new Translate();
        final Rotate headTurn = new Rotate();
        boolean drawnSettled;
        double drawnClientX = -1;
        double drawnServerX = -1;

        Arrow(Flight flight, TraceCursor cursor, boolean relative, LanguageModel language) {
            this.flight = flight;
            SegmentKind kind = SegmentKind.of(flight.segment());
            String kindClass = "kind-" + kind.name().toLowerCase().replace('_', '-');
            group.getStyleClass().addAll("ladder-arrow", kindClass, ViewStyles.sideClass(flight.sender()));
            tag.getStyleClass().addAll("ladder-tag", kindClass);
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
            labelBack.getStyleClass().add("ladder-label-back");
            cross.getStyleClass().add("ladder-cross");
            String flags = kind == SegmentKind.DATA ? "DATA" : flight.segment().flagsJoined("+").replace("+PSH", "");
            String numbers = Formats.numbers(cursor.trace(), flight.segment(), relative);
            if (flight.duplicate()) {
                labelSource = language.bind("ladder.duplicate", flags, numbers);
            } else if (flight.retransmission()) {
                labelSource = language.bind("ladder.retransmission", flags, numbers);
            } else {
                labelSource = new SimpleStringProperty(flags + "  " + numbers);
            }
            // Another language means other widths: the labels are placed again.
            labelSource.addListener((obs, old, text) -> layOutAgain());
            labelBack.setArcWidth(6);
            labelBack.setArcHeight(6);
            tag.getChildren().addAll(labelBack, label);
            tag.visibleProperty().bind(group.visibleProperty());
            tag.setCursor(Cursor.HAND);
            tag.setOnMouseClicked(event -> {
                model.seek(flight.sentAt());
                event.consume();
            });
            group.getChildren().addAll(line, head, cross);
            head.getTransforms().setAll(headPlace, headTurn);
        }

        /** Where the arrow's line would be at x, drawn whole (a lost segment's line stops halfway). */
        private double lineY(double x) {
            double startX = x(flight.sender());
            double endX = x(flight.sender().peer());
            double startY = y(flight.sentAt());
            double fullEndY = flight.dropped()
                    ? startY + 2 * (y(flight.endAt()) - startY)
                    : y(flight.endAt());
            return startY + (fullEndY - startY) * (x - startX) / (endX - startX);
        }

        /** Puts the label between left and right, clear of the boxes already placed; returns its box. */
        Bounds placeLabel(double left, double right, List<Bounds> placed) {
            label.applyCss();
            String text = wrap(label, labelSource.getValue(), right - left - 2 * LABEL_PAD);
            label.setText(text);
            Bounds textBox = label.getLayoutBounds();
            double boxWidth = Math.min(textBox.getWidth() + 2 * LABEL_PAD, right - left);
            double boxHeight = textBox.getHeight() + 2 * LABEL_PAD;
            // A lost segment's label goes over the part of the wire it crossed, clear of the cross.
            double centreX = flight.dropped()
                    ? (x(flight.sender()) + (left + right) / 2) / 2
                    : (left + right) / 2;
            double minX = Math.max(left, Math.min(right - boxWidth, centreX - boxWidth / 2));
            double wanted = lineY(minX + boxWidth / 2) - boxHeight - LABEL_GAP;
            Bounds box = new BoundingBox(minX, wanted, boxWidth, boxHeight);
            for (int step = 1; overlaps(box, placed); step++) {
                // Below first (the later label goes under), then above, further each time.
                double shift = (step + 1) / 2 * (boxHeight / 2 + LABEL_GAP) * (step % 2 == 1 ? 1 : -1);
                double top = Math.max(TOP - 4, wanted + shift);
                box = new BoundingBox(minX, top, boxWidth, boxHeight);
            }
            labelBack.setX(box.getMinX());
            labelBack.setY(box.getMinY());
            labelBack.setWidth(box.getWidth());
            labelBack.setHeight(box.getHeight());
            // A text's bounds include its own x and y: only the offset of its top from y is its shape.
            label.setX(box.getMinX() + (box.getWidth() - textBox.getWidth()) / 2);
            label.setY(box.getMinY() + LABEL_PAD - (textBox.getMinY() - label.getY()));
            return box;
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

        void update(long t) {
            boolean visible = flight.sentAt() <= t;
            group.setVisible(visible);
            // A finished arrow only moves when the time lines move: most arrows, most frames.
            boolean settled = t >= flight.endAt();
            if (!visible || settled && drawnSettled && clientX == drawnClientX && serverX == drawnServerX) {
                return;
            }
            drawnSettled = settled;
            drawnClientX = clientX;
            drawnServerX = serverX;
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
