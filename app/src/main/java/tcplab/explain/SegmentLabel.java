package tcplab.explain;

import tcplab.engine.Trace;
import tcplab.i18n.Messages;
import tcplab.playback.Flight;
import tcplab.playback.SegmentKind;

/**
 * The label of a segment's arrow in the sequence diagram: its flags (or DATA), its numbers as
 * Wireshark abbreviates them, and whether it is a retransmission, a link's duplicate or an old duplicate of an earlier connection. The window
 * and the exported drawings label arrows alike.
 */
public final class SegmentLabel {

    private SegmentLabel() {
    }

    /**
     * The label of {@code flight} of {@code trace} in the language of {@code messages}, its
     * numbers relative to the ISNs or raw.
     */
    public static String text(Messages messages, Trace trace, Flight flight, boolean relative) {
        String flags = SegmentKind.of(flight.segment()) == SegmentKind.DATA ? "DATA"
                : flight.segment().flagsJoined("+").replace("+PSH", "");
        String numbers = Formats.numbers(trace, flight.transmissionId(), flight.segment(), relative);
        if (flight.duplicate()) {
            return messages.text("ladder.duplicate", flags, numbers);
        }
        if (flight.oldDuplicate()) {
            return messages.text("ladder.oldDuplicate", flags, numbers);
        }
        if (flight.retransmission()) {
            return messages.text("ladder.retransmission", flags, numbers);
        }
        return flags + "  " + numbers;
    }
}
