package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationScriptTest {

    @Test
    void aStepNamesBytesExactlyWhenItsTriggerOrActionNeedsThem() {
        assertThatThrownBy(() -> new AppStep(AppStep.Trigger.RECEIVED, 0, 0, AppStep.Action.CLOSE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RECEIVED");
        assertThatThrownBy(() -> new AppStep(AppStep.Trigger.PREVIOUS, 0, 0, AppStep.Action.WRITE, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WRITE");
        assertThatThrownBy(() -> AppStep.then(AppStep.Action.CLOSE).delayedBy(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void theFactoriesSayWhatTheyBuild() {
        assertThat(AppStep.writeOnReceived(64, 512))
                .isEqualTo(new AppStep(AppStep.Trigger.RECEIVED, 64, 0, AppStep.Action.WRITE, 512));
        assertThat(AppStep.on(AppStep.Trigger.PEER_FIN, AppStep.Action.CLOSE).delayedBy(5))
                .isEqualTo(new AppStep(AppStep.Trigger.PEER_FIN, 0, 5, AppStep.Action.CLOSE, 0));
        ApplicationScript script = ApplicationScript.of(List.of(AppStep.then(AppStep.Action.CONNECT)), List.of());
        assertThat(script.steps(Side.CLIENT)).containsExactly(AppStep.then(AppStep.Action.CONNECT));
        assertThat(script.steps(Side.SERVER)).isEmpty();
    }
}
