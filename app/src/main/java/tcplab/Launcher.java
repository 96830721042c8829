package tcplab;

import javafx.application.Application;
import tcplab.cli.CommandLine;
import tcplab.view.LabApplication;

/**
 * The program's entry point. It is not the JavaFX Application class itself, so that the plain
 * classpath ({@code java -jar}) can start JavaFX. A first argument that is a word rather than an
 * option ({@code trace}, {@code sweep}, ...) runs the headless command line instead; that path
 * loads no JavaFX class, so it works without a display.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.selects(args[0])) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        // JavaFX unpacks its native libraries to a cache; keep that in the user's own folder.
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", UserDataDirectory.get().resolve("javafx-cache").toString());
        }
        if (!DisplayCheck.displayAvailable()) {
            System.err.println(DisplayCheck.noDisplayMessage());
            System.exit(1);
        }
        try {
            Application.launch(LabApplication.class, args);
        } catch (RuntimeException e) {
            // The toolkit could not start (no usable display, missing GTK): say so in one line.
            System.err.println(DisplayCheck.noDisplayMessage() + " (" + e.getMessage() + ")");
            System.exit(1);
        }
        System.exit(LabApplication.failed() ? 1 : 0);
    }
}
