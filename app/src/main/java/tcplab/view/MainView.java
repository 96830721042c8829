package tcplab.view;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The lab's whole window content: the title bar; the network stage above the sequence diagram and
 * the state diagram; the explanation, the scenario and the faults on the right; the playback
 * controls along the bottom. One animation timer moves the playback while it plays.
 */
public final class MainView extends BorderPane {

    public static final String STYLE_CLASS = "main-view";
    private static final double EXPLANATION_SHARE = 0.6;
    private static final double RIGHT_SHARE = 0.3;
    private static final double LARGE_WIDTH = 1600;

    private final PlaybackModel model;
    private final TitleBarView titleBar;
    private final NetworkStageView stage;
    private final LadderView ladder;
    private final StateDiagramView states;
    private final ExplanationView explanation;
    private final PlaybackBarView playbackBar;
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void start() {
            last = 0;
            super.start();
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                model.tick(now - last);
            }
            last = now;
        }
    };

    public MainView(LanguageModel language, LabModel lab) {
        model = lab.playback();
        getStyleClass().add(STYLE_CLASS);
        titleBar = new TitleBarView(language);
        stage = new NetworkStageView(language, model, lab.lesson());
        ladder = new LadderView(language, model);
        states = new StateDiagramView(language, model);
        explanation = new ExplanationView(language, model, lab.lesson());
        playbackBar = new PlaybackBarView(language, model);

        Label ladderHint = new Label();
        ladderHint.getStyleClass().add("panel-hint");
        ladderHint.textProperty().bind(language.bind("panel.ladder.hint"));
        VBox ladderPanel = panel("ladder-panel", language.bind("panel.ladder.title"), ladder,
                new VBox(2, new LadderLegend(language), ladderHint));
        VBox statesPanel = panel("states-panel", language.bind("panel.states.title"), states, legend(language));
        HBox diagrams = new HBox(ladderPanel, statesPanel);
        diagrams.getStyleClass().add("diagrams");
        HBox.setHgrow(ladderPanel, Priority.ALWAYS);
        HBox.setHgrow(statesPanel, Priority.ALWAYS);
        ladderPanel.setPrefWidth(100);
        statesPanel.setPrefWidth(100);
        VBox left = new VBox(stage, diagrams);
        left.getStyleClass().add("lab-left");
        VBox.setVgrow(diagrams, Priority.ALWAYS);

        Tab faults = tab("faults-tab", language.bind("panel.faults.title"), null);
        // Built when first shown: the window opens on the scenario tab, and every hidden control
        // would cost start-up time for its skin and styles.
        faults.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && faults.getContent() == null) {
                faults.setContent(scrolling(new FaultPanelView(language, lab.lesson(), model)));
            }
        });
        TabPane settings = new TabPane(
                tab("scenario-tab", language.bind("panel.scenario.title"), scrolling(new ScenarioPanelView(language, lab.lesson()))),
                faults);
        settings.getStyleClass().add("settings-tabs");
        settings.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The explanation is what a learner reads most; the settings give it room, and the split is theirs to move.
        SplitPane right = new SplitPane(explanation, settings);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(EXPLANATION_SHARE);
        SplitPane.setResizableWithParent(settings, false);
        right.getStyleClass().add("lab-right");
        // Wider windows give the reading column its share, within the bounds set in the style sheet.
        right.prefWidthProperty().bind(widthProperty().multiply(RIGHT_SHARE));
        widthProperty().addListener((obs, old, width) ->
                pseudoClassStateChanged(ViewStyles.LARGE, width.doubleValue() >= LARGE_WIDTH));

        HBox body = new HBox(left, right);
        body.getStyleClass().add("lab-body");
        HBox.setHgrow(left, Priority.ALWAYS);

        Label error = new Label();
        error.getStyleClass().add("simulation-error");
        error.setWrapText(true);
        error.visibleProperty().bind(lab.lesson().errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        lab.lesson().errorProperty().addListener((obs, old, message) -> {
            error.textProperty().unbind();
            if (message != null) {
                error.textProperty().bind(language.bind(message));
            }
        });

        setTop(titleBar);
        setCenter(body);
        setBottom(new VBox(error, playbackBar));
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                timer.stop();
            } else {
                timer.start();
            }
        });
    }

    private static VBox panel(String id, ObservableValue<String> title, Node content, Node footer) {
        Label heading = new Label();
        heading.getStyleClass().add("panel-title");
        heading.textProperty().bind(title);
        VBox panel = new VBox(heading, content, footer);
        panel.setId(id);
        panel.getStyleClass().add("panel");
        VBox.setVgrow(content, Priority.ALWAYS);
        return panel;
    }

    private static Tab tab(String id, ObservableValue<String> title, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(title);
        tab.setContent(content);
        return tab;
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private static HBox legend(LanguageModel language) {
        Label client = new Label();
        client.getStyleClass().addAll("legend-item", ViewStyles.CLIENT);
        client.textProperty().bind(language.bind("states.legend.client"));
        Label server = new Label();
        server.getStyleClass().addAll("legend-item", ViewStyles.SERVER);
        server.textProperty().bind(language.bind("states.legend.server"));
        HBox legend = new HBox(16, client, server);
        legend.setAlignment(Pos.CENTER);
        legend.getStyleClass().add("states-legend");
        return legend;
    }

    /**
     * Space, Left/Right, Home and +/- drive the playback wherever the focus is, except in text
     * fields; Space still presses a focused button, and the arrows still move within a switch.
     */
    private void shortcut(KeyEvent event) {
        Object target = event.getTarget();
        if (target instanceof TextInputControl) {
            return;
        }
        boolean pickerOrButton = target instanceof ComboBoxBase || target instanceof ButtonBase;
        switch (event.getCode()) {
            case SPACE -> {
                if (pickerOrButton && target != playbackBar.playButton()) {
                    return;
                }
                model.togglePlaying();
            }
            case LEFT, RIGHT -> {
                // In a segmented switch the arrows move between its buttons.
                if (target instanceof ToggleButton) {
                    return;
                }
                if (event.getCode() == KeyCode.LEFT) {
                    model.stepPrevious();
                } else {
                    model.stepNext();
                }
            }
            case HOME -> model.restart();
            case PLUS, ADD, EQUALS -> model.faster();
            case MINUS, SUBTRACT -> model.slower();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** Gives the play button the focus, so Space plays at once. */
    public void focusPlay() {
        playbackBar.playButton().requestFocus();
    }

    public TitleBarView titleBar() {
        return titleBar;
    }

    public NetworkStageView networkStage() {
        return stage;
    }

    public LadderView ladder() {
        return ladder;
    }

    public StateDiagramView stateDiagram() {
        return states;
    }

    public ExplanationView explanation() {
        return explanation;
    }
}
