package tcplab.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless command, such as {@code trace}, registered under its name in {@link CommandLine}. */
public interface Subcommand {

    /** One line for the command overview, in English. */
    String summary();

    /**
     * Runs the command with the arguments that follow its name.
     *
     * @return the exit status (0 for success)
     * @throws UsageException when the arguments are wrong; nothing has been printed to {@code out}
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws UsageException;
}
