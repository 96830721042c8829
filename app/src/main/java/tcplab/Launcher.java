package tcplab;

import javafx.application.Application;
import tcplab.view.LabApplication;

/**
 * The program's entry point. It is not the JavaFX Application class itself, so that the plain
 * classpath ({@code java -jar}) can start JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // JavaFX unpacks its native libraries to a cache; keep that in the user's own folder.
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", UserDataDirectory.get().resolve("javafx-cache").toString());
        }
        Application.launch(LabApplication.class, args);
        System.exit(LabApplication.failed() ? 1 : 0);
    }
}
