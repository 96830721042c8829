package tcplab.pcap;

import tcplab.files.ExplainedIOException;
import tcplab.i18n.Message;

/**
 * A capture file that cannot be read: not a capture, cut short, lengths that contradict each
 * other, a header that is not what it claims, or a file that cannot be opened. Its
 * {@link #problem()} names what is wrong and, where the file has one, the byte offset, in any
 * language; {@link #getMessage()} says it in English.
 */
public final class PcapFormatException extends ExplainedIOException {

    private static final long serialVersionUID = 1L;

    /** The problem {@code problem}, a {@code capture.error.*} text. */
    public PcapFormatException(Message problem) {
        super(problem);
    }

    /** The problem {@code what} found at byte {@code offset} of the file. */
    static PcapFormatException at(long offset, Message what) {
        return new PcapFormatException(Message.of("capture.error.at", String.valueOf(offset), what));
    }
}
