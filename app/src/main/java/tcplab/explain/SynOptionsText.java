package tcplab.explain;

import java.util.ArrayList;
import java.util.List;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SynOptions;
import tcplab.i18n.Message;

/**
 * Says which TCP options a SYN or SYN+ACK carries besides its flags, in the order Linux writes
 * them in the header (MSS, SACK permitted, timestamps, window scale), so the explanation lists
 * what the capture shows.
 */
final class SynOptionsText {

    private SynOptionsText() {
    }

    /**
     * The paragraphs naming the options of {@code segment}, one per option after an introduction,
     * as a capture tool lists them; none if it is no SYN or carries no option.
     */
    static List<Message> of(Segment segment, Message who) {
        if (!segment.has(Flag.SYN)) {
            return List.of();
        }
        SynOptions offered = segment.synOptions();
        List<Message> paragraphs = new ArrayList<>();
        paragraphs.add(segment.has(Flag.ACK) ? Message.of("explain.sent.synOptions.SYN_ACK", who)
                : Message.of("explain.sent.synOptions.SYN", who));
        if (offered.mss() > 0) {
            paragraphs.add(Message.of("explain.option.mss", String.valueOf(offered.mss())));
        }
        if (offered.sackPermitted()) {
            paragraphs.add(Message.of("explain.option.sackPermitted"));
        }
        if (segment.tsVal() != Segment.NO_TIMESTAMP) {
            paragraphs.add(Message.of("explain.option.timestamps"));
        }
        if (offered.windowScaled()) {
            paragraphs.add(Message.of("explain.option.windowScale", String.valueOf(offered.windowScale()),
                    String.valueOf(1 << offered.windowScale())));
        }
        return paragraphs.size() > 1 ? paragraphs : List.of();
    }
}
