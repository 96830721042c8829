package tcplab.view;

import java.util.List;
import java.util.function.IntPredicate;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import tcplab.compare.EventAlignment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.explain.SegmentLabel;
import tcplab.playback.DiagramRows;
import tcplab.playback.Flight;
import tcplab.playback.LadderDrawing;
import tcplab.playback.LadderGeometry;
import tcplab.playback.LadderLabelLayout;
import tcplab.playback.TextMeasure;
import tcplab.playback.TimeScale;
import tcplab.playback.TraceCursor;

/**
 * One whole trace's sequence diagram, drawn still, in the window diagram's styles, with the
 * transmissions that differ from the other trace of a comparison marked by a halo. Its rows are
 * the comparison's {@link EventAlignment}, shared with the other diagram: where the other trace
 * has an event this one has no match for, a dashed box holds its row where that event would be. Times the
 * trace only estimates (a capture's far side) are drawn hollow: a ring where an arrow starts or
 * ends at an estimated time, a hollow head for an estimated arrival, ≈ before a state entered at
 * one. It is placed for its width in its layout pass, like the window's diagram.
 */
final class ComparisonDiagram extends Pane {

    static final String STYLE_CLASS = "comparison-diagram";
    /** A row where the other trace has an event and this one has none. */
    static final String GAP_STYLE_CLASS = "comparison-gap";
    /** The ring at an end of an arrow whose time is estimated. */
    static final String ESTIMATED_POINT = "comparison-estimated-point";
    /** How wide a gap row's box is drawn. */
    static final double GAP_WIDTH = 30;
    /** Written beside a state entered at an estimated time, as the explanation writes such a time. */
    private static final String ESTIMATED_MARK = "≈";

    private final LanguageModel language;
    private final TraceCursor cursor;
    private final Trace other;
    private final EventAlignment alignment;
    private final boolean first;
    private final DiagramRows rows;
    private final TimeScale scale;
    private final IntPredicate differs;
    private final IntPredicate timeEstimated;
    private final Text labelMeasuring = new Text();
    private final Text stateMeasuring = new Text();
    private final Text crossMeasuring = new Text("✕");
    private final Group drawn = new Group();
    private double drawnWidth = -1;
    private LadderGeometry drawnGeometry;
    private int marked;
    private int estimated;
    private int gaps;

    /**
     * @param other         the trace of the other diagram
     * @param alignment     the rows both diagrams of the comparison share
     * @param first         whether this is the diagram of the alignment's first trace
     * @param scale         the time scale both diagrams share, so that equal times are level
     * @param differs       whether the transmission with the given id differs from the other trace
     * @param timeEstimated whether the time of the trace's event with the given index is estimated
     */
    ComparisonDiagram(LanguageModel language, TraceCursor cursor, Trace other, EventAlignment alignment,
                      boolean first, TimeScale scale, IntPredicate differs, IntPredicate timeEstimated) {
        this.language = language;
        this.cursor = cursor;
        this.other = other;
        this.alignment = alignment;
        this.first = first;
        this.rows = alignment.diagramRows(first);
        this.scale = scale;
        this.differs = differs;
        this.timeEstimated = timeEstimated;
        getStyleClass().addAll(STYLE_CLASS, "ladder-canvas");
        labelMeasuring.getStyleClass().addAll("ladder-tag", "ladder-label");
        stateMeasuring.getStyleClass().add("ladder-state");
        crossMeasuring.getStyleClass().add("ladder-cross");
        for (Text measuring : List.of(labelMeasuring, stateMeasuring, crossMeasuring)) {
            measuring.setVisible(false);
            measuring.setManaged(false);
        }
        drawn.setManaged(false);
        getChildren().addAll(drawn, labelMeasuring, stateMeasuring, crossMeasuring);
        setMinWidth(0);
        setPrefWidth(0);
        language.messagesProperty().addListener((obs, old, now) -> {
            drawnWidth = -1;
            requestLayout();
        });
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double width = Math.max(getWidth(), 240);
        if (width != drawnWidth) {
            draw(width);
        }
    }

    private void draw(double width) {
        drawnWidth = width;
        drawn.getChildren().clear();
        marked = 0;
        estimated = 0;
        gaps = 0;
        applyCss();
        List<String> labels = cursor.flights().stream()
                .map(flight -> SegmentLabel.text(language.messagesProperty().get(), cursor.trace(), flight, true))
                .toList();
        TextNodeMeasure stateMeasure = new TextNodeMeasure(stateMeasuring);
        double markWidth = stateMeasure.width(ESTIMATED_MARK + " ");
        // Every state name is given room for the estimated mark, so that a marked one fits too.
        TextMeasure stateRoom = new TextMeasure() {
            @Override
            public double width(String text) {
                return stateMeasure.width(text) + markWidth;
            }

            @Override
            public double height(String text) {
                return stateMeasure.height(text);
            }
        };
        LadderDrawing drawing = LadderDrawing.of(cursor, rows, scale, labels, new TextNodeMeasure(labelMeasuring),
                stateRoom, crossMeasuring.getLayoutBounds().getWidth(), width);
        LadderGeometry geometry = drawing.geometry();
        drawnGeometry = geometry;
        for (Side side : Side.values()) {
            Line line = new Line(geometry.x(side), LadderGeometry.TOP - 6, geometry.x(side),
                    drawing.height() - LadderGeometry.BOTTOM / 2);
            line.getStyleClass().addAll("ladder-lifeline", ViewStyles.sideClass(side));
            Label header = new Label();
            header.textProperty().bind(language.bind(side == Side.CLIENT ? "host.client.name" : "host.server.name"));
            header.getStyleClass().addAll("ladder-header", ViewStyles.sideClass(side));
            header.applyCss();
            header.relocate(geometry.x(side) - header.prefWidth(-1) / 2, 8);
            drawn.getChildren().addAll(line, header);
        }
        for (EventAlignment.Row row : alignment.gaps(first)) {
            drawn.getChildren().add(gap(geometry, row));
        }
        for (LadderDrawing.StateMark mark : drawing.states()) {
            drawn.getChildren().add(state(mark, markWidth));
        }
        Group tags = new Group();
        for (LadderDrawing.Arrow arrow : drawing.arrows()) {
            drawn.getChildren().add(arrow(arrow));
            tags.getChildren().add(label(arrow));
        }
        drawn.getChildren().add(tags);
        for (LadderDrawing.Arrow arrow : drawing.arrows()) {
            arrow.cross().ifPresent(box -> {
                Text cross = new Text(box.x(), box.y() + box.height() / 2, "✕");
                cross.getStyleClass().add("ladder-cross");
                cross.setTextOrigin(VPos.CENTER);
                drawn.getChildren().add(cross);
            });
        }
        setPrefHeight(drawing.height());
        setMinHeight(drawing.height());
    }

    /**
     * A state name beside its time line, in the room the drawing left for it and for the mark of an
     * estimated time, ≈, which goes on the far side of the name from the line.
     */
    private Text state(LadderDrawing.StateMark mark, double markWidth) {
        String name = mark.change().to().rfcName();
        boolean client = mark.change().side() == Side.CLIENT;
        Text state = new Text(mark.x(), mark.baselineY(), name);
        if (timeEstimated.test(mark.eventIndex())) {
            state.setText(client ? ESTIMATED_MARK + " " + name : name + " " + ESTIMATED_MARK);
            state.getStyleClass().add("estimated");
        } else if (client) {
            state.setX(mark.x() + markWidth);
        }
        state.getStyleClass().addAll("ladder-state", ViewStyles.sideClass(mark.change().side()));
        return state;
    }

    private Group arrow(LadderDrawing.Arrow arrow) {
        Flight flight = arrow.flight();
        Group group = new Group();
        group.getStyleClass().addAll("ladder-arrow", ViewStyles.kindClass(flight), ViewStyles.sideClass(flight.sender()));
        if (flight.retransmission()) {
            group.getStyleClass().add("retransmission");
        }
        if (differs.test(flight.transmissionId())) {
            Line halo = new Line(arrow.startX(), arrow.startY(), arrow.endX(), arrow.endY());
            halo.getStyleClass().add("comparison-mark");
            group.getChildren().add(halo);
            group.getStyleClass().add("differs");
            marked++;
        }
        Line line = new Line(arrow.startX(), arrow.startY(), arrow.endX(), arrow.endY());
        line.getStyleClass().add("ladder-line");
        group.getChildren().add(line);
        boolean sentEstimated = timeEstimated.test(flight.sentIndex());
        boolean endEstimated = flight.endIndex() < cursor.eventCount() && timeEstimated.test(flight.endIndex());
        if (!flight.dropped()) {
            Polygon head = new Polygon(0, 0, -10, -5, -10, 5);
            head.getStyleClass().add("ladder-head");
            if (endEstimated) {
                head.getStyleClass().add("hollow");
            }
            head.getTransforms().setAll(new Translate(arrow.endX(), arrow.endY()), new Rotate(arrow.angleDegrees()));
            group.getChildren().add(head);
        }
        if (sentEstimated) {
            group.getChildren().add(estimatedPoint(arrow.startX(), arrow.startY()));
        }
        if (endEstimated && flight.dropped()) {
            group.getChildren().add(estimatedPoint(arrow.endX(), arrow.endY()));
        }
        if (sentEstimated || endEstimated) {
            group.getStyleClass().add("estimated");
            estimated++;
        }
        return group;
    }

    /** A ring where an arrow starts, or a lost one ends, at an estimated time. */
    private static Circle estimatedPoint(double x, double y) {
        Circle ring = new Circle(x, y, 4.5);
        ring.getStyleClass().add(ESTIMATED_POINT);
        return ring;
    }

    /**
     * A dashed box where the other trace's event of a row happens and this one has none: on the
     * sender's time line for a segment sent, the receiver's for one delivered, mid-wire for a loss,
     * and beside the time line, where the name goes, for a state change.
     */
    private Rectangle gap(LadderGeometry geometry, EventAlignment.Row row) {
        double x = gapX(geometry, other.events().get(row.event(!first)));
        double y = geometry.y(row.time(first), row.insertedRows());
        double height = LadderGeometry.ROW - 4;
        Rectangle box = new Rectangle(x - GAP_WIDTH / 2, y - height / 2, GAP_WIDTH, height);
        box.getStyleClass().add(GAP_STYLE_CLASS);
        box.setArcWidth(height / 2);
        box.setArcHeight(height / 2);
        gaps++;
        return box;
    }

    private Group label(LadderDrawing.Arrow arrow) {
        Group tag = new Group();
        tag.getStyleClass().addAll("ladder-tag", ViewStyles.kindClass(arrow.flight()));
        Rectangle back = new Rectangle(arrow.label().x(), arrow.label().y(), arrow.label().width(), arrow.label().height());
        back.getStyleClass().add("ladder-label-back");
        back.setArcWidth(6);
        back.setArcHeight(6);
        Text text = new Text(arrow.label().text());
        text.getStyleClass().add("ladder-label");
        text.setTextOrigin(VPos.TOP);
        tag.getChildren().addAll(back, text);
        text.applyCss();
        text.setX(arrow.label().x() + (arrow.label().width() - text.getLayoutBounds().getWidth()) / 2);
        text.setY(arrow.label().y() + LadderLabelLayout.PAD);
        return tag;
    }

    private static double gapX(LadderGeometry geometry, TraceEvent missing) {
        if (missing instanceof SegmentSent sent) {
            return geometry.x(sent.segment().from());
        }
        if (missing instanceof SegmentDelivered delivered) {
            return geometry.x(delivered.segment().from().peer());
        }
        if (missing instanceof StateChanged change) {
            double outwards = change.side() == Side.CLIENT ? -1 : 1;
            return geometry.x(change.side()) + outwards * (GAP_WIDTH / 2 + LadderGeometry.STATE_GAP);
        }
        // A loss or a link's copy happens on the wire.
        return (geometry.x(Side.CLIENT) + geometry.x(Side.SERVER)) / 2;
    }

    /** How many arrows are marked as differing, for tests. */
    int markedArrows() {
        return marked;
    }

    /** The height the trace's event {@code index} is drawn at, as last drawn, for tests. */
    double eventY(int index) {
        return drawnGeometry.eventY(index);
    }

    /** How many arrows are drawn with an estimated end, for tests. */
    int estimatedArrows() {
        return estimated;
    }

    /** How many gap rows are drawn, for tests. */
    int gapRows() {
        return gaps;
    }
}
