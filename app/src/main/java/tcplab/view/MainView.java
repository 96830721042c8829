package tcplab.view;

import java.io.File;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import tcplab.settings.RecentFiles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

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
    /** The explanation's share while the glossary is open: a definition needs the room more. */
    private static final double GLOSSARY_SHARE = 0.4;
    private static final double RIGHT_SHARE = 0.3;
    private static final double GUIDED_RIGHT_SHARE = 0.4;
    /** Of the reading column above the settings, what an open question takes. */
    private static final double GUIDED_SHARE = 0.62;
    private static final double LARGE_WIDTH = 1600;
    /** While a question is open: the explanation gives way to it. */
    private static final PseudoClass ASKING = PseudoClass.getPseudoClass("asking");
    /** In guided mode: the reading column is wider. */
    private static final PseudoClass GUIDED = PseudoClass.getPseudoClass("guided");
    /** Narrower than this at 100 % (1024 pixels at 110 %, say), the panels stack. */
    private static final double STACKED_WIDTH = 940;

    private final LanguageModel language;
    private final PlaybackModel model;
    private final DisplayModel display;
    private final EventHandler<KeyEvent> shortcuts = this::shortcut;
    private final ScrollPane bodyScroll = new ScrollPane();
    private final HBox row = new HBox();
    private final VBox column = new VBox();
    private final Node left;
    private final Node right;
    private final TabPane settings;
    private final TitleBarView titleBar;
    private final NetworkStageView stage;
    private final LadderView ladder;
    private final StateDiagramView states;
    private final ExplanationView explanation;
    private final GlossaryModel glossary;
    private final PlaybackBarView playbackBar;
    private final FileBarView files;
    private final ExerciseOpener exercises;
    private final FileMenuView fileMenu;
    private final GuidedModel guided;
    private final GuidedPanelView guidedPanel;
    private final CoursePageView coursePage;
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
        stage = new NetworkStageView(language, model, lab.lesson());
        ladder = new LadderView(language, model);
        states = new StateDiagramView(language, model);
        glossary = new GlossaryModel(language);
        explanation = new ExplanationView(language, model, lab.shown(), glossary);
        playbackBar = new PlaybackBarView(language, model);
        guided = lab.guided();
        guidedPanel = new GuidedPanelView(language, glossary, guided, this::showCourse);
        coursePage = new CoursePageView(language, lab.progress(), lesson -> {
            lab.showLesson();
            guided.startLesson(lesson);
            showLab();
        }, this::showLab);
        ToggleButton guidedToggle = guidedToggle(language, guided);
        titleBar.addActions(courseButton(language), guidedToggle);

        Label ladderHint = new Label();
        ladderHint.getStyleClass().add("panel-hint");
        ladderHint.setWrapText(true);
        ladderHint.setMinHeight(Label.USE_PREF_SIZE);
        ladderHint.textProperty().bind(language.bind("panel.ladder.hint"));
        VBox ladderPanel = panel("ladder-panel", language.bind("panel.ladder.title"), null, ladder,
                new VBox(2, new LadderLegend(language), ladderHint));
        VBox statesPanel = panel("states-panel", language.bind("panel.states.title"),
                enlargeButton(language, stage, ladderPanel), states, legend(language));
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
        Tab glossaryTab = tab("glossary-tab", language.bind("panel.glossary.title"), null);
        glossaryTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && glossaryTab.getContent() == null) {
                glossaryTab.setContent(new GlossaryPanelView(language, glossary));
            }
        });
        Tab lesson = tab("scenario-tab", language.bind("panel.scenario.title"),
                scrolling(new ScenarioPanelView(language, lab.lesson())));
        Tab narration = tab("narration-tab", language.bind("narration.tab"), null);
        narration.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && narration.getContent() == null) {
                narration.setContent(new NarrationView(language, model, lab.shown()));
            }
        });
        settings = new TabPane(lesson, faults, glossaryTab, narration);
        settings.getStyleClass().add("settings-tabs");
        settings.setId("settings-tabs");
        settings.accessibleTextProperty().bind(language.bind("a11y.settingsTabs"));
        settings.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The explanation is what a learner reads most; the settings give it room, and the split is theirs to move.
        // The open question sits above the explanation, with the larger share: the learner reads both while deciding.
        ScrollPane guidedScroll = scrolling(guidedPanel);
        guidedScroll.getStyleClass().add("guided-scroll");
        guidedScroll.visibleProperty().bind(guided.phaseProperty().isNotEqualTo(GuidedModel.Phase.OFF));
        guidedScroll.managedProperty().bind(guidedScroll.visibleProperty());
        VBox reading = new VBox(guidedScroll, explanation);
        // Both scroll inside themselves, so each takes its share of the column, whatever its text.
        guidedScroll.setMinHeight(0);
        explanation.setMinHeight(0);
        // An open question takes all the room its choices need, so that none is scrolled out of
        // view on a small window; the explanation keeps the rest while that holds its heading and a
        // line, else it gives way until the answer, which it explains.
        DoubleBinding leftByQuestion = Bindings.createDoubleBinding(() -> reading.getHeight() - guidedPanel.getHeight()
                - guidedScroll.snappedTopInset() - guidedScroll.snappedBottomInset(),
                reading.heightProperty(), guidedPanel.heightProperty());
        explanation.maxHeightProperty().bind(Bindings.createDoubleBinding(() -> switch (guided.phaseProperty().get()) {
            case OFF -> Double.MAX_VALUE;
            case ASKING -> leftByQuestion.get();
            default -> reading.getHeight() * (1 - GUIDED_SHARE);
        }, guided.phaseProperty(), reading.heightProperty(), leftByQuestion));
        explanation.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> guided.phaseProperty().get() != GuidedModel.Phase.ASKING || leftByQuestion.get() >= explanation.minHeight(-1),
                guided.phaseProperty(), leftByQuestion));
        explanation.managedProperty().bind(explanation.visibleProperty());
        guided.phaseProperty().subscribe(phase -> {
            pseudoClassStateChanged(ASKING, phase == GuidedModel.Phase.ASKING);
            pseudoClassStateChanged(GUIDED, phase != GuidedModel.Phase.OFF);
        });
        VBox.setVgrow(guidedScroll, Priority.ALWAYS);
        VBox.setVgrow(explanation, Priority.ALWAYS);
        SplitPane right = new SplitPane(reading, settings);
        guided.phaseProperty().addListener((obs, old, phase) -> {
            if ((old == GuidedModel.Phase.OFF) != (phase == GuidedModel.Phase.OFF)) {
                shareReadingColumn();
            }
        });
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(EXPLANATION_SHARE);
        SplitPane.setResizableWithParent(settings, false);
        // A link or the glossary button shows the glossary at its entry, ready for the keyboard,
        // with room for a definition beside the list.
        glossary.onOpen(entry -> {
            // In guided mode the settings are put away; a glossary link brings them back.
            if (!right.getItems().contains(settings)) {
                right.getItems().add(settings);
            }
            settings.getSelectionModel().select(glossaryTab);
            if (right.getDividerPositions()[0] > GLOSSARY_SHARE) {
                right.setDividerPositions(GLOSSARY_SHARE);
            }
            ((GlossaryPanelView) glossaryTab.getContent()).focusEntries();
        });
        right.getStyleClass().add("lab-right");
        // Wider windows give the reading column its share, within the bounds set in the style sheet.
        // In guided mode the column holds the question instead of the settings, and it is wider:
        // a question's prompt and choices, in 한/EN twice over, need lines long enough to fit a small window.
        right.prefWidthProperty().bind(widthProperty().multiply(Bindings.when(guided.phaseProperty()
                .isEqualTo(GuidedModel.Phase.OFF)).then(RIGHT_SHARE).otherwise(GUIDED_RIGHT_SHARE)));
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
        DirectViewport.apply(bodyScroll);

        Label error = new Label();
        error.getStyleClass().add("simulation-error");
        error.setWrapText(true);
        error.visibleProperty().bind(lab.shown().errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        lab.shown().errorProperty().addListener((obs, old, message) -> {
            error.textProperty().unbind();
            if (message != null) {
                error.textProperty().bind(language.bind(message));
            }
        });

        setTop(titleBar);
        setCenter(bodyScroll);
        RecentFiles recent = new RecentFiles(language.settings());
        exercises = new ExerciseOpener(language, lab, language.settings(),
                () -> getScene() == null ? null : getScene().getWindow());
        files = new FileBarView(language, recent, List.of(new CaptureFileKind(lab), new ExerciseFileKind(exercises)));
        fileMenu = new FileMenuView(language, files, recent, new RunExport(language, model, ladder),
                new HandoutExport(lab));
        MenuItem sweep = new MenuItem();
        sweep.setId("open-sweep-chart");
        sweep.textProperty().bind(language.bind("sweep.open"));
        sweep.setOnAction(event -> SweepChartView.open(getScene().getWindow(), language, display, lab.lesson()));
        fileMenu.addItems(sweep);
        titleBar.addMenu(fileMenu);
        acceptDroppedFiles();
        Node lessonPanel = lesson.getContent();
        lab.sourceProperty().addListener((obs, old, source) -> {
            boolean simulated = source == lab.lesson();
            stage.dropsAllowedProperty().set(simulated);
            faults.setDisable(!simulated);
            // Questions come from the lesson's run; a capture is watched, not quizzed.
            if (!simulated) {
                guided.stop();
            }
            guidedToggle.setDisable(!simulated);
            lesson.textProperty().unbind();
            if (source instanceof CapturedLesson capture) {
                lesson.textProperty().bind(language.bind("capture.tab"));
                lesson.setContent(scrolling(new CapturePanelView(language, display, lab, capture)));
                settings.getSelectionModel().select(lesson);
            } else {
                lesson.textProperty().bind(language.bind("panel.scenario.title"));
                lesson.setContent(lessonPanel);
            }
        });

        setBottom(new VBox(error, files, playbackBar));
        // The course page is not a run: nothing plays behind it, so its controls are put away with it.
        playbackBar.visibleProperty().bind(centerProperty().isEqualTo(bodyScroll));
        playbackBar.managedProperty().bind(playbackBar.visibleProperty());
        DisplayStyle.follow(this, display);
        display.zoomProperty().addListener((obs, old, zoom) -> arrange());
        arrange();
        display.themeProperty().subscribe(theme -> theme.applyBase());
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

    /** A file dropped on the window opens as if chosen in the File menu; several dropped, the first. */
    private void acceptDroppedFiles() {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        setOnDragDropped(event -> {
            List<File> dropped = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            if (!dropped.isEmpty()) {
                files.open(dropped.get(0).toPath());
            }
            event.setDropCompleted(!dropped.isEmpty());
            event.consume();
        });
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

    /** @param action a button at the heading's right end, or null */
    private static VBox panel(String id, ObservableValue<String> title, Node action, Node content, Node footer) {
        Label titleLabel = new Label();
        titleLabel.getStyleClass().add("panel-title");
        titleLabel.textProperty().bind(title);
        Node heading = titleLabel;
        if (action != null) {
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(titleLabel, gap, action);
            row.setAlignment(Pos.CENTER_LEFT);
            heading = row;
        }
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

    /**
     * The state diagram's button that enlarges it: the network stage and the sequence diagram
     * step aside, and the diagram takes their room, which a small window (or a projector) needs
     * to read its labels; pressed again, they come back.
     */
    private static Button enlargeButton(LanguageModel language, Node... givingWay) {
        BooleanProperty enlarged = new SimpleBooleanProperty();
        for (Node node : givingWay) {
            node.visibleProperty().bind(enlarged.not());
            node.managedProperty().bind(node.visibleProperty());
        }
        Button enlarge = new Button();
        enlarge.setId("states-enlarge");
        enlarge.getStyleClass().addAll("states-enlarge", Styles.FLAT, Styles.BUTTON_ICON);
        FontIcon expand = new FontIcon(MaterialDesignA.ARROW_EXPAND);
        FontIcon collapse = new FontIcon(MaterialDesignA.ARROW_COLLAPSE);
        enlarge.graphicProperty().bind(Bindings.when(enlarged).then((Node) collapse).otherwise(expand));
        StringBinding help = Bindings.when(enlarged).then(language.bind("states.shrink")).otherwise(language.bind("states.enlarge"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(help);
        enlarge.setTooltip(tip);
        enlarge.accessibleTextProperty().bind(help);
        enlarge.setOnAction(event -> enlarged.set(!enlarged.get()));
        return enlarge;
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
     * choices. Ctrl (Cmd) with plus, minus or 0 zooms, with O opens a file; F11 enters and leaves full screen, and
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
        if (getCenter() != bodyScroll) {
            // On the course page nothing plays behind it: only Enter, which presses the focused button.
            if (event.getEventType() == KeyEvent.KEY_PRESSED && event.getCode() == KeyCode.ENTER
                    && target instanceof ButtonBase button) {
                button.fire();
                event.consume();
            }
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
            case DIGIT1, DIGIT2, DIGIT3, DIGIT4, DIGIT5, DIGIT6, DIGIT7, DIGIT8, DIGIT9,
                    NUMPAD1, NUMPAD2, NUMPAD3, NUMPAD4, NUMPAD5, NUMPAD6, NUMPAD7, NUMPAD8, NUMPAD9 -> {
                // Number keys choose an answer of the open question, and only then.
                if (guided.phaseProperty().get() != GuidedModel.Phase.ASKING) {
                    return;
                }
                String name = event.getCode().getName();
                guided.select(name.charAt(name.length() - 1) - '1');
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
            case O -> fileMenu.chooseAndOpen();
            case PLUS, ADD, EQUALS -> display.zoomIn();
            case MINUS, SUBTRACT -> display.zoomOut();
            case DIGIT0, NUMPAD0 -> display.resetZoom();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private Button courseButton(LanguageModel language) {
        Button course = new Button();
        course.setId("course-button");
        course.setGraphic(new FontIcon(MaterialDesignS.SCHOOL_OUTLINE));
        course.textProperty().bind(language.bind("course.page.button"));
        course.setOnAction(event -> showCourse());
        return course;
    }

    private static ToggleButton guidedToggle(LanguageModel language, GuidedModel guided) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId("guided-toggle");
        toggle.setGraphic(new FontIcon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        toggle.textProperty().bind(language.bind("guided.toggle"));
        toggle.setOnAction(event -> {
            if (toggle.isSelected()) {
                guided.start();
            } else {
                guided.stop();
            }
        });
        guided.phaseProperty().addListener((obs, old, phase) -> toggle.setSelected(phase != GuidedModel.Phase.OFF));
        return toggle;
    }

    /**
     * In guided mode the settings give their place to the question and the explanation: the
     * course chooses the lesson, and a fault is still one click on a packet away.
     */
    private void shareReadingColumn() {
        SplitPane column = (SplitPane) right;
        boolean on = guided.phaseProperty().get() != GuidedModel.Phase.OFF;
        if (on) {
            column.getItems().remove(settings);
        } else if (!column.getItems().contains(settings)) {
            column.getItems().add(settings);
            column.setDividerPositions(EXPLANATION_SHARE);
        }
    }

    /** Shows the course's start page in place of the lab, with the progress as it is now. */
    public void showCourse() {
        if (model.playingProperty().get()) {
            model.togglePlaying();
        }
        setCenter(coursePage);
        // The page's buttons join the scene with its skin: made now, so "continue" can take the focus.
        coursePage.applyCss();
        coursePage.refresh();
    }

    /** Shows the lab; the focus goes where Enter or Space acts next. */
    public void showLab() {
        setCenter(bodyScroll);
        shareReadingColumn();
        if (guided.phaseProperty().get() == GuidedModel.Phase.OFF) {
            focusPlay();
        } else {
            guidedPanel.focusAction();
        }
    }

    /** Gives the play button the focus, so Space plays at once. */
    public void focusPlay() {
        playbackBar.playButton().requestFocus();
    }

    /** The band that reads files and tells how it went. */
    /** Opens and saves exercises, for the exercise bar and the command line's --exercise. */
    public ExerciseOpener exercises() {
        return exercises;
    }

    /** The File menu, where the window's other file actions join opening and exporting. */
    public FileMenuView fileMenu() {
        return fileMenu;
    }

    public FileBarView files() {
        return files;
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

    /** The glossary the window's texts link to; other panels' paragraphs link to it too. */
    public GlossaryModel glossary() {
        return glossary;
    }

    public GuidedPanelView guidedPanel() {
        return guidedPanel;
    }

    public CoursePageView coursePage() {
        return coursePage;
    }
}
