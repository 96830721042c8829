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
 * What just happened and why: first the event the playback stands on, then, apart, what happened
 * before it in the same instant, in the chosen language. It follows stepping, playing and
 * scrubbing alike, and every new step is shown from its first sentence.
 */
public final class ExplanationView extends VBox {

    public static final String STYLE_CLASS = "explanation-view";

    private final LanguageModel language;
    private final PlaybackModel model;
    private final TraceSource source;
    private final VBox sentences = new VBox();
    private final ScrollPane scroll = new ScrollPane(sentences);
    private final Label time = new Label();
    private List<TraceEvent> shownEvents;

    /**
     * @param source the trace's source, so a drop the learner asked for is told as theirs and an
     *               estimated time as estimated
     */
    public ExplanationView(LanguageModel language, PlaybackModel model, TraceSource source) {
        this.language = language;
        this.model = model;
        this.source = source;
        getStyleClass().addAll(STYLE_CLASS, "panel");

        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(language.bind("panel.explain.title"));
        time.getStyleClass().add("explanation-time");
        sentences.getStyleClass().add("explanation-sentences");
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
        // A new step is read from its first sentence, wherever the last one was scrolled to.
        scroll.setVvalue(0);
        if (shownEvents.isEmpty()) {
            time.textProperty().unbind();
            time.setText("");
            sentences.getChildren().add(sentence(language.bind("explain.empty"), "explanation-sentence"));
            return;
        }
        int current = frame.applied() - 1;
        String seconds = Formats.seconds(shownEvents.get(0).time());
        time.textProperty().bind(source.timeEstimated(current) ? language.bind("playback.time.estimated", seconds)
                : language.bind("playback.time", seconds));
        EventExplainer explainer = new EventExplainer(model.cursorProperty().get().trace(),
                model.relativeNumbersProperty().get(), source.learnerFaults());
        addSentences(explainer.explain(current), "explanation-sentence");
        if (frame.firstLatestEvent() < current) {
            sentences.getChildren().add(sentence(language.bind("explain.sameInstant"), "explanation-earlier-title"));
            for (int index = frame.firstLatestEvent(); index < current; index++) {
                addSentences(explainer.explain(index), "explanation-earlier");
            }
        }
    }

    /** An event says one or two things (a retransmission adds why); each gets its own paragraph. */
    private void addSentences(List<Message> messages, String styleClass) {
        for (Message message : messages) {
            sentences.getChildren().add(sentence(Bindings.createStringBinding(
                    () -> language.messagesProperty().get().text(message), language.messagesProperty()), styleClass));
        }
    }

    private static Label sentence(ObservableValue<String> text, String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }

    /** The sentences shown, in order, for tests. */
    public List<String> sentenceTexts() {
        return sentences.getChildren().stream().map(node -> ((Label) node).getText()).toList();
    }
}
