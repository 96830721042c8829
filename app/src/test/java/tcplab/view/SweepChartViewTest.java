package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.TimerProfile;
import tcplab.i18n.Language;

/** The loss experiment's window: it computes in the background, cancels cleanly and exports what it shows. */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class SweepChartViewTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
        Theme.LIGHT.applyBase();
    }

    private SweepChartView show(FxRobot robot, Language language) {
        SweepChartView[] view = new SweepChartView[1];
        robot.interact(() -> {
            LanguageModel languageModel = new LanguageModel(settings.settings());
            languageModel.show(language);
            view[0] = new SweepChartView(languageModel, Labs.scenario("syn-lost").lesson());
            Scene scene = new Scene(view[0], 1024, 700);
            LabApplication.applyTheme(scene);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return view[0];
    }

    private static void setRuns(FxRobot robot, SweepChartView view, int runs) {
        robot.interact(() -> {
            ((TextField) view.lookup("#sweep-runs")).setText(Integer.toString(runs));
        });
    }

    private static SweepChartView.Results computed(FxRobot robot, SweepChartView view) throws Exception {
        robot.clickOn("#sweep-compute");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> view.resultsProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return view.resultsProperty().get();
    }

    @SuppressWarnings("unchecked")
    private static List<List<String>> drawn(SweepChartView view, String chartId) {
        LineChart<Number, Number> chart = (LineChart<Number, Number>) view.lookup("#" + chartId);
        return chart.getData().stream().map(series -> series.getData().stream()
                .map(point -> series.getName() + " " + point.getXValue() + " " + point.getYValue()).toList()).toList();
    }

    @Test
    void computesTwoOverlaidSeriesAndTheSameSeedDrawsTheSameChart(FxRobot robot) throws Exception {
        SweepChartView view = show(robot, Language.ENGLISH);
        setRuns(robot, view, 300);

        SweepChartView.Results first = computed(robot, view);
        List<List<String>> established = drawn(view, "sweep-established");
        List<List<String>> setup = drawn(view, "sweep-setup-times");

        assertThat(first.series()).hasSize(2);
        assertThat(established).hasSize(2).allSatisfy(line -> assertThat(line).hasSize(SweepChartView.LOSSES.size()));
        assertThat(established.get(0).get(0)).as("no loss: every connection established")
                .isEqualTo("Series A: RFC 9293 0 100.0");
        assertThat(established.get(1).get(0)).startsWith("Series B: Linux, tcp_syn_linear_timeouts = 4 ");
        assertThat(setup).hasSize(2 * 3);
        assertThat(setup.get(5).get(0)).startsWith("Series B: Linux, tcp_syn_linear_timeouts = 4, p99 ");
        assertThat(((Label) view.lookup("#sweep-status")).getText()).contains("seed 1");

        SweepChartView.Results again = computed(robot, view);
        assertThat(drawn(view, "sweep-established")).isEqualTo(established);
        assertThat(drawn(view, "sweep-setup-times")).isEqualTo(setup);
        assertThat(again).isNotSameAs(first);
    }

    @Test
    void aCancelledRunShowsItWasCancelledAndNoChart(FxRobot robot) throws Exception {
        SweepChartView view = show(robot, Language.KOREAN);
        setRuns(robot, view, 100_000);
        robot.clickOn("#sweep-compute");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !((Button) view.lookup("#sweep-cancel")).isDisabled());
        robot.clickOn("#sweep-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !((Button) view.lookup("#sweep-compute")).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.resultsProperty().get()).isNull();
        assertThat(drawn(view, "sweep-established")).isEmpty();
        assertThat(drawn(view, "sweep-setup-times")).isEmpty();
        assertThat(((Label) view.lookup("#sweep-status")).getText()).startsWith("취소했습니다");
        assertThat(((Button) view.lookup("#sweep-export-csv")).isDisabled()).isTrue();
        assertThat(((Button) view.lookup("#sweep-export-png")).isDisabled()).isTrue();
    }

    @Test
    void exportsCsvAndPngThatReadBack(FxRobot robot, @TempDir Path folder) throws Exception {
        SweepChartView view = show(robot, Language.ENGLISH);
        setRuns(robot, view, 200);
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<TimerProfile> profile = (ComboBox<TimerProfile>) view.lookup("#sweep-profile-A");
            profile.setValue(TimerProfile.LINUX);
            ((TextField) view.lookup("#sweep-linear-B")).setText("0");
        });
        computed(robot, view);
        Path csv = folder.resolve("sweep.csv");
        Path png = folder.resolve("sweep.png");
        robot.interact(() -> {
            try {
                view.exportCsv(csv);
                view.exportPng(png);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(1 + 2 * SweepChartView.LOSSES.size());
        assertThat(rows.get(0)).isEqualTo("series,lesson,profile,sysctl,seed,loss,runs,established,p50_ms,p90_ms,p99_ms");
        assertThat(rows.get(1)).startsWith("A,syn-lost,linux,tcp_syn_retries=6 tcp_synack_retries=5 tcp_syn_linear_timeouts=4 ")
                .contains(",1,0,200,");
        assertThat(rows.get(8)).contains("tcp_syn_linear_timeouts=0 ").contains(",1,0,200,");
        List<String> drawnShares = drawn(view, "sweep-established").stream().flatMap(List::stream)
                .map(point -> point.substring(point.lastIndexOf(' ') + 1)).toList();
        List<String> exportedShares = rows.subList(1, rows.size()).stream()
                .map(row -> String.valueOf(Double.parseDouble(row.split(",")[7]) * 100)).toList();
        assertThat(drawnShares).hasSameSizeAs(exportedShares);
        for (int i = 0; i < drawnShares.size(); i++) {
            assertThat(Double.parseDouble(drawnShares.get(i))).isCloseTo(Double.parseDouble(exportedShares.get(i)),
                    org.assertj.core.data.Offset.offset(1e-9));
        }

        try (InputStream in = Files.newInputStream(png)) {
            Image image = new Image(in);
            assertThat(image.isError()).isFalse();
            assertThat(image.getWidth()).isGreaterThan(500);
            assertThat(image.getHeight()).isGreaterThan(300);
            int corner = image.getPixelReader().getArgb(1, 1);
            assertThat(corner >>> 24).as("opaque").isEqualTo(0xFF);
        }
        try (var leftovers = Files.list(folder)) {
            assertThat(leftovers.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("sweep.csv", "sweep.png");
        }
    }

    @Test
    void followsTheMainWindowsZoomAndThemeAlsoWhenTheyChangeWhileItIsOpen(FxRobot robot) {
        DisplayModel display = new DisplayModel(settings.settings());
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            LanguageModel languageModel = new LanguageModel(settings.settings());
            languageModel.show(Language.ENGLISH);
            Scene owner = new Scene(new Label(), 200, 100);
            LabApplication.applyTheme(owner);
            stage.setScene(owner);
            stage.show();
            window[0] = SweepChartView.open(stage, languageModel, display, Labs.scenario("syn-lost").lesson());
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            // ControlsFX's validation puts the scene's root inside a decoration pane of its own.
            Parent view = (Parent) window[0].getScene().getRoot().lookup("." + SweepChartView.STYLE_CLASS);
            Label status = (Label) view.lookup("#sweep-status");
            double normalSize = status.getFont().getSize();
            Paint lightText = status.getTextFill();
            assertThat(view.getStyleClass()).contains(Theme.LIGHT.styleClass());

            robot.interact(() -> {
                display.zoomProperty().set(200);
                display.themeProperty().set(Theme.HIGH_CONTRAST);
            });
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(status.getFont().getSize()).isCloseTo(2 * normalSize, org.assertj.core.data.Offset.offset(0.01));
            assertThat(view.getStyleClass()).contains(Theme.HIGH_CONTRAST.styleClass())
                    .doesNotContain(Theme.LIGHT.styleClass());
            assertThat(status.getTextFill()).isEqualTo(Color.BLACK).isNotEqualTo(lightText);
        } finally {
            robot.interact(() -> window[0].close());
        }
    }

    @Test
    void aValueOutOfRangeIsKeptAndToldWithItsRangeAndNothingRuns(FxRobot robot) throws Exception {
        SweepChartView view = show(robot, Language.KOREAN);
        setRuns(robot, view, 300);
        SweepChartView.Results shown = computed(robot, view);
        setRuns(robot, view, SweepChartView.MAX_RUNS + 1);

        robot.clickOn("#sweep-compute");
        WaitForAsyncUtils.waitForFxEvents();

        TextField runs = (TextField) view.lookup("#sweep-runs");
        Label problem = (Label) view.lookup("#sweep-runs-error");
        assertThat(runs.getText()).as("the value typed is kept, not clamped").isEqualTo("100001");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("1에서 100000 사이의 숫자를 입력하세요.");
        assertThat(((Label) view.lookup("#sweep-status")).getText()).startsWith("실행하지 않았습니다");
        assertThat(view.resultsProperty().get()).as("what was shown stays").isSameAs(shown);
        assertThat(((Button) view.lookup("#sweep-cancel")).isDisabled()).as("nothing runs").isTrue();

        setRuns(robot, view, 200);
        robot.interact(() -> ((TextField) view.lookup("#sweep-linear-B")).setText("x"));
        robot.clickOn("#sweep-compute");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isVisible()).isFalse();
        assertThat(((Label) view.lookup("#sweep-linear-B-error")).getText()).isEqualTo("정수를 입력하세요.");
        assertThat(view.resultsProperty().get()).isSameAs(shown);
    }
}
