package tcplab.view;

import java.util.Locale;

/** What the window exports the run shown as: the file's kind and its usual name ending. */
enum ExportKind {
    /** The run's segments as a capture Wireshark opens. */
    PCAP("pcap"),
    /** The trace, one row per event. */
    CSV("csv"),
    /** The sequence diagram as the window shows it now. */
    PNG("png"),
    /** The whole sequence diagram, drawn for printing. */
    SVG("svg"),
    /** The RFC 9293 state diagram with the states and transitions of the whole run, drawn for printing. */
    STATE_SVG("svg");

    private final String extension;

    ExportKind(String extension) {
        this.extension = extension;
    }

    /** The file name ending, without the dot. */
    String extension() {
        return extension;
    }

    /** A name for the kind in ids, e.g. {@code state-svg}. */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
