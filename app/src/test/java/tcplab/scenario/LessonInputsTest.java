package tcplab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tcplab.engine.LinkSettings;
import tcplab.engine.LinuxSetting;
import tcplab.engine.LinuxSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;

class LessonInputsTest {

    private final Scenario synLost = ScenarioCatalog.find("syn-lost").orElseThrow();
    private final Scenario longDelay = ScenarioCatalog.find("long-delay").orElseThrow();

    @Test
    void aNewScenarioKeepsTheLearnersTimersSeedIsnsAndFaults() {
        LessonInputs chosen = LessonInputs.of(synLost).withProfile(TimerProfile.LINUX).withSeed(7).withClientIsn(42)
                .withLink(Side.CLIENT, new LinkChoice(30, 200, 10))
                .withFault(ScriptedFault.dropNth(Side.SERVER, 1));
        LessonInputs next = chosen.withScenario(longDelay);
        assertThat(next.profile()).isEqualTo(TimerProfile.LINUX);
        assertThat(next.seed()).isEqualTo(7);
        assertThat(next.clientIsn()).isEqualTo(42);
        assertThat(next.learnerFaults()).containsExactly(ScriptedFault.dropNth(Side.SERVER, 1));
        assertThat(next.link(Side.CLIENT)).as("every value changed by hand stays").isEqualTo(new LinkChoice(30, 200, 10));
        assertThat(next.link(Side.SERVER)).as("an untouched link becomes the new lesson's")
                .isEqualTo(LinkChoice.of(longDelay.serverToClient()));
        assertThat(chosen.withScenario(synLost)).as("the same scenario again").isSameAs(chosen);
        assertThat(chosen.withoutFaults()).isEqualTo(LessonInputs.of(synLost).withProfile(TimerProfile.LINUX)
                .withSeed(7).withClientIsn(42));
    }

    @Test
    void aNewScenarioTakesItsOwnValueForEachLinkValueTheLearnerLeftAlone() {
        LinkChoice synLostLink = LinkChoice.of(synLost.clientToServer());
        LinkChoice longDelayLink = LinkChoice.of(longDelay.clientToServer());
        LessonInputs chosen = LessonInputs.of(synLost).withLink(Side.CLIENT, synLostLink.withLossPercent(2.5));

        LinkChoice carried = chosen.withScenario(longDelay).link(Side.CLIENT);

        assertThat(carried).isEqualTo(longDelayLink.withLossPercent(2.5));
        assertThat(carried.delayMillis()).as("long-delay's own delay, not syn-lost's")
                .isNotEqualTo(synLostLink.delayMillis());
        assertThat(chosen.withScenario(longDelay).withScenario(synLost)).as("and back again")
                .isEqualTo(chosen);
    }

    @Test
    void theKernelSettingsTheLearnerChangedStayUnlessTheNextLessonSetsThatOneItself() {
        Scenario fewerRetries = ScenarioCatalog.find("syn-retries-2").orElseThrow();
        LessonInputs chosen = LessonInputs.of(synLost).withProfile(TimerProfile.LINUX)
                .withLinux(synLost.linux().with(LinuxSetting.TCP_FIN_TIMEOUT, 5).with(LinuxSetting.TCP_SYN_RETRIES, 4));

        LessonInputs next = chosen.withScenario(longDelay);
        assertThat(next.linux()).as("both changes stay")
                .isEqualTo(longDelay.linux().with(LinuxSetting.TCP_FIN_TIMEOUT, 5).with(LinuxSetting.TCP_SYN_RETRIES, 4));
        assertThat(next.withScenario(synLost)).as("and back again").isEqualTo(chosen);

        LessonInputs retries = chosen.withScenario(fewerRetries);
        assertThat(fewerRetries.setsItself(LinuxSetting.TCP_SYN_RETRIES)).isTrue();
        assertThat(retries.linux().get(LinuxSetting.TCP_SYN_RETRIES)).as("the lesson's own value, which it is about")
                .isEqualTo(2);
        assertThat(retries.linux().get(LinuxSetting.TCP_FIN_TIMEOUT)).as("a change it does not set stays").isEqualTo(5);
        assertThat(retries.withScenario(synLost).linux().get(LinuxSetting.TCP_SYN_RETRIES))
                .as("left at that lesson's value, it becomes the next lesson's own again")
                .isEqualTo(LinuxSettings.DEFAULTS.get(LinuxSetting.TCP_SYN_RETRIES));
    }

    @Test
    void theSimulatorGetsTheScenarioWithTheLearnersLinkAndFaultsOnTop() {
        ScriptedFault dropAck = ScriptedFault.dropNth(Side.CLIENT, 2);
        SimulationInput input = LessonInputs.of(synLost).withFixedIsn(false)
                .withLink(Side.SERVER, new LinkChoice(12.5, 80, 5)).withFault(dropAck).withFault(dropAck)
                .simulationInput();
        assertThat(input.faults()).containsAll(synLost.faults()).endsWith(dropAck)
                .hasSize(synLost.faults().size() + 1);
        assertThat(input.isnClient()).isEmpty();
        LinkSettings serverLink = input.serverToClient();
        assertThat(serverLink.loss()).isEqualTo(0.125);
        assertThat(serverLink.delayMicros()).isEqualTo(80_000);
        assertThat(serverLink.jitterMicros()).isEqualTo(5_000);
        assertThat(input.clientToServer()).isEqualTo(synLost.clientToServer());
    }
}
