package tcplab.pcap;

import java.io.IOException;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/**
 * A capture file that cannot be read: not a capture, cut short, lengths that contradict each
 * other, a header that is not what it claims, or a file that cannot be opened. Its
 * {@link #problem()} names what is wrong and, where the file has one, the byte offset, in any
 * language; {@link #getMessage()} says it in English.
 */
public final class PcapFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Message problem;

    /** The problem {@code problem}, a {@code capture.error.*} text. */
    public PcapFormatException(Message problem) {
        super(Messages.of(Language.ENGLISH).text(problem));
        this.problem = problem;
    }

    /** What is wrong, and where, as a text in any language. */
    public Message problem() {
        return problem;
    }

    /** The problem {@code what} found at byte {@code offset} of the file. */
    static PcapFormatException at(long offset, Message what) {
        return new PcapFormatException(Message.of("capture.error.at", String.valueOf(offset), what));
    }
}
