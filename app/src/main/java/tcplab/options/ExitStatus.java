package tcplab.options;

/** The exit statuses of the launcher, the window and every subcommand. */
public final class ExitStatus {

    /** The run did what was asked. */
    public static final int OK = 0;
    /** Something went wrong inside the program, or its output could not be written. */
    public static final int FAILURE = 1;
    /** The command line cannot be carried out as written. */
    public static final int USAGE_ERROR = 2;

    private ExitStatus() {
    }
}
