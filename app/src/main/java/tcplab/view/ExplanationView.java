package tcplab.view;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import tcplab.engine.TraceEvent;
import tcplab.explain.EventExplainer;
import tcplab.explain.Formats;
import tcplab.i18n.Message;
import tcplab.playback.Frame;

/**
 * What just happened and why: first the event the playback stands on, then, apart, what happened
 * before it in the same instant, in the chosen language (or, in 한/EN, in every language paragraph
 * by paragraph), its terms linked to the glossary. It follows stepping, playing and scrubbing
 * alike, and every new step is shown from its first sentence.
 */
public final class ExplanationView extends VBox {

    public static final String STYLE_CLASS = "explanation-view";

    private final LanguageModel language;
    private final PlaybackModel model;
    private final TraceSource source;
    private final ParagraphsView sentences;
    private final ScrollPane scroll;
    private final Label time = new Label();
    private List<TraceEvent> shownEvents;

    /**
     * @param source   the trace's source, so a drop the learner asked for is told as theirs and an
     *                 estimated time as estimated
     * @param glossary where the explanation's terms link to
     */
    public ExplanationView(LanguageModel language, PlaybackModel model, TraceSource source, GlossaryModel glossary) {
        this.language = language;
        this.model = model;
        this.source = source;
        this.sentences = new ParagraphsView(language, glossary);
        this.scroll = new ScrollPane(sentences);
        getStyleClass().addAll(STYLE_CLASS, "panel");

        Label title = new Label();
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(language.bind("panel.explain.title"));
        Button openGlossary = new Button();
        openGlossary.setId("glossary-button");
        openGlossary.getStyleClass().add("glossary-button");
        openGlossary.setGraphic(new FontIcon(MaterialDesignB.BOOK_ALPHABET));
        openGlossary.textProperty().bind(language.bind("glossary.panel.open"));
        Tooltip glossaryTip = new Tooltip();
        glossaryTip.textProperty().bind(language.bind("glossary.panel.openTooltip"));
        openGlossary.setTooltip(glossaryTip);
        openGlossary.setOnAction(event -> glossary.open(null));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(title, gap, openGlossary);
        heading.setAlignment(Pos.CENTER_LEFT);
        heading.getStyleClass().add("explanation-heading");
        time.getStyleClass().add("explanation-time");
        sentences.getStyleClass().add("explanation-sentences");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("explanation-scroll");
        setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, time, scroll);

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
        sentences.clear();
        // A new step is read from its first sentence, wherever the last one was scrolled to.
        scroll.setVvalue(0);
        if (shownEvents.isEmpty()) {
            time.textProperty().unbind();
            time.setText("");
            sentences.add(Message.of("explain.empty"), "explanation-sentence");
            return;
        }
        int current = frame.applied() - 1;
        String seconds = Formats.seconds(model.cursorProperty().get().trace(), shownEvents.get(0).time());
        time.textProperty().bind(source.timeEstimated(current) ? language.bind("playback.time.estimated", seconds)
                : language.bind("playback.time", seconds));
        EventExplainer explainer = new EventExplainer(model.cursorProperty().get().trace(),
                model.relativeNumbersProperty().get(), source.learnerFaults(), source.fixedIsns());
        // An event says one or two things (a retransmission adds why); each gets its own paragraph.
        sentences.addAll(explainer.explain(current), "explanation-sentence");
        if (frame.firstLatestEvent() < current) {
            sentences.add(Message.of("explain.sameInstant"), "explanation-earlier-title");
            for (int index = frame.firstLatestEvent(); index < current; index++) {
                sentences.addAll(explainer.explain(index), "explanation-earlier");
            }
        }
    }

    /** The sentences shown, in order (in 한/EN each in every language), for tests. */
    public List<String> sentenceTexts() {
        return sentences.paragraphTexts();
    }

    /** The paragraphs, for tests that follow their glossary links. */
    public ParagraphsView paragraphs() {
        return sentences;
    }
}
