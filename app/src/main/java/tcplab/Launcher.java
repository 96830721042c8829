package tcplab;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import tcplab.cli.CommandLine;
import tcplab.view.BundledFonts;
import tcplab.view.LabApplication;
import tcplab.view.LaunchOptions;

/**
 * The program's entry point. It is not the JavaFX Application class itself, so that the plain
 * classpath ({@code java -jar}) can start JavaFX. A first argument that is a word rather than an
 * option ({@code trace}, {@code sweep}, ...) runs the headless command line instead; that path
 * loads no JavaFX class, so it works without a display.
 */
public final class Launcher {

    private static final String WINDOW_USAGE = String.join(System.lineSeparator(),
            "usage: tcp-handshake-lab [--scenario ID] [--language ko|en] [--at MS] [--drop C:N|S:N]"
                    + " [--size WxH] [--smoke-test]",
            "       tcp-handshake-lab SUBCOMMAND [OPTIONS]   (trace, sweep, bench; 'help' lists them)",
            "",
            "With no subcommand the window opens:",
            "  --scenario ID     open this lesson (see 'trace --list')",
            "  --language ko|en  show this language now, without changing the remembered choice",
            "  --at MS           open at this simulated time, in milliseconds",
            "  --drop C:N|S:N    drop the client's (C) or server's (S) N-th segment, as if clicked",
            "  --size WxH        window size in pixels, at least 1024x700",
            "  --smoke-test      open the window, render a frame and exit (0 = it worked)");

    private Launcher() {
    }

    /** One line saying what is wrong with the window's options, or null if nothing is. */
    private static String windowOptionProblem(List<String> args) {
        try {
            LaunchOptions.parse(args);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.selects(args[0])) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        List<String> windowArgs = List.of(args);
        if (windowArgs.contains("--help") || windowArgs.contains("-h")) {
            System.out.println(WINDOW_USAGE);
            System.exit(0);
        }
        String badOption = windowOptionProblem(windowArgs);
        if (badOption != null) {
            System.err.println(badOption);
            System.exit(2);
        }
        // JavaFX unpacks its native libraries to a cache; keep that in the user's own folder.
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", UserDataDirectory.get().resolve("javafx-cache").toString());
        }
        Optional<String> noFolder = UnpackFolders.problem(Path.of(System.getProperty("javafx.cachedir")));
        if (noFolder.isPresent()) {
            System.err.println(noFolder.get());
            System.exit(1);
        }
        if (!DisplayCheck.displayAvailable()) {
            System.err.println(DisplayCheck.noDisplayMessage());
            System.exit(1);
        }
        ClasspathWarning.silence();
        BundledFonts.prepare();
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
