package tcplab.view;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * What the sequence diagram's marks mean, drawn with the diagram's own styles: the cross of a lost
 * segment, the dashed line of a retransmission, and the line of the playback's "now".
 */
final class LadderLegend extends HBox {

    static final String STYLE_CLASS = "ladder-legend";
    private static final double SAMPLE_LENGTH = 22;

    LadderLegend(LanguageModel language) {
        super(14);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        // One line that never widens the panel; the panel is wide enough for it from 1024 pixels up.
        setMinWidth(0);
        setPrefWidth(0);

        Text cross = new Text("✕");
        cross.getStyleClass().add("ladder-cross");
        Line retransmission = new Line(0, 0, SAMPLE_LENGTH, 0);
        retransmission.getStyleClass().add("ladder-line");
        Node retransmissionSample = new Group(retransmission);
        retransmissionSample.getStyleClass().addAll("ladder-arrow", "retransmission");
        Line now = new Line(0, 0, SAMPLE_LENGTH, 0);
        now.getStyleClass().add("ladder-now");

        getChildren().addAll(
                item(language.bind("ladder.legend.lost"), cross),
                item(language.bind("ladder.legend.retransmission"), retransmissionSample),
                item(language.bind("ladder.legend.now"), now));
    }

    /** One entry of a legend: a sample drawn in the diagram's styles, and what it means. */
    static Label item(ObservableValue<String> text, Node sample) {
        Label item = new Label();
        item.getStyleClass().add("ladder-legend-item");
        item.setGraphic(sample);
        item.textProperty().bind(text);
        return item;
    }
}
