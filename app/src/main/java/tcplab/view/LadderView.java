package tcplab.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.explain.SegmentLabel;
import tcplab.playback.DiagramRows;
import tcplab.playback.Flight;
import tcplab.playback.Frame;
import tcplab.playback.LadderDrawing;
import tcplab.playback.LadderGeometry;
import tcplab.playback.LadderLabelLayout;
import tcplab.playback.TraceCursor;

/**
 * The sequence (ladder) diagram, drawn as the playback advances: a time line for each host, an
 * arrow for each segment sloping down from sender to receiver, and the host's state names on its
 * time line as textbooks draw them. Time runs down on the same squeezed scale as the playback, and
 * what happens in one instant is drawn a row apart ({@link DiagramRows}), so segments sent together
 * are parallel arrows with a label each. It shows exactly the events of the playback position.
 * Each arrow's label sits on a patch of the panel's colour between the two time lines, where
 * {@link LadderLabelLayout} puts it. Clicking an arrow or its label, or Up and Down while the
 * diagram has the focus, jumps to the step where a segment is sent. The
 * drawings are placed in the canvas's layout pass, so a new width or a language switch places
 * them once, in the same pulse.
 */
public final class LadderView extends ScrollPane {

    public static final String STYLE_CLASS = "ladder-view";
    private static final double TOP = LadderGeometry.TOP;
    private static final double BOTTOM = LadderGeometry.BOTTOM;
    /** How far down the view the now line may go before the diagram scrolls to follow it. */
    private static final double NOW_LINE_SHARE = 0.6;

    private final PlaybackModel model;
    private final LanguageModel language;
    private final Pane canvas = new Pane() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            placeDrawings();
        }
    };
    /** Measures label texts in the labels' own font; never shown. */
    private final Text measuring = new Text();
    /** Measures state names in their font; never shown. */
    private final Text stateMeasuring = new Text();
    private final Label clientHeader = new Label();
    private final Label serverHeader = new Label();
    private final Line clientLine = new Line();
    private final Line serverLine = new Line();
    private final Line now = new Line();
    private final Group arrowsGroup = new Group();
    private final Group statesGroup = new Group();
    private final Group labelsGroup = new Group();
    private final Group crossesGroup = new Group();
    private final List<Arrow> arrows = new ArrayList<>();
    private final List<StateMark> stateMarks = new ArrayList<>();

    public LadderView(LanguageModel language, PlaybackModel model) {
        this.model = model;
        this.language = language;
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // Up and Down jump from arrow to arrow, so the diagram takes the focus.
        setFocusTraversable(true);
        accessibleTextProperty().bind(language.bind("a11y.ladder"));
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN) {
                jumpToArrow(event.getCode() == KeyCode.DOWN);
                event.consume();
            }
        });

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
        crossesGroup.setManaged(false);
        // A tag's class too, so the label's colour, looked up from its tag, resolves on it alone.
        measuring.getStyleClass().addAll("ladder-tag", "ladder-label");
        measuring.setVisible(false);
        measuring.setManaged(false);
        stateMeasuring.getStyleClass().add("ladder-state");
        stateMeasuring.setVisible(false);
        stateMeasuring.setManaged(false);
        // Labels above every line (time lines, arrows, the playback time), so no line crosses their glyphs.
        // Crosses above all: no label is placed on one, and no line or simultaneous arrow hides it.
        canvas.getChildren().addAll(clientLine, serverLine, statesGroup, arrowsGroup, now, labelsGroup, crossesGroup,
                clientHeader, serverHeader, measuring, stateMeasuring);
        setContent(canvas);
        DirectViewport.apply(this);
        canvas.setOnMouseClicked(event -> seekToArrowAt(event.getX(), event.getY()));
        canvas.setOnMouseMoved(event -> canvas.setCursor(
                arrowAt(event.getX(), event.getY()) == null ? Cursor.DEFAULT : Cursor.HAND));

        model.cursorProperty().addListener((obs, old, cursor) -> rebuild(cursor));
        model.frameProperty().addListener((obs, old, frame) -> update(frame, true));
        model.relativeNumbersProperty().addListener((obs, old, relative) -> rebuild(model.cursorProperty().get()));
        rebuild(model.cursorProperty().get());
    }

    private void rebuild(TraceCursor cursor) {
        arrows.clear();
        stateMarks.clear();
        arrowsGroup.getChildren().clear();
        statesGroup.getChildren().clear();
        labelsGroup.getChildren().clear();
        crossesGroup.getChildren().clear();
        laidOutWidth = -1;
        if (cursor == null) {
            return;
        }
        geometry = new LadderGeometry(cursor, model.scale(), geometry.x(Side.CLIENT), geometry.x(Side.SERVER));
        boolean relative = model.relativeNumbersProperty().get();
        for (Flight flight : cursor.flights()) {
            Arrow arrow = new Arrow(flight, cursor, relative, language);
            arrows.add(arrow);
            arrowsGroup.getChildren().add(arrow.group);
            labelsGroup.getChildren().add(arrow.tag);
            if (flight.dropped()) {
                crossesGroup.getChildren().add(arrow.cross);
            }
        }
        for (int index = 0; index < cursor.eventCount(); index++) {
            if (cursor.event(index) instanceof StateChanged change) {
                StateMark mark = new StateMark(change, index);
                stateMarks.add(mark);
                statesGroup.getChildren().add(mark.text);
            }
        }
        canvas.setPrefHeight(diagramHeight() + BOTTOM);
        update(model.frameProperty().get(), false);
    }

    private double laidOutWidth = -1;
    /** The viewport height the diagram last scrolled for: only a new size scrolls it by itself, not scrolling. */
    private double followedViewportHeight = -1;
    /** Until a trace is drawn, the time lines stand anywhere: each layout pass places them for the width. */
    private LadderGeometry geometry = new LadderGeometry(null, null, 90, 210);

    /**
     * Places the time lines as far apart as the state names outside them allow, then every label.
     * All arrows are placed, shown or not, so a label never moves while the playback runs.
     */
    private void layOut(double width) {
        laidOutWidth = width;
        measuring.applyCss();
        stateMeasuring.applyCss();
        double crossSize = 0;
        for (Arrow arrow : arrows) {
            arrow.cross.applyCss();
            crossSize = arrow.cross.getLayoutBounds().getWidth();
        }
        List<String> labels = arrows.stream().map(arrow -> arrow.labelSource.getValue()).toList();
        LadderDrawing drawing = LadderDrawing.of(geometry.cursor(), model.scale(), labels, new TextNodeMeasure(measuring),
                new TextNodeMeasure(stateMeasuring), crossSize, width);
        geometry = drawing.geometry();
        for (int i = 0; i < arrows.size(); i++) {
            arrows.get(i).showLabel(drawing.arrows().get(i).label());
        }
        if (drawing.height() != canvas.getPrefHeight()) {
            canvas.setPrefHeight(drawing.height());
        }
    }

    /** Places the labels again in the next layout pass, however many of them changed their text (a language switch). */
    private void layOutAgain() {
        laidOutWidth = -1;
        canvas.requestLayout();
    }

    /** The canvas's layout pass: the drawings for its width, and a scroll to the playback time if the viewport's height is new. */
    private void placeDrawings() {
        double viewport = getViewportBounds().getHeight();
        boolean follow = viewport != followedViewportHeight;
        followedViewportHeight = viewport;
        update(model.frameProperty().get(), follow);
    }

    /** The height of the time axis: the whole trace and every row inserted in it. */
    private double diagramHeight() {
        return geometry.axisHeight();
    }

    private double eventY(int index) {
        return geometry.eventY(index);
    }

    private double x(Side side) {
        return geometry.x(side);
    }

    private void update(Frame frame, boolean follow) {
        if (frame == null) {
            return;
        }
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
        double nowY = geometry.y(frame.position());
        // Between the time lines only: across a state name it would look struck out.
        now.setStartX(x(Side.CLIENT));
        now.setEndX(x(Side.SERVER));
        now.setStartY(nowY);
        now.setEndY(nowY);
        for (Arrow arrow : arrows) {
            arrow.update(frame);
        }
        for (StateMark mark : stateMarks) {
            mark.update(frame);
        }
        if (follow) {
            double viewport = getViewportBounds().getHeight();
            double content = canvas.getHeight();
            if (content > viewport && viewport > 0) {
                // The labels of segments just sent hang below the now line: it stays in the view's upper part.
                double top = getVvalue() * (content - viewport);
                if (nowY < top || nowY > top + viewport * NOW_LINE_SHARE) {
                    setVvalue(Math.max(0, Math.min(1, (nowY - viewport * NOW_LINE_SHARE) / (content - viewport))));
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

    /** Jumps to the step where the segment of the arrow under the pointer is sent. */
    private void seekToArrowAt(double x, double y) {
        Arrow arrow = arrowAt(x, y);
        if (arrow != null) {
            model.showEvent(arrow.flight.sentIndex());
        }
    }

    /**
     * Jumps to the step where the next segment is sent, or back to the one before the segment the
     * position stands on or after.
     */
    private void jumpToArrow(boolean forward) {
        Frame frame = model.frameProperty().get();
        int current = frame.applied() - 1;
        Arrow target = null;
        for (Arrow arrow : arrows) {
            int sent = arrow.flight.sentIndex();
            if (forward && sent > current) {
                target = arrow;
                break;
            }
            if (!forward && sent < current) {
                target = arrow;
            }
        }
        if (target != null) {
            model.showEvent(target.flight.sentIndex());
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
            String kindClass = ViewStyles.kindClass(flight);
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
            cross.setTextOrigin(VPos.CENTER);
            labelSource = Bindings.createStringBinding(
                    () -> SegmentLabel.text(language.messagesProperty().get(), cursor.trace(), flight, relative),
                    language.messagesProperty());
            // Another language means other widths: the labels are placed again.
            labelSource.addListener((obs, old, text) -> layOutAgain());
            labelBack.setArcWidth(6);
            labelBack.setArcHeight(6);
            tag.getChildren().addAll(labelBack, label);
            tag.visibleProperty().bind(group.visibleProperty());
            tag.setCursor(Cursor.HAND);
            tag.setOnMouseClicked(event -> {
                model.showEvent(flight.sentIndex());
                event.consume();
            });
            group.getChildren().addAll(line, head);
            head.getTransforms().setAll(headPlace, headTurn);
        }

        /** Draws the label where the layout put it. */
        void showLabel(LadderLabelLayout.Placed box) {
            label.setText(box.text());
            label.applyCss();
            Bounds textBox = label.getLayoutBounds();
            labelBack.setX(box.x());
            labelBack.setY(box.y());
            labelBack.setWidth(box.width());
            labelBack.setHeight(box.height());
            // A text's bounds include its own x and y: only the offset of its top from y is its shape.
            label.setX(box.x() + (box.width() - textBox.getWidth()) / 2);
            label.setY(box.y() + LadderLabelLayout.PAD - (textBox.getMinY() - label.getY()));
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

        void update(Frame frame) {
            boolean visible = frame.happened(flight.sentIndex());
            group.setVisible(visible);
            cross.setVisible(visible && flight.dropped() && frame.happened(flight.endIndex()));
            // A finished arrow only moves when the time lines move: most arrows, most frames.
            boolean settled = frame.happened(flight.endIndex());
            double clientX = x(Side.CLIENT);
            double serverX = x(Side.SERVER);
            if (!visible || settled && drawnSettled && clientX == drawnClientX && serverX == drawnServerX) {
                return;
            }
            drawnSettled = settled;
            drawnClientX = clientX;
            drawnServerX = serverX;
            double startX = x(flight.sender());
            double endX = geometry.endX(flight);
            long span = flight.endAt() - flight.sentAt();
            double fraction = settled || span <= 0 ? 1
                    : Math.max(0, Math.min(1, (double) (frame.time() - flight.sentAt()) / span));
            double startY = geometry.startY(flight);
            double endY = geometry.endY(flight);
            double tipX = startX + (endX - startX) * fraction;
            double tipY = startY + (endY - startY) * fraction;
            line.setStartX(startX);
            line.setStartY(startY);
            line.setEndX(tipX);
            line.setEndY(tipY);
            double angle = Math.toDegrees(Math.atan2(endY - startY, endX - startX));
            headPlace.setX(tipX);
            headPlace.setY(tipY);
            headTurn.setAngle(angle);
            head.setVisible(!flight.dropped());
            if (flight.dropped()) {
                // Only a lost segment's cross is in the diagram: the others stay out of every frame's work.
                cross.setX(tipX - cross.getLayoutBounds().getWidth() / 2);
                cross.setY(tipY);
            }
        }
    }

    /** A state name written on a host's time line at the moment it is entered, in the row of its event. */
    private final class StateMark {
        final StateChanged change;
        final int eventIndex;
        final Text text = new Text();

        StateMark(StateChanged change, int eventIndex) {
            this.change = change;
            this.eventIndex = eventIndex;
            text.setText(change.to().rfcName());
            text.getStyleClass().addAll("ladder-state", ViewStyles.sideClass(change.side()));
        }

        void update(Frame frame) {
            text.setVisible(frame.happened(eventIndex));
            double width = text.getLayoutBounds().getWidth();
            double lineX = x(change.side());
            double gap = LadderGeometry.STATE_GAP;
            text.setX(change.side() == Side.CLIENT ? lineX - width - gap : lineX + gap);
            text.setY(eventY(eventIndex) + 4);
        }
    }

    /** The diagram as drawn now, whole (not only the part scrolled into view), as an image. */
    public Image snapshotDiagram() {
        return canvas.snapshot(null, null);
    }

    /** The size of the whole diagram as drawn now, in pixels. */
    public Dimension2D diagramSize() {
        return new Dimension2D(canvas.getWidth(), canvas.getHeight());
    }

    /** The crosses of lost segments drawn now, for tests. */
    public long shownCrosses() {
        return arrows.stream().filter(arrow -> arrow.cross.isVisible()).count();
    }

    /** The state names written now, for tests. */
    public List<String> shownStates() {
        return stateMarks.stream().filter(mark -> mark.text.isVisible()).map(mark -> mark.text.getText()).toList();
    }
}
