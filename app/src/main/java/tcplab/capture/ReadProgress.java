package tcplab.capture;

/** Told now and then how far reading a capture file has come, for a progress bar. */
@FunctionalInterface
public interface ReadProgress {

    /** Nothing to tell. */
    ReadProgress NONE = (offset, size) -> { };

    /**
     * @param offset the bytes read so far
     * @param size   the file's size in bytes; 0 when unknown
     */
    void reached(long offset, long size);
}
