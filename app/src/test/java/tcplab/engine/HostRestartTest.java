package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tcplab.scenario.ScenarioCatalog;

/**
 * A host that restarts forgets its connection without a word (RFC 9293 3.5.1); the peer learns of
 * it only when it sends, from the RST the restarted host answers with (Figure 11).
 */
class HostRestartTest {

    @Test
    void theRestartSendsNothingAndTheNextRequestIsReset() {
        for (TimerProfile profile : TimerProfile.values()) {
            Trace trace = Simulator.run(ScenarioCatalog.find("half-open").orElseThrow()
                    .input(profile, 1, OptionalLong.of(1000), OptionalLong.of(5000)));

            List<String> story = new ArrayList<>();
            for (TraceEvent e : trace.events()) {
                if (e.time() < 650_000) {
                    continue;
                }
                if (e instanceof StateChanged c) {
                    story.add(c.time() / 1000 + " " + c.side().letter() + " " + c.to().rfcName());
                } else if (e instanceof SegmentSent s) {
                    story.add(s.time() / 1000 + " " + s.side().letter() + " sends " + s.segment().flagsJoined("+")
                            + " seq=" + s.segment().seq() + (s.segment().has(Flag.ACK) ? " ack=" + s.segment().ack() : ""));
                } else if (e instanceof AppCall a && a.action() != AppAction.WRITE) {
                    story.add(a.time() / 1000 + " " + a.side().letter() + " " + a.action().traceName());
                }
            }
            assertThat(story).as(profile.name()).containsExactly(
                    "650 S restart",
                    "650 S CLOSED",
                    "950 S listen",
                    "950 S LISTEN",
                    "2200 C sends PSH+ACK seq=1065 ack=5513",
                    "2250 S sends RST seq=5513",
                    "2300 C reset",
                    "2300 C CLOSED");
        }
    }

    @Test
    void aRestartStopsEveryTimerOfTheForgottenConnection() {
        ApplicationScript script = ApplicationScript.of(
                List.of(AppStep.then(AppStep.Action.CONNECT)),
                List.of(AppStep.then(AppStep.Action.LISTEN), AppStep.then(AppStep.Action.RESTART).delayedBy(60_000)));
        // The server restarts in SYN-RECEIVED, while its SYN+ACK's timer runs.
        Trace trace = Simulator.run(new SimulationInput(script, TimerProfile.RFC, 1, OptionalLong.of(1000),
                OptionalLong.of(5000), LinkSettings.CALM, LinkSettings.CALM, List.of()));

        int restart = indexOf(trace, e -> e instanceof AppCall a && a.action() == AppAction.RESTART);
        assertThat(trace.events().subList(restart, trace.events().size()))
                .anyMatch(e -> e instanceof TimerCancelled c && c.side() == Side.SERVER
                        && c.kind() == TimerKind.RETRANSMISSION)
                .noneMatch(e -> e instanceof TimerFired f && f.side() == Side.SERVER)
                .noneMatch(e -> e instanceof SegmentSent s && s.side() == Side.SERVER && !s.segment().has(Flag.RST));
    }

    private static int indexOf(Trace trace, java.util.function.Predicate<TraceEvent> test) {
        for (int i = 0; i < trace.events().size(); i++) {
            if (test.test(trace.events().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }
}
