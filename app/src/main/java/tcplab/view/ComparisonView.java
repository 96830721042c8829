package tcplab.view;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tcplab.capture.CapturedTrace;
import tcplab.compare.EventAlignment;
import tcplab.compare.TraceComparison;
import tcplab.compare.TraceComparison.Difference;
import tcplab.engine.Trace;
import tcplab.playback.TimeScale;
import tcplab.playback.TraceCursor;
import tcplab.explain.EventExplainer;
import tcplab.explain.Formats;
import tcplab.i18n.Message;
import tcplab.playback.Flight;

/**
 * A capture and the simulator's run of it, side by side: two whole sequence diagrams that scroll
 * together, row by row ({@link EventAlignment}: an event one side has no match for faces a gap row
 * in the other), each arrow that differs from the other side marked, the capture's estimated times
 * drawn hollow, and the differences listed in words below (a segment only one has, a segment lost
 * on one side only, a segment sent further apart in time than the tolerance).
 */
public final class ComparisonView extends BorderPane {

    public static final String STYLE_CLASS = "comparison-view";

    private final ComparisonDiagram captured;
    private final ComparisonDiagram simulated;
    private final VBox differences = new VBox(2);
    private final TraceComparison comparison;
    private final EventAlignment alignment;
    private final Trace simulation;

    /**
     * @param capturedTitle  what the left diagram shows (the file and the connection)
     * @param simulatedTitle what the right one shows (the simulator and its profile)
     */
    public ComparisonView(LanguageModel language, CapturedTrace capture, Trace simulation, TraceComparison comparison,
                          ObservableValue<String> capturedTitle, ObservableValue<String> simulatedTitle) {
        getStyleClass().add(STYLE_CLASS);
        this.comparison = comparison;
        this.simulation = simulation;
        this.alignment = EventAlignment.of(capture.trace(), simulation, comparison);
        TraceCursor capturedCursor = new TraceCursor(capture.trace());
        TraceCursor simulatedCursor = new TraceCursor(simulation);
        // One time scale for both, so that a segment sent at the same time is drawn at the same height.
        TimeScale scale = TimeScale.common(List.of(capturedCursor, simulatedCursor));
        captured = new ComparisonDiagram(language, capturedCursor, simulation, alignment, true, scale,
                id -> comparison.differs(true, id), capture::timeEstimated);
        // The simulator knows every time it draws.
        simulated = new ComparisonDiagram(language, simulatedCursor, capture.trace(), alignment, false, scale,
                id -> comparison.differs(false, id), index -> false);
        captured.setId("comparison-captured");
        simulated.setId("comparison-simulated");

        HBox titles = new HBox(column(capturedTitle), column(simulatedTitle));
        titles.getStyleClass().add("comparison-titles");
        HBox diagrams = new HBox(captured, simulated);
        diagrams.getStyleClass().add("comparison-diagrams");
        HBox.setHgrow(captured, Priority.ALWAYS);
        HBox.setHgrow(simulated, Priority.ALWAYS);
        // Equal halves whatever their labels: each starts from nothing and grows alike.
        captured.setPrefWidth(100);
        simulated.setPrefWidth(100);
        ScrollPane scroll = new ScrollPane(diagrams);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("comparison-scroll");

        Label legend = new Label();
        legend.getStyleClass().add("comparison-legend");
        legend.setWrapText(true);
        legend.textProperty().bind(language.bind("compare.legend", Formats.millis(comparison.toleranceMicros())));
        differences.setId("comparison-differences");
        differences.getStyleClass().add("comparison-differences");
        for (Difference difference : comparison.differences()) {
            differences.getChildren().add(line(language, describe(difference)));
        }
        if (comparison.differences().isEmpty()) {
            differences.getChildren().add(line(language, Message.of("compare.none", Formats.millis(comparison.toleranceMicros()))));
        }
        ScrollPane list = new ScrollPane(differences);
        list.setFitToWidth(true);
        list.getStyleClass().add("comparison-list");
        list.setPrefViewportHeight(120);
        VBox bottom = new VBox(6, new ComparisonLegend(language), legend, list);
        bottom.getStyleClass().add("comparison-bottom");

        setTop(titles);
        setCenter(scroll);
        setBottom(bottom);
    }

    private static VBox column(ObservableValue<String> title) {
        Label label = new Label();
        label.getStyleClass().add("panel-title");
        label.textProperty().bind(title);
        label.setWrapText(true);
        VBox column = new VBox(label);
        column.setAlignment(Pos.CENTER);
        column.setPrefWidth(100);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private static Label line(LanguageModel language, Message message) {
        Label label = new Label();
        label.getStyleClass().add("comparison-difference");
        label.setWrapText(true);
        label.textProperty().bind(language.bind(message));
        return label;
    }

    /** A difference in words: which segment, from whom, and how it differs. */
    private static Message describe(Difference difference) {
        Flight any = difference.first() != null ? difference.first() : difference.second();
        String segment = any.segment().flagsJoined("+");
        Message host = EventExplainer.hostName(any.sender());
        return switch (difference.kind()) {
            case ONLY_FIRST -> Message.of("compare.onlyCapture", segment, host, Formats.millis(any.sentAt()));
            case ONLY_SECOND -> Message.of("compare.onlySimulation", segment, host, Formats.millis(any.sentAt()));
            case OUTCOME -> difference.first().dropped() ? Message.of("compare.lostInCapture", segment, host)
                    : Message.of("compare.lostInSimulation", segment, host);
            case TIMING -> difference.offsetMicros() > 0
                    ? Message.of("compare.later", segment, host, Formats.millis(difference.offsetMicros()))
                    : Message.of("compare.earlier", segment, host, Formats.millis(-difference.offsetMicros()));
        };
    }

    /** What is compared and found. */
    public TraceComparison comparison() {
        return comparison;
    }

    /** The simulator's run beside the capture. */
    public Trace simulation() {
        return simulation;
    }

    /** How the two diagrams' rows are lined up. */
    public EventAlignment alignment() {
        return alignment;
    }

    /** The differences listed, in order, for tests. */
    public List<String> differenceTexts() {
        return differences.getChildren().stream().map(node -> ((Label) node).getText()).toList();
    }

    /** How many arrows each diagram marks, captured then simulated, for tests. */
    public int[] markedArrows() {
        return new int[] {captured.markedArrows(), simulated.markedArrows()};
    }

    /** How many arrows each diagram draws with an estimated end, captured then simulated, for tests. */
    public int[] estimatedArrows() {
        return new int[] {captured.estimatedArrows(), simulated.estimatedArrows()};
    }

    /** The height an event is drawn at in the captured diagram or the simulated one, for tests. */
    public double eventY(boolean inCaptured, int index) {
        return (inCaptured ? captured : simulated).eventY(index);
    }

    /** How many gap rows each diagram draws, captured then simulated, for tests. */
    public int[] gapRows() {
        return new int[] {captured.gapRows(), simulated.gapRows()};
    }
}
