import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark: the least a JavaFX program does to show a window, one
 * label in a window of the lab's default size. The main class is not the Application class, as
 * in the lab, so that it starts from the plain classpath.
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
        }
    }
}
