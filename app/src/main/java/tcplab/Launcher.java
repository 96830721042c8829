package tcplab;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Application;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tcplab.cli.HandoutCommand;
import tcplab.cli.SweepCommand;
import tcplab.cli.TraceCommand;
import tcplab.framebench.BenchCommand;
import tcplab.options.CommandLines;
import tcplab.options.ExitStatus;
import tcplab.options.HelpOption;
import tcplab.view.BundledFonts;
import tcplab.view.LabApplication;
import tcplab.view.LaunchOptions;
import tcplab.view.RenderingDefaults;

/**
 * The program's entry point and its one command line: the window's options, and the subcommands
 * registered below, each of which runs headless. It is not the JavaFX Application class itself,
 * so that the plain classpath ({@code java -jar}) can start JavaFX; a subcommand loads no JavaFX
 * class, so it works without a display.
 */
@Command(name = "tcp-handshake-lab", sortOptions = false,
        subcommands = {TraceCommand.class, SweepCommand.class, HandoutCommand.class, BenchCommand.class,
                HelpCommand.class},
        description = {"TCP Handshake Lab: with no subcommand the window opens; with one it runs headless.",
                "Run 'tcp-handshake-lab SUBCOMMAND --help' for a subcommand's options."},
        footer = {"", "Every value is checked before anything runs, --help included.",
                "Exit status: 0 done, 2 bad options (one line on stderr names the option), 1 internal error,",
                "no display, or output that cannot be written."})
public final class Launcher implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Mixin
    private LaunchOptions window;

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the window or the subcommand that {@code args} name.
     *
     * @return the exit status, one of {@link ExitStatus}'s
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // Before any subcommand too: bench starts JavaFX from the classpath just like the window.
        ClasspathWarning.silence();
        PrintWriter outText = new PrintWriter(out, true);
        PrintWriter errText = new PrintWriter(err, true);
        int status;
        try {
            // Started from a menu or a file manager there is nothing to read: the window opens at
            // once, without the time it takes to build the command line's model of every subcommand.
            status = args.length == 0 ? openWindow(args, errText)
                    : CommandLines.configured(new CommandLine(new Launcher()), outText, errText).execute(args);
        } catch (OutOfMemoryError e) {
            errText.println("out of memory: " + e.getMessage() + " (a larger heap, -Xmx, may help)");
            status = ExitStatus.FAILURE;
        }
        outText.flush();
        // PrintStream and PrintWriter swallow write errors; a full disk or closed pipe must not pass for success.
        if (outText.checkError() || out.checkError()) {
            errText.println("cannot write to standard output (disk full, or the pipe closed?)");
            return ExitStatus.FAILURE;
        }
        return status;
    }

    /** Opens the window with the options already checked. */
    @Override
    public Integer call() {
        return openWindow(spec.commandLine().getParseResult().originalArgs().toArray(new String[0]),
                spec.commandLine().getErr());
    }

    /** Opens the window with {@code args}, the window's options, already checked (or none). */
    private static int openWindow(String[] args, PrintWriter err) {
        // JavaFX unpacks its native libraries to a cache; keep that in the user's own folder.
        if (System.getProperty("javafx.cachedir") == null) {
            System.setProperty("javafx.cachedir", UserDataDirectory.get().resolve("javafx-cache").toString());
        }
        Optional<String> noFolder = UnpackFolders.problem(Path.of(System.getProperty("javafx.cachedir")));
        if (noFolder.isPresent()) {
            err.println(noFolder.get());
            return ExitStatus.FAILURE;
        }
        if (!DisplayCheck.displayAvailable()) {
            err.println(DisplayCheck.noDisplayMessage());
            return ExitStatus.FAILURE;
        }
        BundledFonts.prepare();
        RenderingDefaults.apply();
        try {
            Application.launch(LabApplication.class, args);
        } catch (RuntimeException e) {
            // The toolkit could not start (no usable display, missing GTK): say so in one line.
            err.println(DisplayCheck.noDisplayMessage() + " (" + e.getMessage() + ")");
            return ExitStatus.FAILURE;
        }
        return LabApplication.failed() ? ExitStatus.FAILURE : ExitStatus.OK;
    }
}
