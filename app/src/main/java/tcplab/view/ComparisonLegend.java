package tcplab.view;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import tcplab.playback.LadderGeometry;

/**
 * What the comparison's own marks mean, drawn with the diagrams' styles: the hollow ends of an
 * arrow whose time is estimated, and the dashed box of a row that only the other side has.
 */
final class ComparisonLegend extends FlowPane {

    static final String STYLE_CLASS = "comparison-marks-legend";
    private static final double SAMPLE_LENGTH = 26;

    ComparisonLegend(LanguageModel language) {
        super(14, 4);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);

        Line line = new Line(0, 0, SAMPLE_LENGTH, 0);
        line.getStyleClass().add("ladder-line");
        Circle ring = new Circle(0, 0, 4.5);
        ring.getStyleClass().add(ComparisonDiagram.ESTIMATED_POINT);
        Polygon head = new Polygon(SAMPLE_LENGTH, 0, SAMPLE_LENGTH - 10, -5, SAMPLE_LENGTH - 10, 5);
        head.getStyleClass().addAll("ladder-head", "hollow");
        Group estimated = new Group(line, ring, head);
        estimated.getStyleClass().addAll("ladder-arrow", "kind-ack", "estimated");

        double gapHeight = LadderGeometry.ROW - 4;
        Rectangle gap = new Rectangle(ComparisonDiagram.GAP_WIDTH, gapHeight);
        gap.setArcWidth(gapHeight / 2);
        gap.setArcHeight(gapHeight / 2);
        gap.getStyleClass().add(ComparisonDiagram.GAP_STYLE_CLASS);

        getChildren().addAll(
                LadderLegend.item(language.bind("compare.legend.estimated"), estimated),
                LadderLegend.item(language.bind("compare.legend.gap"), new Group(gap)));
    }
}
