import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark: the least a JavaFX program does to show a window, one
 * label in a window of the lab's default size. The main class is not the Application class, as
 * in the lab, so that it starts from the plain classpath. With --smoke-test it exits after its
 * first two frames, as the lab does once its whole window has been drawn.
 */
public final class BareWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new Label("Bare JavaFX window"), 1280, 800));
            stage.show();
            if (getParameters().getRaw().contains("--smoke-test")) {
                new AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long now) {
                        if (++pulses == 2) {
                            stop();
                            Platform.exit();
                        }
                    }
                }.start();
            }
        }
    }
}
