package tcplab.view;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import tcplab.UserDataDirectory;
import tcplab.engine.Simulator;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;
import tcplab.scenario.CourseProgress;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;
import tcplab.settings.Settings;

/** The JavaFX application: one window holding the lab. */
public final class LabApplication extends Application {

    /** Opens the window, waits for the whole lab's first rendered frames and exits: the installer's smoke test. */
    public static final String SMOKE_TEST_FLAG = "--smoke-test";
    /** What a smoke test prints, before the file's name, when the file given at start has been opened. */
    public static final String SMOKE_TEST_OPENED = "smoke test: opened ";

    /** The file in the user's data folder that keeps the language and other remembered choices. */
    public static final String SETTINGS_FILE = "settings.properties";

    /** The lesson the window opens with. */
    static final String FIRST_SCENARIO = "handshake";

    /** Opens the exercise code dialog, ready for a pasted code. */
    static final KeyCombination PASTE_EXERCISE_CODE = new KeyCodeCombination(KeyCode.V,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;
    /** The size the layout is designed around, when the screen has room for it. */
    private static final double PREFERRED_WIDTH = 1280;
    private static final double PREFERRED_HEIGHT = 800;
    /** How much of a big screen a window opened without --size takes. */
    private static final double SCREEN_SHARE = 0.85;

    private static final AtomicBoolean FAILED = new AtomicBoolean();

    /** Whether anything went wrong while the window ran; the launcher turns it into the exit status. */
    public static boolean failed() {
        return FAILED.get();
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            FAILED.set(true);
            error.printStackTrace();
        });
        boolean fontsLoaded = BundledFonts.load();

        LaunchOptions options;
        Scenario scenario;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
            scenario = options.scenario().map(LabApplication::scenario).orElseGet(LabApplication::firstScenario);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            FAILED.set(true);
            Platform.exit();
            return;
        }

        Settings settings = Settings.load(UserDataDirectory.get().resolve(SETTINGS_FILE));
        LanguageModel language = new LanguageModel(settings);
        options.language().ifPresent(language::show);
        DisplayModel display = new DisplayModel(settings);
        // Before the first control exists: else JavaFX loads its own default theme (Modena) first, for nothing.
        display.themeProperty().get().applyBase();
        double[] size = options.size().orElseGet(() -> fittingSize(Screen.getPrimary().getVisualBounds()));
        Scene scene = new Scene(new StartingView(language, display), size[0], size[1]);
        applyTheme(scene);

        stage.titleProperty().bind(language.bind("app.title"));
        stage.getIcons().add(new Image(LabApplication.class.getResource("icon-256.png").toExternalForm()));
        stage.setScene(scene);
        stage.show();
        // The minimum is the content's: the window's frame comes on top, however thick it is here.
        stage.setMinWidth(MIN_WIDTH + stage.getWidth() - scene.getWidth());
        stage.setMinHeight(MIN_HEIGHT + stage.getHeight() - scene.getHeight());

        // The window shows its frame first; the lab, built once that is on screen, replaces it whole.
        afterFirstFrame(() -> showLab(stage, options, scenario, settings, language, display, fontsLoaded));
    }

    /**
     * Replaces what {@code stage} shows with the lab, opened as {@code options} ask, and tells over
     * it what went wrong at start: a font that did not load, remembered settings that could not be read.
     */
    static MainView showLab(Stage stage, LaunchOptions options, Scenario scenario, Settings settings,
            LanguageModel language, DisplayModel display, boolean fontsLoaded) {
        Scene scene = stage.getScene();
        LabModel model = new LabModel(Simulator::run, scenario, new CourseProgress(settings));
        MainView main = new MainView(language, display, model);
        ExerciseOpener exercises = main.exercises();
        options.exercise().ifPresent(exercises::apply);
        model.lesson().addFaults(options.drops());
        options.atMillis().ifPresent(millis -> model.playback().seek(millis * 1000));
        showExercises(language, main, scene);
        scene.setRoot(main);
        if (options.scenario().isPresent() || options.exercise().isPresent() || options.atMillis().isPresent()
                || !options.drops().isEmpty() || options.open().isPresent()) {
            main.focusPlay();
        } else {
            // A plain start brings back the exercise opened last, or else opens on the course.
            Optional<Path> last = exercises.last().filter(Files::exists);
            if (last.isPresent()) {
                exercises.open(last.get());
                main.focusPlay();
            } else {
                main.showCourse();
            }
        }
        // --language shows its language even over an exercise's own, however the exercise
        // came: by --exercise, as the exercise opened last, or read from the file given to open.
        Runnable commandLineLanguage = () -> options.language().ifPresent(language::show);
        commandLineLanguage.run();
        Optional<Path> opened = options.open();
        opened.ifPresent(file -> main.files().open(file, problem -> {
            if (problem == null) {
                commandLineLanguage.run();
            }
            if (options.smokeTest()) {
                reportOpened(file, problem);
                afterFirstFrame(Platform::exit);
            }
        }));

        if (!fontsLoaded) {
            FAILED.set(true);
            warn(stage, language, Message.of("error.font"));
        }
        settings.problem().ifPresent(problem -> warn(stage, language, Message.of("error.settings", problem)));
        if (options.smokeTest() && opened.isEmpty()) {
            afterFirstFrame(Platform::exit);
        }
        return main;
    }

    /**
     * Tells a smoke test whether the file given at start was opened: one line that the packaged
     * launcher's check reads, and a failed exit if it was not.
     */
    private static void reportOpened(Path file, Message problem) {
        if (problem == null) {
            System.out.println(SMOKE_TEST_OPENED + file.getFileName());
        } else {
            FAILED.set(true);
            System.err.println("smoke test: not opened: " + Messages.of(Language.ENGLISH).text(problem));
        }
    }

    /**
     * Puts the exercise actions in the File menu, the teacher's task and hints under the title bar,
     * and the paste-a-code key on {@code scene}.
     */
    static void showExercises(LanguageModel language, MainView main, Scene scene) {
        ExerciseBarView exerciseBar = new ExerciseBarView(language, main.exercises());
        main.fileMenu().addItems(exerciseBar.actions());
        main.setTop(new VBox(main.titleBar(), exerciseBar));
        scene.getAccelerators().put(PASTE_EXERCISE_CODE, exerciseBar::showCode);
    }

    /**
     * The window's size when none is asked for: roomy on a big screen (the diagrams grow with it),
     * never larger than the screen's free area, never smaller than the minimum the layout needs.
     */
    static double[] fittingSize(Rectangle2D screen) {
        double width = Math.min(Math.max(PREFERRED_WIDTH, screen.getWidth() * SCREEN_SHARE), screen.getWidth());
        double height = Math.min(Math.max(PREFERRED_HEIGHT, screen.getHeight() * SCREEN_SHARE), screen.getHeight());
        return new double[] {Math.max(width, MIN_WIDTH), Math.max(height, MIN_HEIGHT)};
    }

    /**
     * Says what went wrong in a dialog over the window, which stays usable, in the window's
     * language; and on the terminal in English, like the rest of the command line.
     */
    private static void warn(Stage stage, LanguageModel language, Message problem) {
        System.err.println(Messages.of(Language.ENGLISH).text(problem));
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.contentTextProperty().bind(language.bind(problem));
        alert.titleProperty().bind(language.bind("error.title"));
        alert.setHeaderText(null);
        alert.initOwner(stage);
        alert.show();
    }

    /** The lab's own styles, over the AtlantaFX theme that the window's {@link DisplayModel} picks. */
    public static void applyTheme(Scene scene) {
        scene.getStylesheets().add(LabApplication.class.getResource("lab.css").toExternalForm());
    }

    /** A lesson {@link LaunchOptions#parse} has already checked exists. */
    private static Scenario scenario(String id) {
        return ScenarioCatalog.find(id).orElseThrow();
    }

    /** The handshake lesson if the catalogue has it, else its first lesson. */
    private static Scenario firstScenario() {
        return ScenarioCatalog.find(FIRST_SCENARIO).or(() -> ScenarioCatalog.all().stream().findFirst())
                .orElseThrow(() -> new IllegalArgumentException("the scenario catalogue is empty"));
    }

    /**
     * Runs {@code then} once the window's current content has been drawn: at the second pulse
     * from now, the first having laid out and rendered it.
     */
    private static void afterFirstFrame(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
