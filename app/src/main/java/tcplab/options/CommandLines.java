package tcplab.options;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How every command line of the lab is read: values are checked by their converters while the
 * arguments are parsed, before any command acts (so {@code trace --list --loss 5} is refused like
 * {@code trace --loss 5}, and so is {@code trace --help --loss 5}); a problem is one line on
 * stderr naming the option, with exit status {@link ExitStatus#USAGE_ERROR}; a fault of the
 * program is one line with {@link ExitStatus#FAILURE}, never a stack trace.
 */
public final class CommandLines {

    /** A usage error's line is cut here, whatever picocli put into it. */
    static final int MAX_LINE = 300;

    private CommandLines() {
    }

    /** {@code command} with the lab's parsing rules and error handling, writing to {@code out} and {@code err}. */
    public static CommandLine configured(CommandLine command, PrintWriter out, PrintWriter err) {
        return configured(command).setOut(out).setErr(err);
    }

    private static CommandLine configured(CommandLine command) {
        return command
                .setExpandAtFiles(false)
                .setOverwrittenOptionsAllowed(false)
                .setUsageHelpAutoWidth(false)
                .setUsageHelpWidth(100)
                .setParameterExceptionHandler(USAGE_ERROR)
                .setExecutionExceptionHandler(INTERNAL_ERROR);
    }

    /** Reads {@code args} into {@code options} alone, throwing the one-line message as an IllegalArgumentException. */
    public static ParseResult parse(Object options, String... args) {
        CommandLine command = configured(new CommandLine(options));
        try {
            return command.parseArgs(args);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(message(e), e);
        }
    }

    private static final IParameterExceptionHandler USAGE_ERROR = (exception, args) -> {
        exception.getCommandLine().getErr().println(prefix(exception.getCommandLine()) + message(exception));
        return ExitStatus.USAGE_ERROR;
    };

    private static final IExecutionExceptionHandler INTERNAL_ERROR = (exception, command, parseResult) -> {
        command.getErr().println(prefix(command) + "internal error: " + line(String.valueOf(exception)));
        return ExitStatus.FAILURE;
    };

    private static String prefix(CommandLine command) {
        return command.getParent() == null ? "" : command.getCommandName() + ": ";
    }

    /** The problem in one line: the option's name, then what it takes and a short prefix of what it got. */
    static String message(ParameterException exception) {
        if (exception.getCause() instanceof TypeConversionException && exception.getArgSpec() instanceof OptionSpec) {
            return ((OptionSpec) exception.getArgSpec()).longestName() + ": " + line(exception.getCause().getMessage());
        }
        if (exception.getCause() instanceof TypeConversionException && exception.getArgSpec() instanceof PositionalParamSpec
                && exception.getValue() != null) {
            // A command's positional argument that is not what it takes may be a mistyped subcommand.
            return line(unmatched(exception.getCommandLine(), exception.getValue()) + ", and "
                    + exception.getCause().getMessage());
        }
        if (exception instanceof UnmatchedArgumentException) {
            List<String> arguments = ((UnmatchedArgumentException) exception).getUnmatched();
            if (!arguments.isEmpty()) {
                return unmatched(exception.getCommandLine(), arguments.get(0));
            }
        }
        return line(exception.getMessage());
    }

    private static String unmatched(CommandLine command, String argument) {
        if (argument.startsWith("-")) {
            String name = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            return "unknown option " + ShownValue.quoted(name) + " (see --help)";
        }
        if (command.getParent() == null && !command.getSubcommands().isEmpty()) {
            return "unknown subcommand " + ShownValue.quoted(argument) + " (known: "
                    + String.join(", ", command.getSubcommands().keySet())
                    + Suggestion.closest(argument, command.getSubcommands().keySet())
                            .map(name -> "; did you mean " + name + "?").orElse("") + ")";
        }
        return "unexpected argument " + ShownValue.quoted(argument) + " (options start with --)";
    }

    private static String line(String text) {
        String escaped = ShownValue.escaped(String.valueOf(text));
        return escaped.length() <= MAX_LINE ? escaped : escaped.substring(0, MAX_LINE) + "...";
    }
}
