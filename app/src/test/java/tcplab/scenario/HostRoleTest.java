package tcplab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tcplab.engine.Side;

class HostRoleTest {

    private static HostRole role(String scenario, Side side) {
        return HostRole.of(ScenarioCatalog.find(scenario).orElseThrow().script(), side);
    }

    @Test
    void aClientOpensAndAServerListensInTheUsualLessons() {
        assertThat(role("handshake", Side.CLIENT)).isEqualTo(HostRole.CONNECTS);
        assertThat(role("handshake", Side.SERVER)).isEqualTo(HostRole.LISTENS);
    }

    @Test
    void bothOpenInSimultaneousOpen() {
        assertThat(role("simultaneous-open", Side.CLIENT)).isEqualTo(HostRole.CONNECTS_SIMULTANEOUSLY);
        assertThat(role("simultaneous-open", Side.SERVER)).isEqualTo(HostRole.CONNECTS_SIMULTANEOUSLY);
    }

    @Test
    void aClosedPortHasNoListenerAndASilentHostNoAnswer() {
        assertThat(role("closed-port", Side.SERVER)).isEqualTo(HostRole.NO_LISTENER);
        assertThat(role("no-answer", Side.SERVER)).isEqualTo(HostRole.SILENT);
    }
}
