package tcplab.view;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import tcplab.capture.ReadProgress;

/**
 * A kind of file the window opens (Ctrl+O, the File menu, a file dropped on the window): a
 * capture now, an exercise later. The window asks each kind in turn whether it recognizes a file,
 * by its first bytes, and lets the first that does read it.
 */
interface FileKind {

    /** How many of a file's first bytes {@link #recognizes} is shown. */
    int HEAD_BYTES = 16;

    /**
     * Whether this kind reads the file named {@code fileName} that starts with {@code head} (fewer
     * than {@link #HEAD_BYTES} bytes for a short file): by its content, or by its name's ending
     * where the content says nothing (an empty file), so the reader can say what is wrong.
     */
    boolean recognizes(String fileName, byte[] head);

    /**
     * Reads {@code file}, off the JavaFX thread.
     *
     * @param progress  told how far the reading has come
     * @param cancelled asked now and then; true ends the read
     * @return what shows the file in the window, run on the JavaFX thread
     * @throws FileProblem            when the file is not what this kind reads, with a message to show
     * @throws java.io.InterruptedIOException when {@code cancelled} said so
     */
    Runnable read(Path file, ReadProgress progress, BooleanSupplier cancelled) throws IOException, FileProblem;
}
