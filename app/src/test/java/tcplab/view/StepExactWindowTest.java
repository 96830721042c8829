package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerKind;
import tcplab.engine.TraceEvent;
import tcplab.explain.EventExplainer;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.playback.Flight;
import tcplab.playback.Frame;
import tcplab.playback.TraceCursor;

/**
 * Every view agrees with the trace at every step, also where many events share one instant, and
 * each of the segments sent together is a packet of its own that a click drops.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class StepExactWindowTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    private MainView open(FxRobot robot, LabModel lab) {
        return Labs.showWindow(robot, stage, settings.settings(), () -> lab, Language.ENGLISH, new double[] {1280, 800});
    }

    @Test
    void atEveryStepEveryViewShowsExactlyTheEventsSoFar(FxRobot robot) {
        // The lost handshake ACK and the data behind it leave together; the passive close sends ACK and FIN at once.
        LabModel lab = Labs.scenario("ack-lost-data");
        MainView main = open(robot, lab);
        PlaybackModel playback = lab.playback();
        TraceCursor cursor = playback.cursorProperty().get();
        List<TraceEvent> events = cursor.trace().events();
        Messages english = Messages.of(Language.ENGLISH);
        EventExplainer explainer = new EventExplainer(cursor.trace(), true);
        boolean sawBusyInstant = false;
        for (int applied = 1; applied <= events.size(); applied++) {
            robot.interact(playback::stepNext);
            WaitForAsyncUtils.waitForFxEvents();
            Frame frame = playback.frameProperty().get();
            assertThat(frame.applied()).isEqualTo(applied);
            List<TraceEvent> happened = events.subList(0, applied);
            long now = events.get(applied - 1).time();
            sawBusyInstant |= happened.stream().filter(event -> event.time() == now
                    && (event instanceof SegmentSent)).count() > 1;
            String step = "after event " + applied + ": " + events.get(applied - 1);

            long sent = count(happened, SegmentSent.class) + count(happened, SegmentDuplicated.class);
            long lost = count(happened, SegmentDropped.class);
            assertThat(main.ladder().visibleArrows()).as("arrows " + step).hasSize((int) sent);
            assertThat(main.ladder().shownCrosses()).as("crosses " + step).isEqualTo(lost);
            assertThat(main.ladder().shownStates()).as("state names " + step).hasSize((int) count(happened, StateChanged.class));

            long onWire = sent - count(happened, SegmentDelivered.class) - lost;
            int done = applied;
            long falling = cursor.flights().stream().filter(flight -> flight.dropped()
                    && flight.endIndex() < done && now < flight.visibleUntil()).count();
            assertThat(main.networkStage().packetNodes()).as("packets " + step).hasSize((int) (onWire + falling));
            assertThat(main.networkStage().packetNodes()).as("lost packets crossed out " + step)
                    .filteredOn(node -> ((PacketNode) node).crossedOut()).hasSize((int) falling);

            Map<Side, TcpState> states = statesAfter(happened);
            for (Side side : Side.values()) {
                assertThat(main.networkStage().host(side).stateText()).as("host " + side + " " + step)
                        .isEqualTo(states.get(side).rfcName());
                assertThat(main.stateDiagram().currentBoxId(side)).as("state badge " + side + " " + step)
                        .contains(states.get(side).name().toLowerCase().replace('_', '-'));
                assertThat(main.networkStage().host(side).shownTimers()).as("timers " + side + " " + step)
                        .isEqualTo(runningTimers(happened, side));
            }
            Set<String> visited = new HashSet<>(Set.of(TcpState.CLOSED.rfcName()));
            happened.stream().filter(StateChanged.class::isInstance)
                    .forEach(event -> visited.add(((StateChanged) event).to().rfcName()));
            assertThat(main.stateDiagram().visitedStateNames()).as("states visited " + step).isEqualTo(visited);
            assertThat(main.explanation().sentenceTexts().get(0)).as("explanation " + step)
                    .isEqualTo(english.text(explainer.explain(applied - 1).get(0)));
        }
        assertThat(sawBusyInstant).as("the lesson has instants with several segments sent").isTrue();
    }

    @Test
    void clickingEitherOfTwoSegmentsSentTogetherDropsThatOne(FxRobot robot) {
        for (int choice = 0; choice < 2; choice++) {
            LabModel lab = Labs.scenario("ack-lost-data");
            MainView main = open(robot, lab);
            TraceCursor cursor = lab.playback().cursorProperty().get();
            // The server's ACK and its reply's data leave in one instant, the first train of two it sends.
            List<Flight> together = cursor.flights().stream()
                    .filter(flight -> flight.sender() == Side.SERVER && flight.trainSize() == 2).limit(2).toList();
            assertThat(together).extracting(Flight::sentAt).containsOnly(together.get(0).sentAt());
            Flight chosen = together.get(choice);
            Flight other = together.get(1 - choice);
            robot.interact(() -> lab.playback().seek((chosen.sentAt() + chosen.endAt()) / 2 - 1));
            WaitForAsyncUtils.waitForFxEvents();
            PacketNode node = main.networkStage().packetNodes().stream().map(PacketNode.class::cast)
                    .filter(packet -> packet.flight().equals(chosen)).findFirst().orElseThrow();

            robot.clickOn(node);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(lab.lesson().learnerFaults()).containsExactly(ScriptedFault.dropNth(Side.SERVER, chosen.ordinal()));
            TraceCursor after = lab.playback().cursorProperty().get();
            assertThat(after.flights()).filteredOn(flight -> flight.sender() == Side.SERVER && flight.ordinal() == chosen.ordinal())
                    .first().satisfies(flight -> assertThat(flight.dropped()).isTrue());
            assertThat(after.flights()).filteredOn(flight -> flight.sender() == Side.SERVER && flight.ordinal() == other.ordinal())
                    .first().satisfies(flight -> assertThat(flight.dropped()).isFalse());
        }
    }

    @Test
    void aPacketChosenWithTheKeyboardIsDroppedWithEnter(FxRobot robot) {
        LabModel lab = Labs.scenario("ack-lost-data");
        MainView main = open(robot, lab);
        TraceCursor cursor = lab.playback().cursorProperty().get();
        Flight data = cursor.flights().stream()
                .filter(flight -> flight.sender() == Side.SERVER && flight.segment().length() > 0).findFirst().orElseThrow();
        robot.interact(() -> lab.playback().seek(data.sentAt() + 1));
        WaitForAsyncUtils.waitForFxEvents();
        PacketNode node = main.networkStage().packetNodes().stream().map(PacketNode.class::cast)
                .filter(packet -> packet.flight().equals(data)).findFirst().orElseThrow();
        assertThat(node.isFocusTraversable()).as("Tab reaches a packet").isTrue();
        robot.interact(node::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lab.lesson().learnerFaults()).containsExactly(ScriptedFault.dropNth(Side.SERVER, data.ordinal()));
    }

    @Test
    void upAndDownInTheSequenceDiagramJumpFromArrowToArrow(FxRobot robot) {
        LabModel lab = Labs.scenario("ack-lost-data");
        MainView main = open(robot, lab);
        TraceCursor cursor = lab.playback().cursorProperty().get();
        robot.interact(() -> main.ladder().requestFocus());
        List<Integer> sends = cursor.flights().stream().map(Flight::sentIndex).sorted().toList();
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(lab.playback().frameProperty().get().currentEvent())
                    .containsSame(cursor.event(sends.get(i)));
        }
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lab.playback().frameProperty().get().applied()).isEqualTo(sends.get(2) + 1);
    }

    private static long count(List<TraceEvent> events, Class<? extends TraceEvent> kind) {
        return events.stream().filter(kind::isInstance).count();
    }

    /** Each side's state after the events: its last change, else where its first change starts from. */
    private static Map<Side, TcpState> statesAfter(List<TraceEvent> happened) {
        Map<Side, TcpState> states = new EnumMap<>(Side.class);
        states.put(Side.CLIENT, TcpState.CLOSED);
        states.put(Side.SERVER, TcpState.CLOSED);
        for (TraceEvent event : happened) {
            if (event instanceof StateChanged change) {
                states.put(change.side(), change.to());
            }
        }
        return states;
    }

    /** The timers of a side whose last event is being armed. */
    private static long runningTimers(List<TraceEvent> happened, Side side) {
        Map<TimerKind, Boolean> running = new HashMap<>();
        for (TraceEvent event : happened) {
            if (event instanceof TimerArmed armed && armed.side() == side) {
                running.put(armed.kind(), true);
            } else if (event instanceof TimerFired fired && fired.side() == side) {
                running.put(fired.kind(), false);
            } else if (event instanceof TimerCancelled cancelled && cancelled.side() == side) {
                running.put(cancelled.kind(), false);
            }
        }
        return running.values().stream().filter(Boolean::booleanValue).count();
    }
}
