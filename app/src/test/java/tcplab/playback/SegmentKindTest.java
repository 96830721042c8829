package tcplab.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static tcplab.HandmadeTraces.segment;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.Side;

class SegmentKindTest {

    @Test
    void kindsFollowTheFlagsThenThePayload() {
        assertThat(SegmentKind.of(segment(Side.CLIENT, 1, 0, 0, Flag.SYN))).isEqualTo(SegmentKind.SYN);
        assertThat(SegmentKind.of(segment(Side.SERVER, 1, 2, 0, Flag.SYN, Flag.ACK))).isEqualTo(SegmentKind.SYN_ACK);
        assertThat(SegmentKind.of(segment(Side.CLIENT, 1, 2, 0, Flag.ACK))).isEqualTo(SegmentKind.ACK);
        assertThat(SegmentKind.of(segment(Side.CLIENT, 1, 2, 0, Flag.FIN, Flag.ACK))).isEqualTo(SegmentKind.FIN);
        assertThat(SegmentKind.of(segment(Side.SERVER, 1, 2, 0, Flag.RST, Flag.ACK))).isEqualTo(SegmentKind.RST);
        Segment data = new Segment(Side.CLIENT, 1, 2, EnumSet.of(Flag.PSH, Flag.ACK), 100, 65535);
        assertThat(SegmentKind.of(data)).isEqualTo(SegmentKind.DATA);
    }
}
