package tcplab.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import tcplab.i18n.Message;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target,
 * which is flushed to the disk and then renamed over the target. Readers see the old file or the
 * new one, never half of one; a failed write (a full disk, a closed folder) leaves the target as
 * it was and no temporary file behind.
 */
public final class AtomicFile {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing any file there.
     *
     * @throws IOException if the folder cannot take the file; the target is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || target.getFileName() == null) {
            throw new ExplainedIOException(Message.of("io.problem.notAFileName", target.toString()));
        }
        // Hidden, and named for the file it becomes, if a crash ever leaves one behind.
        Path partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
