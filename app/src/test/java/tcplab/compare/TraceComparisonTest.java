package tcplab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tcplab.compare.TraceComparison.Difference;
import tcplab.compare.TraceComparison.Kind;
import tcplab.engine.Flag;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.playback.TraceCursor;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** The comparison of two runs pairs their segments and finds exactly where they differ. */
class TraceComparisonTest {

    private static final long TOLERANCE = 20_000;

    @Test
    void everyLessonComparedWithItselfPairsEverySegmentAndDiffersNowhere() {
        for (Scenario scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                Trace trace = run(scenario.id(), profile);
                TraceComparison same = TraceComparison.of(trace, trace, 0);

                assertThat(same.differences()).as(scenario.id()).isEmpty();
                assertThat(same.pairs()).hasSize(new TraceCursor(trace).flights().size());
            }
        }
    }

    @Test
    void aLostSynShowsAsALossAnExtraSynAndEverythingAfterItLate() {
        Trace handshake = run("handshake", TimerProfile.LINUX);
        Trace synLost = run("syn-lost", TimerProfile.LINUX);

        List<Difference> differences = TraceComparison.of(handshake, synLost, TOLERANCE).differences();

        Difference loss = differences.get(0);
        assertThat(loss.kind()).isEqualTo(Kind.OUTCOME);
        assertThat(loss.first().segment().flags()).containsExactly(Flag.SYN);
        assertThat(loss.second().dropped()).isTrue();
        Difference extraSyn = differences.stream().filter(d -> d.kind() == Kind.ONLY_SECOND).findFirst().orElseThrow();
        assertThat(extraSyn.second().segment().flags()).containsExactly(Flag.SYN);
        assertThat(extraSyn.second().retransmission()).isTrue();
        // Every segment after the SYN is sent one retransmission timeout (1 s under Linux) later.
        List<Difference> late = differences.stream().filter(d -> d.kind() == Kind.TIMING).toList();
        assertThat(late).isNotEmpty().allSatisfy(d -> assertThat(d.offsetMicros()).isBetween(900_000L, 1_100_000L));
        assertThat(late.get(0).first().segment().flags()).containsExactly(Flag.SYN, Flag.ACK);
        assertThat(differences).noneMatch(d -> d.kind() == Kind.ONLY_FIRST);
    }

    @Test
    void theSameRunComparedTheOtherWayRoundSwapsWhichSideOwnsEachDifference() {
        Trace handshake = run("handshake", TimerProfile.RFC);
        Trace synLost = run("syn-lost", TimerProfile.RFC);

        TraceComparison forward = TraceComparison.of(handshake, synLost, TOLERANCE);
        TraceComparison backward = TraceComparison.of(synLost, handshake, TOLERANCE);

        assertThat(count(backward, Kind.ONLY_FIRST)).isEqualTo(count(forward, Kind.ONLY_SECOND)).isEqualTo(1);
        assertThat(count(backward, Kind.TIMING)).isEqualTo(count(forward, Kind.TIMING));
        Difference extra = forward.differences().stream().filter(d -> d.kind() == Kind.ONLY_SECOND).findFirst().orElseThrow();
        assertThat(forward.differs(false, extra.second().transmissionId())).isTrue();
    }

    @Test
    void aTimingWithinTheToleranceIsNoDifference() {
        Trace handshake = run("handshake", TimerProfile.LINUX);
        Trace synLost = run("syn-lost", TimerProfile.LINUX);

        TraceComparison lenient = TraceComparison.of(handshake, synLost, 2_000_000);

        assertThat(lenient.differences()).extracting(Difference::kind).doesNotContain(Kind.TIMING);
        assertThat(lenient.differences()).extracting(Difference::kind).contains(Kind.OUTCOME, Kind.ONLY_SECOND);
        TraceComparison.Pair synAck = lenient.pairs().stream()
                .filter(pair -> pair.first().segment().flags().equals(Set.of(Flag.SYN, Flag.ACK)))
                .findFirst().orElseThrow();
        assertThat(lenient.differs(true, synAck.first().transmissionId())).isFalse();
        assertThat(lenient.differs(true, lenient.pairs().get(0).first().transmissionId())).isTrue();
        assertThatThrownBy(() -> TraceComparison.of(handshake, synLost, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentsOfTheOtherSideNeverPairEvenWithTheSameNumbers() {
        Trace handshake = run("handshake", TimerProfile.LINUX);
        TraceComparison comparison = TraceComparison.of(handshake, handshake, 0);

        assertThat(comparison.pairs()).allSatisfy(pair -> assertThat(pair.first().sender()).isEqualTo(pair.second().sender()));
        assertThat(comparison.pairs()).anySatisfy(pair -> assertThat(pair.first().sender()).isEqualTo(Side.SERVER));
    }

    private static long count(TraceComparison comparison, Kind kind) {
        return comparison.differences().stream().filter(d -> d.kind() == kind).count();
    }

    private static Trace run(String scenario, TimerProfile profile) {
        return Simulator.run(LessonInputs.of(ScenarioCatalog.find(scenario).orElseThrow()).withProfile(profile)
                .simulationInput());
    }
}
