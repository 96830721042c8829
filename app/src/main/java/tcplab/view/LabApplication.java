package tcplab.view;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The JavaFX application: one window holding the lab. */
public final class LabApplication extends Application {

    /** Opens the window, waits for its first rendered frame and exits: the installer's smoke test. */
    public static final String SMOKE_TEST_FLAG = "--smoke-test";

    /** Preferences node of the app: language and other remembered choices. */
    public static final String PREFERENCES_NODE = "tcp-handshake-lab";

    static final double MIN_WIDTH = 1024;
    static final double MIN_HEIGHT = 700;

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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());

        LanguageModel language = new LanguageModel(Preferences.userRoot().node(PREFERENCES_NODE));
        MainView main = new MainView(language);
        Scene scene = new Scene(main, 1280, 800);
        scene.getStylesheets().add(LabApplication.class.getResource("lab.css").toExternalForm());

        stage.titleProperty().bind(language.bind("app.title"));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        stage.show();

        if (!fontsLoaded) {
            FAILED.set(true);
            System.err.println(language.text("error.font"));
            Alert alert = new Alert(Alert.AlertType.WARNING, language.text("error.font"));
            alert.setHeaderText(null);
            alert.initOwner(stage);
            alert.show();
        }
        if (getParameters().getRaw().contains(SMOKE_TEST_FLAG)) {
            exitAfterFirstFrames();
        }
    }

    private static void exitAfterFirstFrames() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // Two pulses: the first lays out and renders, the second proves rendering went on.
                if (++frames == 2) {
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
