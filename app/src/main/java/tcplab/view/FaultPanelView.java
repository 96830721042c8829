package tcplab.view;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import tcplab.TextKeys;
import tcplab.engine.FaultAction;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;

/**
 * Faults by hand: for each direction the loss rate, one-way delay and jitter, and a button that
 * drops the next segment; the lesson's own faults and the drops the learner asked for; and one
 * button that clears the learner's.
 */
public final class FaultPanelView extends VBox {

    public static final String STYLE_CLASS = "fault-panel";

    private final VBox drops = new VBox();
    private final LanguageModel language;
    private final SimulatedLesson model;
    private final PlaybackModel playback;

    public FaultPanelView(LanguageModel language, SimulatedLesson model, PlaybackModel playback) {
        this.language = language;
        this.model = model;
        this.playback = playback;
        getStyleClass().addAll(STYLE_CLASS, "form");

        for (Side from : Side.values()) {
            getChildren().add(direction(from));
        }

        Button clear = new Button();
        clear.setId("clear-faults");
        clear.setGraphic(new FontIcon(MaterialDesignB.BROOM));
        clear.textProperty().bind(language.bind("faults.clear"));
        clear.getStyleClass().add("danger");
        clear.setMaxWidth(Double.MAX_VALUE);
        clear.setOnAction(event -> model.clearFaults());

        drops.getStyleClass().add("learner-drops");
        model.learnerFaults().addListener((ListChangeListener<ScriptedFault>) change -> showDrops());
        // A new trace can make a drop of yours aim at a segment that is, or is no longer, sent.
        model.traceProperty().addListener((obs, old, now) -> showDrops());
        showDrops();

        Label hint = new Label();
        hint.getStyleClass().add("fault-hint");
        hint.setWrapText(true);
        hint.setMinHeight(USE_PREF_SIZE);
        hint.textProperty().bind(language.bind("faults.hint"));

        getChildren().addAll(drops, clear, hint);
    }

    private VBox direction(Side from) {
        String side = ViewStyles.sideClass(from);
        LinkModel link = model.link(from);
        Label title = new Label();
        title.getStyleClass().addAll("fault-direction", side);
        title.textProperty().bind(language.bind(TextKeys.faultDirection(from)));

        NumberField loss = NumberField.percent(language, "loss-" + side, value -> link.lossPercentProperty().set(value));
        NumberField delay = new NumberField(language, "delay-" + side, 0, LinkModel.MAX_DELAY_MILLIS,
                value -> link.delayMillisProperty().set((int) value));
        NumberField jitter = new NumberField(language, "jitter-" + side, 0, LinkModel.MAX_JITTER_MILLIS,
                value -> link.jitterMillisProperty().set((int) value));
        loss.show(link.lossPercentProperty().get());
        delay.show(link.delayMillisProperty().get());
        jitter.show(link.jitterMillisProperty().get());
        link.lossPercentProperty().addListener((obs, old, now) -> loss.show(now.doubleValue()));
        link.delayMillisProperty().addListener((obs, old, now) -> delay.show(now.longValue()));
        link.jitterMillisProperty().addListener((obs, old, now) -> jitter.show(now.longValue()));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("fault-grid");
        Label lossLabel = ScenarioPanelView.fieldLabel(language.bind("faults.loss"));
        Label delayLabel = ScenarioPanelView.fieldLabel(language.bind("faults.delay"));
        Label jitterLabel = ScenarioPanelView.fieldLabel(language.bind("faults.jitter"));
        lossLabel.setLabelFor(loss.field());
        delayLabel.setLabelFor(delay.field());
        jitterLabel.setLabelFor(jitter.field());
        grid.addRow(0, lossLabel, loss);
        grid.addRow(1, delayLabel, delay);
        grid.addRow(2, jitterLabel, jitter);

        Button dropNext = new Button();
        dropNext.setId("drop-next-" + side);
        dropNext.setGraphic(new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        dropNext.textProperty().bind(language.bind("faults.dropNext"));
        dropNext.setMaxWidth(Double.MAX_VALUE);
        dropNext.setOnAction(event -> model.dropNext(from, playback.time()));

        VBox box = new VBox(title, grid, dropNext);
        box.getStyleClass().add("fault-direction-box");
        return box;
    }

    /**
     * The lesson's own faults first, then the learner's drops: each says whose it is, so a
     * scripted loss is never taken for none. A drop of the learner's that aims at a segment this
     * lesson never sends says so.
     */
    private void showDrops() {
        drops.getChildren().clear();
        for (ScriptedFault fault : model.scenarioProperty().get().faults()) {
            String flags = fault.flags().map(FaultPanelView::flagsText).orElse(language.text("faults.anySegment"));
            Label line = fault.action() == FaultAction.DELAY
                    ? ScenarioPanelView.fieldLabel(language.bind("faults.lessonDelay", arrow(fault.from()), flags,
                            fault.nth(), String.valueOf(fault.extraDelayMicros() / 1000)))
                    : ScenarioPanelView.fieldLabel(language.bind("faults.lessonDrop", arrow(fault.from()), flags,
                            fault.nth()));
            line.setGraphic(new FontIcon(fault.action() == FaultAction.DELAY
                    ? MaterialDesignT.TIMER_SAND : MaterialDesignD.DELETE_OUTLINE));
            line.getStyleClass().add("lesson-fault");
            drops.getChildren().add(line);
        }
        for (ScriptedFault fault : model.learnerFaults()) {
            Label drop = ScenarioPanelView.fieldLabel(isSent(fault)
                    ? language.bind("faults.userDrop", arrow(fault.from()), fault.nth())
                    : language.bind("faults.userDropNotSent", arrow(fault.from()), fault.nth()));
            drop.setGraphic(new FontIcon(MaterialDesignD.DELETE_OUTLINE));
            drop.getStyleClass().add("learner-fault");
            drops.getChildren().add(drop);
        }
        if (drops.getChildren().isEmpty()) {
            drops.getChildren().add(ScenarioPanelView.fieldLabel(language.bind("faults.none")));
        }
    }

    /** Whether the trace has the segment a drop aims at (dropped, it is still sent once). */
    private boolean isSent(ScriptedFault fault) {
        return model.traceProperty().get().trace().events().stream().anyMatch(event ->
                event instanceof SegmentSent sent && sent.side() == fault.from() && sent.ordinal() == fault.nth());
    }

    /** A direction as the command line writes it, e.g. {@code C→S}. */
    private static String arrow(Side from) {
        return from.letter() + "→" + from.peer().letter();
    }

    private static String flagsText(Set<Flag> flags) {
        return flags.stream().sorted().map(Flag::name).collect(Collectors.joining("+"));
    }
}
