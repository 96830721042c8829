package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.geometry.Dimension2D;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.capture.CapturedConnection;
import tcplab.capture.CapturedTrace;
import tcplab.capture.ReadProgress;
import tcplab.compare.EventAlignment;
import tcplab.compare.TraceComparison;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Language;
import tcplab.pcap.PcapReader;
import tcplab.pcap.PcapRecord;
import tcplab.playback.DiagramRows;
import tcplab.playback.Flight;
import tcplab.playback.LadderGeometry;
import tcplab.playback.TimeScale;
import tcplab.playback.TraceCursor;
import tcplab.settings.RecentFiles;

/**
 * A capture in the window, as a learner uses it: open a file, pick a connection, step through
 * it, compare it with the simulator (row by row, estimated times marked); a broken file is told and
 * loses nothing; the run shown is
 * exported as files that read back.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class CaptureWindowTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    @TempDir
    Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    private MainView open(FxRobot robot, LabModel lab) {
        return Labs.showWindow(robot, stage, settings.settings(), () -> lab, Language.ENGLISH, new double[] {1280, 800});
    }

    private static Path capture(String name) throws URISyntaxException {
        return Path.of(CaptureWindowTest.class.getResource("/captures/" + name).toURI());
    }

    /** Opens {@code file} as the File menu does and waits until it is read. */
    private static void openFile(FxRobot robot, MainView main, Path file) throws Exception {
        robot.interact(() -> main.files().open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !main.files().reading());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aCaptureOpensPicksAConnectionStepsThroughItAndComparesWithTheSimulator(FxRobot robot) throws Exception {
        LabModel lab = Labs.handshake();
        MainView main = open(robot, lab);

        openFile(robot, main, capture("merged.pcapng"));

        assertThat(lab.sourceProperty().get()).isInstanceOf(CapturedLesson.class);
        CapturedLesson capture = (CapturedLesson) lab.sourceProperty().get();
        CapturePanelView panel = robot.lookup("#capture-panel").queryAs(CapturePanelView.class);
        assertThat(robot.lookup("#capture-file").queryLabeled().getText()).isEqualTo("Capture: merged.pcapng");
        assertThat(panel.connectionChooser().getItems()).hasSize(2);
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(1).isDisable()).as("faults are off for a capture").isTrue();
        assertThat(main.networkStage().dropsAllowedProperty().get()).isFalse();
        assertThat(new RecentFiles(settings.settings()).list()).containsExactly(capture("merged.pcapng"));

        // The second connection of the file, chosen in the panel.
        CapturedConnection second = panel.connectionChooser().getItems().get(1);
        robot.interact(() -> panel.connectionChooser().getSelectionModel().select(second));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(capture.connectionProperty().get()).isSameAs(second);
        Trace trace = lab.playback().cursorProperty().get().trace();
        assertThat(trace).isEqualTo(capture.capturedProperty().get().trace());
        assertThat(lab.playback().frameProperty().get().applied()).as("a new connection starts at its beginning").isZero();

        // Stepping through it: every step shows the states the trace says, up to both hosts closed.
        List<TraceEvent> events = trace.events();
        for (int applied = 1; applied <= events.size(); applied++) {
            robot.interact(lab.playback()::stepNext);
            WaitForAsyncUtils.waitForFxEvents();
            for (Side side : Side.values()) {
                assertThat(main.networkStage().host(side).stateText())
                        .isEqualTo(stateAfter(events.subList(0, applied), side).rfcName());
            }
        }
        assertThat(main.ladder().visibleArrows()).hasSize(new TraceCursor(trace).flights().size());
        assertThat(main.explanation().sentenceTexts()).isNotEmpty();

        // Compared with the simulator (Linux by default): both diagrams, the differences marked and listed.
        // The panel scrolls: the button is pressed as the keyboard would (Tab to it, Enter).
        robot.interact(() -> robot.lookup("#capture-compare").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        ComparisonView comparison = panel.lastComparison();
        assertThat(comparison).isNotNull();
        assertThat(comparison.getScene().getWindow().isShowing()).isTrue();
        TraceComparison found = comparison.comparison();
        assertThat(found.pairs()).as("the simulated applications send what the captured ones did").isNotEmpty();
        int[] marked = comparison.markedArrows();
        if (found.differences().isEmpty()) {
            assertThat(comparison.differenceTexts()).singleElement().asString().startsWith("No differences");
            assertThat(marked).containsExactly(0, 0);
        } else {
            assertThat(comparison.differenceTexts()).hasSameSizeAs(found.differences());
            assertThat(marked[0] + marked[1]).as("each difference marks an arrow").isPositive();
        }
        robot.interact(() -> comparison.getScene().getWindow().hide());

        // Back to the lessons: the lesson as it was, faults on again.
        robot.interact(() -> robot.lookup("#capture-back").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lab.sourceProperty().get()).isSameAs(lab.lesson());
        assertThat(lab.playback().cursorProperty().get().trace()).isEqualTo(lab.lesson().traceProperty().get().trace());
        assertThat(tabs.getTabs().get(1).isDisable()).isFalse();
        assertThat(main.networkStage().dropsAllowedProperty().get()).isTrue();
    }

    private static TcpState stateAfter(List<TraceEvent> happened, Side side) {
        TcpState state = null;
        for (TraceEvent event : happened) {
            if (event instanceof StateChanged change && change.side() == side) {
                state = change.to();
            }
        }
        if (state != null) {
            return state;
        }
        return happened.stream().filter(event -> event instanceof StateChanged change && change.side() == side)
                .map(event -> ((StateChanged) event).from()).findFirst().orElse(TcpState.CLOSED);
    }

    @Test
    void aLoopbackCapturesTimesAreShownInMicroseconds(FxRobot robot) throws Exception {
        LabModel lab = Labs.handshake();
        MainView main = open(robot, lab);
        openFile(robot, main, capture("lo4.pcap"));
        assertThat(robot.lookup("#playback-time").queryLabeled().getText()).as("from the start")
                .isEqualTo("t = 0.000000 s");
        // To the first event after the SYN's instant.
        robot.interact(() -> {
            for (int step = 0; step < 10 && lab.playback().frameProperty().get().time() == 0; step++) {
                lab.playback().stepNext();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();

        long micros = lab.playback().frameProperty().get().time();
        assertThat(micros).as("tens of microseconds after the SYN").isBetween(1L, 999L);
        String shown = String.format(java.util.Locale.ROOT, "0.%06d", micros);
        assertThat(robot.lookup("#playback-time").queryLabeled().getText()).isEqualTo("t = " + shown + " s");
        CapturePanelView panel = robot.lookup("#capture-panel").queryAs(CapturePanelView.class);
        assertThat(panel.connectionChooser().getButtonCell().getText()).doesNotContain("0.000 s")
                .matches(".*\\d\\.\\d{6} s.*");
    }

    @Test
    void aBrokenFileIsToldByNameAndTheLessonShownStays(FxRobot robot) throws Exception {
        LabModel lab = Labs.scenario("syn-lost");
        MainView main = open(robot, lab);
        robot.interact(() -> lab.playback().seek(1_000_000));
        Trace before = lab.playback().cursorProperty().get().trace();
        long timeBefore = lab.playback().time();

        Path garbage = folder.resolve("notes.pcap");
        Files.writeString(garbage, "these are my notes, not a capture", StandardCharsets.UTF_8);
        openFile(robot, main, garbage);
        assertThat(main.files().noteText()).contains("notes.pcap").contains("What was shown stays");
        assertThat(main.files().problemProperty().get()).isNotNull();

        Path truncated = folder.resolve("cut.pcap");
        byte[] whole = Files.readAllBytes(capture("lo4.pcap"));
        Files.write(truncated, Arrays.copyOf(whole, whole.length - 7));
        openFile(robot, main, truncated);
        assertThat(main.files().noteText()).contains("cut.pcap").contains("byte");

        openFile(robot, main, folder);
        assertThat(main.files().noteText()).contains("is a folder");

        openFile(robot, main, folder.resolve("gone.pcapng"));
        assertThat(main.files().noteText()).contains("gone.pcapng").contains("does not exist");

        assertThat(lab.sourceProperty().get()).isSameAs(lab.lesson());
        assertThat(lab.playback().cursorProperty().get().trace()).isSameAs(before);
        assertThat(lab.playback().time()).isEqualTo(timeBefore);
        assertThat(new RecentFiles(settings.settings()).list()).isEmpty();

        // In Korean too, and gone once closed.
        robot.interact(() -> main.files().open(garbage));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !main.files().reading());
        robot.clickOn("#language-ko");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.files().noteText()).contains("notes.pcap").contains("보던 화면은 그대로 남습니다");
        robot.clickOn(".file-note-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.files().noteText()).isEmpty();
    }

    @Test
    void aReadThatIsCancelledShowsNothingAndTellsNothing(FxRobot robot) throws Exception {
        Path file = folder.resolve("big.pcap");
        Files.write(file, new byte[] {(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1});
        CountDownLatch started = new CountDownLatch(1);
        // A kind that reads until it is told to stop, as a very big file would.
        FileKind endless = new FileKind() {
            @Override
            public boolean recognizes(String fileName, byte[] head) {
                return true;
            }

            @Override
            public Runnable read(Path read, ReadProgress progress, BooleanSupplier cancelled) throws IOException {
                started.countDown();
                for (long offset = 0; !cancelled.getAsBoolean(); offset++) {
                    progress.reached(offset, Long.MAX_VALUE);
                    Thread.onSpinWait();
                }
                throw new InterruptedIOException("cancelled");
            }
        };
        FileBarView[] bar = new FileBarView[1];
        robot.interact(() -> {
            LanguageModel language = new LanguageModel(settings.settings());
            language.show(Language.ENGLISH);
            bar[0] = new FileBarView(language, new RecentFiles(settings.settings()), List.of(endless));
            stage.setScene(new Scene(new VBox(bar[0]), 600, 200));
            stage.show();
        });
        FileBarView files = bar[0];
        robot.interact(() -> files.open(file));
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(files.reading()).isTrue();
        assertThat(robot.lookup(".file-reading").queryLabeled().getText()).isEqualTo("Reading big.pcap…");

        robot.clickOn("#file-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(files.reading()).isFalse();
        assertThat(files.noteText()).isEmpty();
        assertThat(new RecentFiles(settings.settings()).list()).isEmpty();
    }

    @Test
    void theRunIsExportedAsFilesThatReadBack(FxRobot robot) throws Exception {
        LabModel lab = Labs.scenario("syn-lost");
        MainView main = open(robot, lab);
        robot.interact(() -> lab.playback().seekFraction(1));
        WaitForAsyncUtils.waitForFxEvents();
        Trace trace = lab.playback().cursorProperty().get().trace();

        Path pcap = folder.resolve("run.pcap");
        Path csv = folder.resolve("run.csv");
        Path png = folder.resolve("run.png");
        Path svg = folder.resolve("run.svg");
        Path states = folder.resolve("states.svg");
        robot.interact(() -> {
            main.fileMenu().exportTo(ExportKind.PCAP, pcap);
            main.fileMenu().exportTo(ExportKind.CSV, csv);
            main.fileMenu().exportTo(ExportKind.PNG, png);
            main.fileMenu().exportTo(ExportKind.SVG, svg);
            main.fileMenu().exportTo(ExportKind.STATE_SVG, states);
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<PcapRecord> packets = PcapReader.read(Files.readAllBytes(pcap));
        assertThat(packets).hasSize((int) trace.events().stream().filter(event -> event instanceof SegmentSent).count());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(trace.events().size() + 1);
        assertThat(rows.get(0)).startsWith("step,time_us,side,event");
        BufferedImage image = ImageIO.read(png.toFile());
        Dimension2D size = main.ladder().diagramSize();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(size.getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(size.getHeight()));
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getElementsByTagName("svg").getLength()).isEqualTo(1);
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(states.toFile())
                .getElementsByTagName("title").item(0).getTextContent()).isEqualTo("RFC 9293 state diagram");
        assertThat(main.files().noteText()).isEqualTo("Saved states.svg.");

        // A folder that cannot take the file: told, and nothing written.
        Path nowhere = folder.resolve("no-such-folder").resolve("run.csv");
        robot.interact(() -> main.fileMenu().exportTo(ExportKind.CSV, nowhere));
        assertThat(main.files().noteText()).contains("run.csv could not be saved");
        assertThat(Files.exists(nowhere)).isFalse();
        try (var left = Files.list(folder)) {
            assertThat(left.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("run.pcap", "run.csv", "run.png", "run.svg", "states.svg");
        }
    }

    /**
     * A loopback capture, whose instants hold several events, beside the simulator: both diagrams
     * drawn row by row, a gap box for each event only the other side has, the capture's estimated
     * times drawn hollow, and the legend saying so in English and Korean.
     */
    @Test
    void aCaptureWithEventsSharingInstantsIsDrawnRowByRowBesideTheSimulation(FxRobot robot) throws Exception {
        LabModel lab = Labs.handshake();
        MainView main = open(robot, lab);
        openFile(robot, main, capture("lo4.pcap"));
        CapturedTrace captured = ((CapturedLesson) lab.sourceProperty().get()).capturedProperty().get();
        assertThat(sharedInstants(captured.trace())).as("the capture has events sharing an instant").isPositive();

        robot.interact(() -> robot.lookup("#capture-compare").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        CapturePanelView panel = robot.lookup("#capture-panel").queryAs(CapturePanelView.class);
        ComparisonView comparison = panel.lastComparison();
        EventAlignment alignment = comparison.alignment();

        // Each event only one side has faces a gap box in the other diagram.
        assertThat(alignment.gaps(true).size() + alignment.gaps(false).size()).as("gaps in this comparison").isPositive();
        assertThat(comparison.gapRows()).containsExactly(alignment.gaps(true).size(), alignment.gaps(false).size());
        assertThat(robot.lookup("#comparison-captured ." + ComparisonDiagram.GAP_STYLE_CLASS).queryAll())
                .hasSize(alignment.gaps(true).size());
        assertThat(robot.lookup("#comparison-simulated ." + ComparisonDiagram.GAP_STYLE_CLASS).queryAll())
                .hasSize(alignment.gaps(false).size());

        // Matched events lie the same rows below their times in both diagrams: what is level stays level.
        Trace simulated = comparison.simulation();
        TimeScale scale = TimeScale.common(List.of(new TraceCursor(captured.trace()), new TraceCursor(simulated)));
        List<EventAlignment.Row> matched = alignment.rows().stream().filter(EventAlignment.Row::matched).toList();
        assertThat(matched).isNotEmpty();
        for (EventAlignment.Row row : matched) {
            double capturedRows = comparison.eventY(true, row.first()) - height(scale, row.firstTime());
            double simulatedRows = comparison.eventY(false, row.second()) - height(scale, row.secondTime());
            assertThat(capturedRows).as("row %s", row).isCloseTo(simulatedRows, within(1e-6));
            assertThat(capturedRows).isCloseTo(row.insertedRows() * LadderGeometry.ROW, within(1e-6));
        }
        DiagramRows alone = new TraceCursor(captured.trace()).rows();
        DiagramRows aligned = alignment.diagramRows(true);
        assertThat(aligned.total()).as("the capture alone would insert other rows than side by side")
                .isNotEqualTo(alone.total());

        // The capture's estimated times are drawn hollow; the simulator's never are.
        long estimatedFlights = new TraceCursor(captured.trace()).flights().stream()
                .filter(flight -> estimated(captured, flight)).count();
        assertThat(estimatedFlights).isPositive();
        assertThat(comparison.estimatedArrows()).containsExactly((int) estimatedFlights, 0);
        assertThat(robot.lookup("#comparison-captured .ladder-arrow.estimated").queryAll()).hasSize((int) estimatedFlights);
        assertThat(robot.lookup("#comparison-simulated ." + ComparisonDiagram.ESTIMATED_POINT).queryAll()).isEmpty();
        assertThat(legendTexts(robot)).anyMatch(text -> text.startsWith("Estimated"))
                .anyMatch(text -> text.startsWith("No counterpart"));

        robot.interact(() -> robot.lookup("#language-ko").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(legendTexts(robot)).anyMatch(text -> text.startsWith("추정"))
                .anyMatch(text -> text.startsWith("대응 없음"));
        assertThat(comparison.gapRows()).as("redrawn in Korean, the same rows")
                .containsExactly(alignment.gaps(true).size(), alignment.gaps(false).size());
        robot.interact(() -> comparison.getScene().getWindow().hide());
    }

    /** How many drawn events share an instant with the drawn event before them. */
    private static long sharedInstants(Trace trace) {
        List<TraceEvent> drawn = trace.events().stream().filter(DiagramRows::drawn).toList();
        return IntStream.range(1, drawn.size()).filter(i -> drawn.get(i).time() == drawn.get(i - 1).time()).count();
    }

    private static boolean estimated(CapturedTrace captured, Flight flight) {
        return captured.timeEstimated(flight.sentIndex())
                || (flight.endIndex() < captured.trace().events().size() && captured.timeEstimated(flight.endIndex()));
    }

    private static double height(TimeScale scale, long micros) {
        return LadderGeometry.TOP + scale.toScreen(micros) * LadderGeometry.PIXELS_PER_SECOND;
    }

    private static List<String> legendTexts(FxRobot robot) {
        return robot.lookup("." + ComparisonLegend.STYLE_CLASS + " .label").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList();
    }
}
