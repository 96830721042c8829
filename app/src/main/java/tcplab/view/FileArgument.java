package tcplab.view;

import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tcplab.exercise.ExerciseFiles;

/**
 * The window's one positional argument, a file to open, as a file manager passes it to the
 * installed launcher: a path or a {@code file:} URI. It counts as a file when it names one that
 * exists or ends as the lab's files do (an exercise, a capture); a missing one of those is then
 * reported in the window like any file that cannot be read. Anything else is refused here, so that
 * a mistyped subcommand ({@code trac}) is a usage error and never opened as a file.
 */
final class FileArgument implements ITypeConverter<Path> {

    /** What the refusal says after the subcommand it may have been meant as. */
    static final String NOT_A_FILE = "not a file to open either (an existing file, or a name ending in "
            + String.join(", ", endings().toList()) + ")";

    /** A URI of another scheme (http://, sftp://): the lab opens local files only. */
    private static final Pattern OTHER_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+://");

    @Override
    public Path convert(String argument) {
        Path file = path(argument);
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (Files.exists(file) || endings().anyMatch(name::endsWith)) {
            return file;
        }
        throw new TypeConversionException(NOT_A_FILE);
    }

    private static Path path(String argument) {
        try {
            if (argument.regionMatches(true, 0, "file:", 0, "file:".length())) {
                return Path.of(URI.create(argument));
            }
            if (OTHER_URI.matcher(argument).lookingAt()) {
                throw new TypeConversionException(NOT_A_FILE);
            }
            return Path.of(argument);
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            // InvalidPathException is an IllegalArgumentException too: not something a file manager passes.
            throw new TypeConversionException(NOT_A_FILE);
        }
    }

    private static Stream<String> endings() {
        return Stream.concat(Stream.of(ExerciseFiles.EXTENSION), CaptureFileKind.ENDINGS.stream().sorted());
    }
}
