package tcplab.capture;

/** What became of one captured transmission, as far as the capture shows it. */
public enum SegmentFate {
    /** It arrived: the capture saw it arrive, or the receiver's later segments show it did. */
    DELIVERED,
    /**
     * It was seen but, by all the capture shows, never arrived: its sender sent it again and the
     * receiver never answered it (or it is a bare ACK whose receiver acted as if it never came).
     */
    LOST_AFTER_CAPTURE,
    /**
     * It was never seen: the gap it left in its sender's sequence numbers shows that it was sent
     * and lost before reaching the capture point.
     */
    LOST_BEFORE_CAPTURE
}
