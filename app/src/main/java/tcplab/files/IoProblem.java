package tcplab.files;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import tcplab.i18n.Message;

/**
 * Why reading or writing a file failed, as a text the window can show in either language. The
 * system's own exception messages are English (and often only a path); the common failures are
 * told in the learner's language instead, and only a reason the lab cannot name is passed on as
 * the system gave it.
 */
public final class IoProblem {

    private IoProblem() {
    }

    /**
     * What {@code failure} means for the learner; a failure that is not about a file (a task that
     * broke, say) is passed on as it reads.
     */
    public static Message of(Throwable failure) {
        if (failure instanceof ExplainedIOException explained) {
            return explained.problem();
        }
        if (failure instanceof FileSystemException onFile && onFile.getFile() != null) {
            String file = onFile.getFile();
            if (onFile instanceof NoSuchFileException) {
                return Message.of("io.problem.noSuchFile", file);
            }
            if (onFile instanceof AccessDeniedException) {
                return Message.of("io.problem.accessDenied", file);
            }
            if (onFile instanceof FileAlreadyExistsException) {
                return Message.of("io.problem.exists", file);
            }
            if (onFile instanceof NotDirectoryException) {
                return Message.of("io.problem.notAFolder", file);
            }
            if (onFile.getReason() != null) {
                return Message.of("io.problem.system", file, onFile.getReason());
            }
        }
        return Message.of("io.problem.other", String.valueOf(failure.getMessage()));
    }
}
