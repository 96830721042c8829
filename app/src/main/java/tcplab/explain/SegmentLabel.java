package tcplab.explain;

import tcplab.engine.Segment;
import tcplab.engine.Trace;
import tcplab.i18n.Message;
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
        String flags = flags(flight.segment());
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

    /**
     * A segment as a sentence names it: its flags and numbers (separated for reading, not for a
     * drawing), and what its transmission is: a retransmission, a copy the network made, or an old
     * duplicate of an earlier connection.
     */
    public static Message phrase(Trace trace, Flight flight, boolean relative) {
        String flags = flags(flight.segment());
        String numbers = sentenceNumbers(trace, flight.transmissionId(), flight.segment(), relative);
        return flight.oldDuplicate() ? Message.of("narration.segment.oldDuplicate", flags, numbers)
                : flight.duplicate() ? Message.of("narration.segment.copy", flags, numbers)
                : flight.retransmission() ? Message.of("narration.segment.retransmission", flags, numbers)
                : Message.of("narration.segment", flags, numbers);
    }

    /** A segment as a sentence names it by its flags and numbers alone, where the sentence says the rest. */
    public static Message plainPhrase(Trace trace, int transmissionId, Segment segment, boolean relative) {
        return Message.of("narration.segment", flags(segment), sentenceNumbers(trace, transmissionId, segment, relative));
    }

    /** A segment's numbers as a sentence writes them, e.g. {@code seq 0, ack 1, len 0}. */
    public static String sentenceNumbers(Trace trace, int transmissionId, Segment segment, boolean relative) {
        return Formats.numbers(trace, transmissionId, segment, relative, ", ");
    }

    /** How a segment is named by its flags, e.g. {@code SYN+ACK}, or DATA for a plain data segment. */
    public static String flags(Segment segment) {
        return SegmentKind.of(segment) == SegmentKind.DATA ? "DATA" : segment.flagsJoined("+").replace("+PSH", "");
    }
}
