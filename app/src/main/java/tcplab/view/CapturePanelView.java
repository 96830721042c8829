package tcplab.view;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.controlsfx.control.SegmentedButton;
import tcplab.TextKeys;
import tcplab.capture.CapturedConnection;
import tcplab.capture.CapturedTrace;
import tcplab.capture.ClientEvidence;
import tcplab.compare.SimulatedCounterpart;
import tcplab.compare.TraceComparison;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.explain.Formats;
import tcplab.i18n.Message;

/**
 * The lesson panel while a capture is shown: the file's name, the connection chosen among the
 * file's, what the capture tells about it (who is the client, where the capture was taken, the
 * round trip, which times are estimated), and "Compare with the simulator" under the profile
 * chosen (Linux first). "Back to the lessons" shows the simulated lesson as it was left.
 */
public final class CapturePanelView extends VBox {

    public static final String STYLE_CLASS = "capture-panel";
    /** Segments sent this much further apart than a round trip (or 10 ms, if more) count as a difference. */
    private static final long TOLERANCE_FLOOR_MICROS = 10_000;

    private final LanguageModel language;
    private final DisplayModel display;
    private final LabModel lab;
    private final CapturedLesson capture;
    private final ComboBox<CapturedConnection> connections = new ComboBox<>();
    private final SegmentedButton profiles = new SegmentedButton();
    private ComparisonView lastComparison;

    public CapturePanelView(LanguageModel language, DisplayModel display, LabModel lab, CapturedLesson capture) {
        this.language = language;
        this.display = display;
        this.lab = lab;
        this.capture = capture;
        getStyleClass().addAll(STYLE_CLASS, ScenarioPanelView.STYLE_CLASS);
        setId("capture-panel");

        Label file = new Label();
        file.setId("capture-file");
        file.getStyleClass().add("capture-file");
        file.setWrapText(true);
        file.textProperty().bind(language.bind("capture.file", capture.fileName()));

        Label connectionLabel = ScenarioPanelView.fieldLabel(language.bind("capture.connection"));
        connections.setId("capture-connection");
        connections.getItems().setAll(capture.contents().connections());
        Function<CapturedConnection, ObservableValue<String>> name = connection -> language.bind(describe(connection));
        connections.setCellFactory(list -> new LocalizedCell<>(name));
        connections.setButtonCell(new LocalizedCell<>(name));
        connections.setMaxWidth(Double.MAX_VALUE);
        connections.valueProperty().bindBidirectional(capture.connectionProperty());
        connectionLabel.setLabelFor(connections);

        Label facts = ScenarioPanelView.fieldLabel(Bindings.createStringBinding(
                () -> facts(capture.capturedProperty().get()), language.messagesProperty(), capture.capturedProperty()));
        facts.setId("capture-facts");
        facts.getStyleClass().add("capture-facts");

        Label profileLabel = ScenarioPanelView.fieldLabel(language.bind("capture.compare.profile"));
        profiles.setId("capture-profile");
        for (TimerProfile profile : TimerProfile.values()) {
            ToggleButton button = new ToggleButton();
            button.setId("capture-profile-" + profile.name().toLowerCase(Locale.ROOT));
            button.textProperty().bind(language.bind(TextKeys.profile(profile)));
            button.setUserData(profile);
            button.setSelected(profile == TimerProfile.LINUX);
            profiles.getButtons().add(button);
        }
        profiles.getToggleGroup().selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            }
        });
        Button compare = new Button();
        compare.setId("capture-compare");
        compare.getStyleClass().add("accent");
        compare.textProperty().bind(language.bind("capture.compare"));
        compare.setMaxWidth(Double.MAX_VALUE);
        compare.setOnAction(event -> compare());

        Button back = new Button();
        back.setId("capture-back");
        back.textProperty().bind(language.bind("capture.back"));
        back.setMaxWidth(Double.MAX_VALUE);
        back.setOnAction(event -> lab.showLesson());

        getChildren().addAll(file, connectionLabel, connections, facts, profileLabel, profiles, compare, back);
    }

    /**
     * A connection as the chooser lists it: number, endpoints, packets, duration (in microseconds,
     * as Wireshark writes a capture's times), and whether it is whole.
     */
    private static Message describe(CapturedConnection connection) {
        Object[] shown = {connection.number(), connection.client().toString(), connection.server().toString(),
                connection.packetCount(), Formats.preciseSeconds(Math.floorDiv(connection.durationNanos(), 1000))};
        return connection.complete() ? Message.of("capture.connection.item", shown)
                : Message.of("capture.connection.partial", shown);
    }

    /** What the capture tells about the connection shown, one sentence a line. */
    private String facts(CapturedTrace captured) {
        StringBuilder text = new StringBuilder(captured.clientEvidence() == ClientEvidence.SYN
                ? language.text("capture.client.syn") : language.text("capture.client.firstSender"));
        text.append('\n').append(switch (captured.capturePoint()) {
            case AT_CLIENT -> language.text("capture.point.AT_CLIENT");
            case AT_SERVER -> language.text("capture.point.AT_SERVER");
            case BETWEEN -> language.text("capture.point.BETWEEN");
            case AT_BOTH_HOSTS -> language.text("capture.point.AT_BOTH_HOSTS");
        });
        text.append('\n').append(captured.roundTripMicros().isPresent()
                ? language.text("capture.roundTrip", Formats.millis(captured.roundTripMicros().getAsLong()))
                : language.text("capture.roundTrip.unknown"));
        text.append('\n').append(language.text("capture.estimated"));
        if (capture.connectionProperty().get().packetsLeftOut()) {
            text.append('\n').append(language.text("capture.leftOut"));
        }
        return text.toString();
    }

    /** The profile chosen for the comparison. */
    private TimerProfile profile() {
        return (TimerProfile) profiles.getToggleGroup().getSelectedToggle().getUserData();
    }

    /**
     * Runs the simulator with the capture's one-way times and losses under the profile chosen,
     * and opens the two side by side in a window of their own.
     */
    void compare() {
        CapturedTrace captured = capture.capturedProperty().get();
        TimerProfile profile = profile();
        SimulationInput input = SimulatedCounterpart.of(captured, profile);
        Trace simulation = lab.simulator().apply(input);
        long tolerance = Math.max(TOLERANCE_FLOOR_MICROS, captured.roundTripMicros().orElse(0));
        TraceComparison comparison = TraceComparison.of(captured.trace(), simulation, tolerance);
        int number = capture.connectionProperty().get().number();
        lastComparison = new ComparisonView(language, captured, simulation, comparison,
                language.bind("compare.captured", capture.fileName(), number),
                language.bind("compare.simulated", Message.of(TextKeys.profile(profile))));
        Subscription styled = DisplayStyle.follow(lastComparison, display);
        Stage window = new Stage();
        window.titleProperty().bind(language.bind("compare.title"));
        if (getScene() != null) {
            window.initOwner(getScene().getWindow());
        }
        // As big as the lab's window: both diagrams side by side need its width.
        Scene scene = getScene() == null ? new Scene(lastComparison, 1024, 700)
                : new Scene(lastComparison, getScene().getWidth(), getScene().getHeight());
        LabApplication.applyTheme(scene);
        window.setOnHidden(event -> styled.unsubscribe());
        window.setScene(scene);
        window.show();
    }

    /** The comparison opened last, or null, for tests. */
    ComparisonView lastComparison() {
        return lastComparison;
    }

    /** The connections listed, for tests. */
    public ComboBox<CapturedConnection> connectionChooser() {
        return connections;
    }
}
