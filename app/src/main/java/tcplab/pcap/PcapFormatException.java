package tcplab.pcap;

import java.io.IOException;

/**
 * A capture file that cannot be read: not a capture, cut short, lengths that contradict each
 * other, a header that is not what it claims, or a file that cannot be opened. The message names
 * what is wrong and, where the file has one, the byte offset.
 */
public final class PcapFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public PcapFormatException(String message) {
        super(message);
    }

    /** The problem {@code what} found at byte {@code offset} of the file. */
    static PcapFormatException at(long offset, String what) {
        return new PcapFormatException("at byte " + offset + ": " + what);
    }
}
