package tcplab.view;

import java.util.List;
import java.util.function.IntPredicate;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import tcplab.engine.Side;
import tcplab.explain.SegmentLabel;
import tcplab.playback.Flight;
import tcplab.playback.LadderDrawing;
import tcplab.playback.LadderGeometry;
import tcplab.playback.LadderLabelLayout;
import tcplab.playback.TimeScale;
import tcplab.playback.TraceCursor;

/**
 * One whole trace's sequence diagram, drawn still, in the window diagram's styles, with the
 * transmissions that differ from the other trace of a comparison marked by a halo. It is placed
 * for its width in its layout pass, like the window's diagram.
 */
final class ComparisonDiagram extends Pane {

    static final String STYLE_CLASS = "comparison-diagram";

    private final LanguageModel language;
    private final TraceCursor cursor;
    private final TimeScale scale;
    private final IntPredicate differs;
    private final Text labelMeasuring = new Text();
    private final Text stateMeasuring = new Text();
    private final Text crossMeasuring = new Text("✕");
    private final Group drawn = new Group();
    private double drawnWidth = -1;
    private int marked;

    /**
     * @param scale   the time scale both diagrams of the comparison share, so that their rows line up
     * @param differs whether the transmission with the given id differs from the other trace
     */
    ComparisonDiagram(LanguageModel language, TraceCursor cursor, TimeScale scale, IntPredicate differs) {
        this.language = language;
        this.cursor = cursor;
        this.scale = scale;
        this.differs = differs;
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
        applyCss();
        List<String> labels = cursor.flights().stream()
                .map(flight -> SegmentLabel.text(language.messagesProperty().get(), cursor.trace(), flight, true))
                .toList();
        LadderDrawing drawing = LadderDrawing.of(cursor, scale, labels, new TextNodeMeasure(labelMeasuring),
                new TextNodeMeasure(stateMeasuring), crossMeasuring.getLayoutBounds().getWidth(), width);
        LadderGeometry geometry = drawing.geometry();
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
        for (LadderDrawing.StateMark mark : drawing.states()) {
            Text state = new Text(mark.x(), mark.baselineY(), mark.change().to().rfcName());
            state.getStyleClass().addAll("ladder-state", ViewStyles.sideClass(mark.change().side()));
            drawn.getChildren().add(state);
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
        if (!flight.dropped()) {
            Polygon head = new Polygon(0, 0, -10, -5, -10, 5);
            head.getStyleClass().add("ladder-head");
            head.getTransforms().setAll(new Translate(arrow.endX(), arrow.endY()), new Rotate(arrow.angleDegrees()));
            group.getChildren().add(head);
        }
        return group;
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

    /** How many arrows are marked as differing, for tests. */
    int markedArrows() {
        return marked;
    }
}
