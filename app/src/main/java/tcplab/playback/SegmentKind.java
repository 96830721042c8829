package tcplab.playback;

import tcplab.engine.Flag;
import tcplab.engine.Segment;

/** What a segment does in the lesson, judged by its flags and payload: the name a packet is drawn with. */
public enum SegmentKind {
    SYN,
    SYN_ACK,
    ACK,
    FIN,
    RST,
    DATA;

    public static SegmentKind of(Segment segment) {
        if (segment.has(Flag.RST)) {
            return RST;
        }
        if (segment.has(Flag.SYN)) {
            return segment.has(Flag.ACK) ? SYN_ACK : SYN;
        }
        if (segment.has(Flag.FIN)) {
            return FIN;
        }
        return segment.length() > 0 ? DATA : ACK;
    }
}
