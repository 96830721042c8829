package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.TcpState;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Language;
import tcplab.playback.PlaybackSpeed;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/** The lab window driven as a learner would: stepping, playing, clicking packets, switching language. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class LabWindowTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;
    private LanguageModel language;
    private MainView main;
    private LabModel model;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        BundledFonts.load();
        language = new LanguageModel(settings.settings());
        language.switchTo(Language.ENGLISH);
        open("handshake");
    }

    private void open(String scenario) {
        model = Labs.scenario(scenario);
        main = new MainView(language, new DisplayModel(settings.settings()), model);
        Scene scene = new Scene(main, 1280, 800);
        LabApplication.applyTheme(scene);
        stage.setScene(scene);
        stage.show();
        main.focusPlay();
    }

    @Test
    void steppingThroughTheHandshakeShowsEachHostsStateAtEachStep(FxRobot robot) {
        List<String> client = new ArrayList<>();
        List<String> server = new ArrayList<>();
        String serverWhenClientEstablished = null;
        for (int step = 0; step < 200; step++) {
            String clientState = main.networkStage().client().stateText();
            String serverState = main.networkStage().server().stateText();
            assertThat(clientState).isEqualTo(model.playback().frameProperty().get().state(Side.CLIENT).rfcName());
            assertThat(main.stateDiagram().currentBoxId(Side.CLIENT)).contains(boxName(clientState));
            if (clientState.equals("ESTABLISHED") && serverWhenClientEstablished == null) {
                serverWhenClientEstablished = serverState;
            }
            addIfNew(client, clientState);
            addIfNew(server, serverState);
            if (model.playback().frameProperty().get().applied() == model.playback().cursorProperty().get().eventCount()) {
                break;
            }
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(client).containsExactly("CLOSED", "SYN-SENT", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT", "CLOSED");
        assertThat(server).containsExactly("CLOSED", "LISTEN", "SYN-RECEIVED", "ESTABLISHED", "CLOSE-WAIT", "LAST-ACK", "CLOSED");
        assertThat(serverWhenClientEstablished).as("the client is ESTABLISHED one step before the server")
                .isEqualTo("SYN-RECEIVED");
    }

    @Test
    void playingRunsToTheEndWithIdleTimeSqueezed(FxRobot robot) {
        robot.interact(() -> model.playback().speedProperty().set(PlaybackSpeed.OCTUPLE));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().playingProperty().get()).isTrue();
        // 60 s of TIME-WAIT and the whole exchange play in a few seconds at 8x.
        waitUntil(() -> !model.playback().playingProperty().get(), 30);
        assertThat(main.networkStage().client().stateText()).isEqualTo("CLOSED");
        assertThat(main.networkStage().server().stateText()).isEqualTo("CLOSED");
    }

    @Test
    void droppingTheSynByClickingItBringsARetransmissionAfterTheRto(FxRobot robot) {
        robot.interact(() -> model.playback().seek(20_000));
        List<TraceEvent> before = model.playback().cursorProperty().get().trace().events();
        PacketNode syn = (PacketNode) main.networkStage().packetNodes().iterator().next();
        assertThat(syn.flight().segment().flags()).containsExactly(Flag.SYN);

        robot.clickOn(syn);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.lesson().learnerFaults()).containsExactly(ScriptedFault.dropNth(Side.CLIENT, 1));
        assertThat(model.playback().time()).as("the playback stays where the learner clicked").isEqualTo(20_000);
        List<TraceEvent> after = model.playback().cursorProperty().get().trace().events();
        assertThat(after.stream().filter(e -> e.time() < 20_000).toList())
                .as("the past is unchanged").isEqualTo(before.stream().filter(e -> e.time() < 20_000).toList());
        SegmentSent resent = after.stream()
                .filter(e -> e instanceof SegmentSent s && s.retransmission() && s.segment().has(Flag.SYN))
                .map(SegmentSent.class::cast).findFirst().orElseThrow();
        assertThat(resent.time()).as("sent again when the 1 s initial RTO runs out").isEqualTo(1_000_000);

        robot.interact(() -> model.playback().seek(40_000));
        assertThat(packetBadges()).containsExactly("LOST");
        robot.interact(() -> model.playback().seek(resent.time() + 10_000));
        assertThat(packetBadges()).containsExactly("RETRANSMIT");
        assertThat(main.networkStage().client().stateText()).isEqualTo("SYN-SENT");
        assertThat(main.ladder().visibleArrows()).anySatisfy(arrow -> assertThat(arrow.getStyleClass()).contains("dropped"));
    }

    @Test
    void steppingBackRestoresTheEarlierPicture(FxRobot robot) {
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Object> earlier = picture();
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.RIGHT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picture()).isNotEqualTo(earlier);
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.LEFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picture()).isEqualTo(earlier);
    }

    @Test
    void shortcutsDriveThePlayback(FxRobot robot) {
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().frameProperty().get().applied()).as("one event a step").isEqualTo(3);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().frameProperty().get().applied()).isEqualTo(2);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().time()).isZero();
        assertThat(model.playback().frameProperty().get().applied()).as("back before the first event").isZero();
        assertThat(model.playback().speedProperty().get()).isEqualTo(PlaybackSpeed.DOUBLE);
        robot.type(KeyCode.SUBTRACT, KeyCode.SUBTRACT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().speedProperty().get()).isEqualTo(PlaybackSpeed.HALF);
    }

    @Test
    void outOfRangeValuesAreRefusedWithAMessageAtTheControl(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.TabPane) main.lookup(".settings-tabs")).getSelectionModel().select(1));
        robot.clickOn("#loss-client").eraseText(1).write("150").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = robot.lookup("#loss-client-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Enter a number from 0 to 100.");
        assertThat(model.lesson().link(Side.CLIENT).lossPercentProperty().get()).isZero();

        robot.clickOn("#language-ko");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).isEqualTo("0에서 100 사이의 숫자를 입력하세요.");

        robot.clickOn("#loss-client").eraseText(3).write("30").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        assertThat(model.lesson().link(Side.CLIENT).lossPercentProperty().get()).isEqualTo(30);

        robot.interact(() -> robot.lookup("#clear-faults").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.lesson().link(Side.CLIENT).lossPercentProperty().get()).isZero();
        assertThat(model.lesson().learnerFaults()).isEmpty();
    }

    @Test
    void theLanguageSwitchChangesEveryTextOnTheStage(FxRobot robot) {
        robot.interact(() -> open("syn-lost"));
        long resent = model.playback().cursorProperty().get().trace().events().stream()
                .filter(e -> e instanceof SegmentSent s && s.retransmission()).findFirst().orElseThrow().time();
        robot.interact(() -> model.playback().seek(resent + 10_000));
        assertThat(packetBadges()).containsExactly("RETRANSMIT");
        Map<Labeled, String> english = texts();
        assertThat(english.values()).contains("RETRANSMIT", "Retransmission timer");
        List<String> englishExplanation = main.explanation().sentenceTexts();

        robot.clickOn("#language-ko");
        WaitForAsyncUtils.waitForFxEvents();

        Map<Labeled, String> korean = texts();
        assertThat(korean.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
        korean.forEach((label, text) -> {
            assertThat(text).as("text of %s", label).isNotEqualTo(english.get(label));
            assertThat(text).as("text of %s", label).containsPattern("[\\uAC00-\\uD7A3]");
        });
        List<String> koreanExplanation = main.explanation().sentenceTexts();
        assertThat(koreanExplanation).hasSameSizeAs(englishExplanation).doesNotContainAnyElementsOf(englishExplanation)
                .allSatisfy(text -> assertThat(text).containsPattern("[\\uAC00-\\uD7A3]"));
    }

    @Test
    void clickingAnArrowOnTheLadderMovesOntoItsSending(FxRobot robot) {
        robot.interact(() -> model.playback().seek(model.playback().cursorProperty().get().endTime()));
        robot.interact(() -> main.ladder().setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Group synAck = main.ladder().visibleArrows().get(1);
        javafx.scene.shape.Line line = (javafx.scene.shape.Line) synAck.lookup(".ladder-line");
        javafx.geometry.Point2D target = line.localToScreen(
                line.getStartX() + (line.getEndX() - line.getStartX()) / 2,
                line.getStartY() + (line.getEndY() - line.getStartY()) / 2);

        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();

        tcplab.playback.Flight flight = model.playback().cursorProperty().get().flights().get(1);
        assertThat(flight.segment().flags()).containsExactlyInAnyOrder(Flag.SYN, Flag.ACK);
        assertThat(model.playback().frameProperty().get().position())
                .as("onto the step where it is sent").isEqualTo(model.playback().cursorProperty().get().stepOnto(flight.sentIndex()));
        assertThat(main.networkStage().packetNodes()).anySatisfy(node ->
                assertThat(((PacketNode) node).flight()).isEqualTo(flight));
    }

    @Test
    void numbersAreRelativeToTheIsnOrRawAtTheFlipOfASwitch(FxRobot robot) {
        robot.interact(() -> model.playback().seek(20_000));
        assertThat(packetNumbers()).containsExactly("seq 0  len 0");
        robot.clickOn(".relative-numbers");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.playback().relativeNumbersProperty().get()).isFalse();
        assertThat(packetNumbers()).containsExactly("seq " + LessonInputs.DEFAULT_CLIENT_ISN + "  len 0");
    }

    private List<String> packetNumbers() {
        return main.networkStage().packetNodes().stream()
                .map(node -> ((Label) node.lookup(".packet-numbers")).getText()).toList();
    }

    @Test
    void dropNextAimsAtTheNextSegmentOfThatDirection(FxRobot robot) {
        robot.interact(() -> model.lesson().dropNext(Side.SERVER, model.playback().time()));
        assertThat(model.lesson().learnerFaults()).containsExactly(ScriptedFault.dropNth(Side.SERVER, 1));
        assertThat(model.playback().cursorProperty().get().flights()).anySatisfy(flight -> {
            assertThat(flight.sender()).isEqualTo(Side.SERVER);
            assertThat(flight.segment().flags()).containsExactlyInAnyOrder(Flag.SYN, Flag.ACK);
            assertThat(flight.dropped()).isTrue();
        });
    }

    @Test
    void theProfileSwitchShowsLinuxAndRfcTimeWait(FxRobot robot) {
        assertThat(timeWaitMicros()).as("RFC 9293: 2 x MSL of 2 minutes").isEqualTo(240_000_000L);
        // From the keyboard: the switch may lie below the fold of the scenario tab.
        robot.interact(() -> robot.lookup("#profile-linux").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeWaitMicros()).as("Linux TCP_TIMEWAIT_LEN").isEqualTo(60_000_000L);
    }

    @Test
    void choosingAScenarioShowsItFromTheStart(FxRobot robot) {
        robot.interact(() -> model.playback().seek(200_000));
        javafx.scene.control.ComboBox<?> picker = robot.lookup("#scenario-picker").queryComboBox();
        robot.interact(() -> picker.getSelectionModel().select(
                picker.getItems().indexOf(ScenarioCatalog.find("syn-lost").orElseThrow())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.lesson().scenarioProperty().get().id()).isEqualTo("syn-lost");
        assertThat(model.playback().cursorProperty().get().flights().get(0).dropped()).isTrue();
        assertThat(model.playback().time()).isZero();
        assertThat(picker.getButtonCell().getText()).as("numbered as in the course").isEqualTo("2. SYN lost");
    }

    private long timeWaitMicros() {
        return model.playback().cursorProperty().get().trace().events().stream()
                .filter(e -> e instanceof tcplab.engine.TimerArmed armed && armed.kind() == tcplab.engine.TimerKind.TIME_WAIT)
                .map(tcplab.engine.TimerArmed.class::cast)
                .mapToLong(armed -> armed.expiresAt() - armed.time())
                .findFirst().orElseThrow();
    }

    private List<String> packetBadges() {
        return main.networkStage().packetNodes().stream()
                .flatMap(node -> node.lookupAll(".packet-badge").stream())
                .filter(Node::isVisible)
                .map(node -> ((Label) node).getText())
                .toList();
    }

    /** What the stage, the diagrams and the explanation show: equal pictures look the same. */
    private Map<String, Object> picture() {
        Map<String, Object> picture = new LinkedHashMap<>();
        picture.put("time", model.playback().time());
        picture.put("client", main.networkStage().client().stateText());
        picture.put("server", main.networkStage().server().stateText());
        picture.put("packets", main.networkStage().packetNodes().stream()
                .map(node -> node.getLayoutX() + "," + node.getLayoutY() + ":" + ((PacketNode) node).flight())
                .sorted().toList());
        picture.put("texts", texts().values().stream().sorted().toList());
        picture.put("diagram", main.stateDiagram().currentBoxId(Side.CLIENT) + main.stateDiagram().currentBoxId(Side.SERVER));
        picture.put("arrows", main.ladder().visibleArrows().size());
        return picture;
    }

    private static void addIfNew(List<String> states, String state) {
        if (states.isEmpty() || !states.get(states.size() - 1).equals(state)) {
            states.add(state);
        }
    }

    private static String boxName(String rfcName) {
        return rfcName.toLowerCase();
    }

    private Map<Labeled, String> texts() {
        return labeled(main).stream()
                .filter(l -> l.getId() == null || !l.getId().startsWith("language-"))
                .filter(l -> !l.getStyleClass().contains(ViewStyles.LANGUAGE_NEUTRAL))
                .filter(l -> l.getText() != null && !l.getText().isBlank())
                .collect(Collectors.toMap(l -> l, Labeled::getText));
    }

    /** Every visible labelled control, but the glossary links inside paragraphs: their paragraph is checked whole. */
    private static List<Labeled> labeled(Parent parent) {
        List<Labeled> result = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof ParagraphsView) {
                continue;
            }
            if (child instanceof Labeled l && child.isVisible()) {
                result.add(l);
            }
            if (child instanceof Parent p && child.isVisible()) {
                result.addAll(labeled(p));
            }
        }
        return result;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, int seconds) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within " + seconds + " s", e);
        }
    }
}
