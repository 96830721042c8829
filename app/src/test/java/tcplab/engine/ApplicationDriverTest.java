package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.engine.AppStep.Action;
import tcplab.engine.AppStep.Trigger;

class ApplicationDriverTest {

    /** A socket that notes what it is asked to do; a connect starts a new connection, as the endpoint's does. */
    private static final class RecordingSocket implements ApplicationDriver.Socket {
        final List<String> calls = new ArrayList<>();
        ApplicationDriver driver;

        @Override
        public void perform(AppStep step) {
            calls.add(step.action().name());
            if (step.action() == Action.CONNECT && driver != null) {
                driver.connectionStarted();
            }
        }

        @Override
        public void scheduleStep(long delayMicros) {
            calls.add("wait " + delayMicros);
        }
    }

    @Test
    void stepsRunInOrderEachWaitingForItsTrigger() {
        RecordingSocket socket = new RecordingSocket();
        ApplicationDriver driver = new ApplicationDriver(List.of(
                AppStep.then(Action.CONNECT),
                AppStep.writeOn(Trigger.ESTABLISHED, 100),
                AppStep.onReceived(50, Action.CLOSE),
                AppStep.on(Trigger.PEER_FIN, Action.CLOSE)), socket);
        driver.connectionStarted();
        driver.drive();
        assertThat(socket.calls).containsExactly("CONNECT");
        driver.drive();
        assertThat(socket.calls).as("not established yet").containsExactly("CONNECT");
        driver.established();
        driver.read(30);
        driver.peerFinReceived();
        driver.drive();
        assertThat(socket.calls).as("the third waits for 50 bytes, so the fourth waits too")
                .containsExactly("CONNECT", "WRITE");
        driver.read(20);
        driver.drive();
        assertThat(socket.calls).containsExactly("CONNECT", "WRITE", "CLOSE", "CLOSE");
    }

    @Test
    void aDelayedStepIsScheduledOnceAndRunsWhenItsTimeComes() {
        RecordingSocket socket = new RecordingSocket();
        ApplicationDriver driver = new ApplicationDriver(List.of(
                AppStep.then(Action.LISTEN), AppStep.then(Action.CLOSE).delayedBy(5_000)), socket);
        driver.drive();
        driver.drive();
        assertThat(socket.calls).containsExactly("LISTEN", "wait 5000");
        driver.runScheduledStep();
        driver.drive();
        assertThat(socket.calls).containsExactly("LISTEN", "wait 5000", "CLOSE");
    }

    @Test
    void aStoppedProgramRunsNothingMoreNotEvenAScheduledStep() {
        RecordingSocket socket = new RecordingSocket();
        ApplicationDriver driver = new ApplicationDriver(List.of(
                AppStep.then(Action.CONNECT).delayedBy(10), AppStep.then(Action.CLOSE)), socket);
        driver.drive();
        driver.stop();
        driver.runScheduledStep();
        driver.drive();
        assertThat(socket.calls).containsExactly("wait 10");
    }

    @Test
    void triggersLookAtTheCurrentConnectionOnly() {
        RecordingSocket socket = new RecordingSocket();
        ApplicationDriver driver = new ApplicationDriver(List.of(
                AppStep.then(Action.CONNECT),
                AppStep.on(Trigger.CLOSED, Action.CONNECT),
                AppStep.on(Trigger.ESTABLISHED, Action.CLOSE)), socket);
        socket.driver = driver;
        driver.drive();
        driver.established();
        driver.connectionEnded();
        driver.drive();
        assertThat(socket.calls).containsExactly("CONNECT", "CONNECT");
        driver.drive();
        assertThat(socket.calls).as("the first connection's ESTABLISHED does not count")
                .containsExactly("CONNECT", "CONNECT");
    }
}
