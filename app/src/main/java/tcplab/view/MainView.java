package tcplab.view;

import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
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
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The lab's whole window content: the title bar; the network stage above the sequence diagram and
 * the state diagram; the explanation, the scenario and the faults on the right; the playback
 * controls along the bottom. One animation timer moves the playback while it plays. The window's
 * keys work wherever the focus is, and its theme and zoom follow the {@link DisplayModel}: zoomed
 * beyond what the window holds, the panels scroll rather than cut anything off.
 */
public final class MainView extends BorderPane {

    public static final String STYLE_CLASS = "main-view";
    private static final double EXPLANATION_SHARE = 0.6;
    private static final double RIGHT_SHARE = 0.3;
    private static final double LARGE_WIDTH = 1600;
    /** Narrower than this at 100 % (1024 pixels at 110 %, say), the panels stack. */
    private static final double STACKED_WIDTH = 940;
    /** The text size at 100 %, in pixels; every other size in the style sheet is relative to it. */
    static final double BASE_FONT_SIZE = 14;

    private final LanguageModel language;
    private final PlaybackModel model;
    private final DisplayModel display;
    private final EventHandler<KeyEvent> shortcuts = this::shortcut;
    private final ScrollPane bodyScroll = new ScrollPane();
    private final HBox row = new HBox();
    private final VBox column = new VBox();
    private final Node left;
    private final Node right;
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

    public MainView(LanguageModel language, DisplayModel display, LabModel lab) {
        this.language = language;
        this.model = lab.playback();
        this.display = display;
        getStyleClass().add(STYLE_CLASS);
        titleBar = new TitleBarView(language, display);
        Button sweep = new Button();
        sweep.setId("open-sweep-chart");
        sweep.textProperty().bind(language.bind("sweep.open"));
        sweep.setMinWidth(USE_PREF_SIZE);
        sweep.setOnAction(event -> SweepChartView.open(getScene().getWindow(), language, lab.lesson()));
        titleBar.getChildren().add(sweep);
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
        settings.setId("settings-tabs");
        settings.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The explanation is what a learner reads most; the settings give it room, and the split is theirs to move.
        SplitPane right = new SplitPane(explanation, settings);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(EXPLANATION_SHARE);
        SplitPane.setResizableWithParent(settings, false);
        right.getStyleClass().add("lab-right");
        // Wider windows give the reading column its share, within the bounds set in the style sheet.
        right.prefWidthProperty().bind(widthProperty().multiply(RIGHT_SHARE));
        HBox.setHgrow(left, Priority.ALWAYS);
        this.left = left;
        this.right = right;
        row.getStyleClass().addAll("lab-body", "lab-row");
        column.getStyleClass().addAll("lab-body", "lab-column");
        widthProperty().addListener((obs, old, width) -> arrange());

        // Never smaller than its parts need: zoomed in on a small window, the panels scroll.
        bodyScroll.setFitToWidth(true);
        bodyScroll.setFitToHeight(true);
        bodyScroll.setFocusTraversable(false);
        bodyScroll.getStyleClass().add("lab-body-scroll");

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
        setCenter(bodyScroll);
        setBottom(new VBox(error, playbackBar));
        display.zoomProperty().addListener((obs, old, zoom) -> showZoom());
        arrange();
        display.themeProperty().addListener((obs, old, theme) -> showTheme(old));
        showZoom();
        showTheme(null);
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.ANY, shortcuts);
            }
            if (scene == null) {
                timer.stop();
            } else {
                scene.addEventFilter(KeyEvent.ANY, shortcuts);
                timer.start();
            }
        });
    }

    private void showZoom() {
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT_SIZE * display.zoomFactor()));
        arrange();
    }

    /**
     * Side by side when the window is wide enough for its zoom; else the reading column goes
     * under the stage and the diagrams, each as wide as the window, and the whole scrolls. A big
     * window for its zoom (full HD at 100 %) sets the small texts larger.
     */
    private void arrange() {
        double width = getWidth() / display.zoomFactor();
        pseudoClassStateChanged(ViewStyles.LARGE, width >= LARGE_WIDTH);
        Pane body = width > 0 && width < STACKED_WIDTH ? column : row;
        if (bodyScroll.getContent() != body) {
            row.getChildren().clear();
            column.getChildren().clear();
            body.getChildren().setAll(left, right);
            bodyScroll.setContent(body);
        }
    }

    private void showTheme(Theme old) {
        if (old != null) {
            getStyleClass().remove(old.styleClass());
        }
        Theme theme = display.themeProperty().get();
        getStyleClass().add(theme.styleClass());
        theme.applyBase();
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
     * The window's keys, wherever the focus is. Space plays and pauses, and never presses the
     * focused button or flips a checkbox: Enter does that. Only a text field keeps Space (and the
     * arrows, Home, + and -) for typing. Left/Right step, except in a switch or the tabs, where they move between
     * choices. Ctrl (Cmd) with plus, minus or 0 zooms; F11 enters and leaves full screen, and
     * Escape leaves it too (JavaFX's own exit key).
     */
    private void shortcut(KeyEvent event) {
        Object target = event.getTarget();
        if (event.getEventType() == KeyEvent.KEY_PRESSED && event.isShortcutDown()) {
            zoomKey(event);
            return;
        }
        if (target instanceof TextInputControl || event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (event.getEventType() != KeyEvent.KEY_PRESSED) {
            // A button or checkbox acts when Space is released or typed: that half of the key is not theirs either.
            if (event.getCode() == KeyCode.SPACE || " ".equals(event.getCharacter())) {
                event.consume();
            }
            return;
        }
        switch (event.getCode()) {
            case SPACE -> model.togglePlaying();
            case ENTER -> {
                // Space is the playback's, so Enter presses the focused button or flips the focused checkbox.
                if (!(target instanceof ButtonBase button)) {
                    return;
                }
                button.fire();
            }
            case LEFT, RIGHT -> {
                if (target instanceof ToggleButton || target instanceof TabPane) {
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
            case F11 -> {
                Stage window = (Stage) getScene().getWindow();
                window.setFullScreenExitHint(language.text("window.fullScreenHint"));
                window.setFullScreen(!window.isFullScreen());
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void zoomKey(KeyEvent event) {
        switch (event.getCode()) {
            case PLUS, ADD, EQUALS -> display.zoomIn();
            case MINUS, SUBTRACT -> display.zoomOut();
            case DIGIT0, NUMPAD0 -> display.resetZoom();
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
