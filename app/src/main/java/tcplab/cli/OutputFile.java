package tcplab.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import tcplab.files.AtomicFile;
import tcplab.options.ShownValue;

/**
 * A file an option names for the command's output, written whole or not at all (beside the
 * target, then renamed); a name that is no file, or a folder that cannot take it, is one line
 * naming the option.
 */
final class OutputFile {

    private OutputFile() {
    }

    /** Writes {@code content} to {@code file}, given by {@code option}, replacing any file there. */
    static void write(CommandSpec spec, String option, Path file, AtomicFile.Content content) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || file.getFileName() == null || file.getFileName().toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    option + ": not a file name: " + ShownValue.quoted(file.toString()));
        }
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(),
                    option + ": cannot write " + ShownValue.quoted(file.toString()) + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
