package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tcplab.scenario.ScenarioCatalog;

/**
 * What SYNs offer: an RFC 9293 host the MSS alone, a Linux host what tcp_syn_options adds; the
 * SYN+ACK answers with what the SYN offered; no other segment carries SYN options.
 */
class SynOptionsTest {

    private static List<Segment> sentSegments(TimerProfile profile, LinuxSettings linux) {
        SimulationInput input = ScenarioCatalog.find("syn-options").orElseThrow()
                .input(profile, 1, OptionalLong.of(1000), OptionalLong.of(5000)).withLinux(linux);
        return Simulator.run(input).events().stream().filter(SegmentSent.class::isInstance)
                .map(e -> ((SegmentSent) e).segment()).toList();
    }

    @Test
    void anRfcHostOffersTheMssAloneAndNoTimestamps() {
        List<Segment> sent = sentSegments(TimerProfile.RFC, LinuxSettings.DEFAULTS);

        assertThat(sent.get(0).synOptions()).isEqualTo(new SynOptions(1460, false, SynOptions.NO_WINDOW_SCALE));
        assertThat(sent.get(1).synOptions()).isEqualTo(sent.get(0).synOptions());
        assertThat(sent).allMatch(s -> s.tsVal() == Segment.NO_TIMESTAMP);
    }

    @Test
    void aLinuxHostOffersMssSackWindowScaleAndTimestamps() {
        List<Segment> sent = sentSegments(TimerProfile.LINUX, LinuxSettings.DEFAULTS);
        Segment syn = sent.get(0);
        Segment synAck = sent.get(1);

        assertThat(syn.synOptions()).isEqualTo(new SynOptions(1460, true, 7));
        assertThat(syn.tsVal()).isZero();
        assertThat(syn.tsEcr()).isEqualTo(Segment.NO_TIMESTAMP);
        assertThat(synAck.synOptions()).isEqualTo(syn.synOptions());
        assertThat(synAck.tsEcr()).as("the SYN+ACK echoes the SYN's clock").isEqualTo(syn.tsVal());
        assertThat(sent.subList(2, sent.size())).allMatch(s -> s.synOptions().equals(SynOptions.NONE))
                .allMatch(s -> s.tsVal() != Segment.NO_TIMESTAMP);
    }

    @Test
    void withoutTcpTimestampsLinuxStillOffersSackAndWindowScale() {
        List<Segment> sent = sentSegments(TimerProfile.LINUX, LinuxSettings.DEFAULTS.with(LinuxSetting.TCP_TIMESTAMPS, 0));

        assertThat(sent.get(0).synOptions()).isEqualTo(SynOptions.LINUX);
        assertThat(sent).allMatch(s -> s.tsVal() == Segment.NO_TIMESTAMP);
    }

    @Test
    void theMssCutsTheLongReplyIntoSegments() {
        List<Integer> serverData = sentSegments(TimerProfile.RFC, LinuxSettings.DEFAULTS).stream()
                .filter(s -> s.from() == Side.SERVER && s.length() > 0).map(Segment::length).toList();

        assertThat(serverData).containsExactly(1460, 1460, 1080);
    }

    @Test
    void aSynAckOffersOnlyWhatTheSynOffered() {
        assertThat(SynOptions.LINUX.answering(SynOptions.RFC_9293)).isEqualTo(SynOptions.RFC_9293);
        assertThat(SynOptions.LINUX.answering(SynOptions.LINUX)).isEqualTo(SynOptions.LINUX);
        assertThat(SynOptions.RFC_9293.answering(SynOptions.LINUX)).isEqualTo(SynOptions.RFC_9293);
    }

    @Test
    void anMssTakesSixteenBitsAndAShiftAtMostFourteen() {
        assertThatThrownBy(() -> new SynOptions(70_000, false, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SynOptions(1460, false, 15)).isInstanceOf(IllegalArgumentException.class);
    }
}
