package tcplab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The headless entry: {@code trace}, {@code sweep} and whatever else is registered below. It
 * touches no JavaFX class, so it runs on a machine without a display.
 */
public final class CommandLine {

    /** Exit status for a run that did what was asked. */
    public static final int OK = 0;
    /** Exit status for something that went wrong inside the program. */
    public static final int FAILURE = 1;
    /** Exit status for a command line that cannot be carried out as written. */
    public static final int USAGE_ERROR = 2;

    private static final Map<String, Supplier<Subcommand>> SUBCOMMANDS = registry();

    private CommandLine() {
    }

    /** The subcommands by name, in overview order. Add a command here with one line. */
    private static Map<String, Supplier<Subcommand>> registry() {
        Map<String, Supplier<Subcommand>> commands = new LinkedHashMap<>();
        // Lambdas rather than method references: a command's class is loaded only when it is
        // chosen (or the overview is shown), so one that needs JavaFX costs the others nothing.
        commands.put("trace", () -> new TraceCommand());
        commands.put("sweep", () -> new SweepCommand());
        return Collections.unmodifiableMap(commands);
    }

    /**
     * Whether {@code word} selects the command line rather than the window: any word that is not
     * an option. An unknown word then gets a clear error instead of a window it did not ask for.
     */
    public static boolean selects(String word) {
        return !word.startsWith("-");
    }

    /**
     * Runs the subcommand named by {@code args[0]} with the rest of the arguments.
     *
     * @return the exit status: {@link #OK}, {@link #FAILURE} or {@link #USAGE_ERROR}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("help")) {
            printOverview(out);
            return OK;
        }
        Supplier<Subcommand> command = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (command == null) {
            err.println((args.length == 0 ? "no subcommand" : "unknown subcommand '" + args[0] + "'")
                    + " (known: " + String.join(", ", SUBCOMMANDS.keySet()) + ", help)");
            return USAGE_ERROR;
        }
        try {
            return command.get().run(Arrays.asList(args).subList(1, args.length), out, err);
        } catch (UsageException e) {
            err.println(args[0] + ": " + e.getMessage());
            return USAGE_ERROR;
        } catch (RuntimeException e) {
            // A fault of the program, not of the user: still one line, never a stack trace.
            err.println(args[0] + ": internal error: " + e);
            return FAILURE;
        }
    }

    private static void printOverview(PrintStream out) {
        out.println("TCP Handshake Lab: with no arguments the window opens; with a subcommand it runs headless.");
        out.println();
        SUBCOMMANDS.forEach((name, command) -> out.println("  " + name + " ".repeat(Math.max(1, 9 - name.length()))
                + command.get().summary()));
        out.println();
        out.println("Run '<subcommand> --help' for its options.");
    }
}
