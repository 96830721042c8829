package tcplab.view;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tcplab.engine.TraceEvent;
import tcplab.explain.EventExplainer;
import tcplab.explain.Formats;
import tcplab.i18n.Message;
import tcplab.playback.Frame;

/**
 * What just happened and why: the sentences for the events of the latest moment at or before the
 * playback time, in the chosen language. It follows stepping, playing and scrubbing alike.
 */
public final class ExplanationView extends VBox {

    public static final String STYLE_CLASS = "explanation-view";

    private final LanguageModel language;
    private final PlaybackModel model;
    private final VBox sentences = new VBox();
    private final Label time = new Label();
    private List<TraceEvent> shownEvents;

    public ExplanationView(LanguageModel language, PlaybackModel model) {
        this.language = language;
        this.model = model;
        getStyleClass().addAll(STYLE_CLASS, "panel");

        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(language.bind("panel.explain.title"));
        time.getStyleClass().add("explanation-time");
        sentences.getStyleClass().add("explanation-sentences");
        ScrollPane scroll = new ScrollPane(sentences);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("explanation-scroll");
        setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, time, scroll);

        model.frameProperty().addListener((obs, old, frame) -> show(frame));
        model.relativeNumbersProperty().addListener((obs, old, now) -> {
            shownEvents = null;
            show(model.frameProperty().get());
        });
        show(model.frameProperty().get());
    }

    private void show(Frame frame) {
        if (frame == null || frame.latestEvents().equals(shownEvents)) {
            return;
        }
        shownEvents = frame.latestEvents();
        sentences.getChildren().clear();
        if (shownEvents.isEmpty()) {
            time.textProperty().unbind();
            time.setText("");
            sentences.getChildren().add(sentence(language.bind("explain.empty")));
            return;
        }
        time.textProperty().bind(language.bind("playback.time", Formats.seconds(shownEvents.get(0).time())));
        EventExplainer explainer = new EventExplainer(model.cursorProperty().get().trace(),
                model.relativeNumbersProperty().get());
        for (int index = frame.firstLatestEvent(); index < frame.applied(); index++) {
            // An event says one or two things (a retransmission adds why); each gets its own paragraph.
            for (Message message : explainer.explain(index)) {
                sentences.getChildren().add(sentence(Bindings.createStringBinding(
                        () -> language.messagesProperty().get().text(message), language.messagesProperty())));
            }
        }
    }

    private static Label sentence(ObservableValue<String> text) {
        Label label = new Label();
        label.getStyleClass().add("explanation-sentence");
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }
}
