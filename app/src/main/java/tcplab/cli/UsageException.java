package tcplab.cli;

/**
 * The command line cannot be carried out as written: an unknown option, a missing or malformed
 * value, a file that cannot be written. Its message is the one line the user sees, naming the
 * option at fault; the exit status is {@link CommandLine#USAGE_ERROR}.
 */
public final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
