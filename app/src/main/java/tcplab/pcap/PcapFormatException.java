package tcplab.pcap;

import java.io.IOException;

/** A capture file that is not what {@link PcapWriter} writes, or whose checksums do not hold. */
public final class PcapFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public PcapFormatException(String message) {
        super(message);
    }
}
