package tcplab.view;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;
import tcplab.TextKeys;
import tcplab.engine.LinuxSetting;
import tcplab.engine.TimerProfile;
import tcplab.files.IoProblem;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;
import tcplab.sweep.SweepCsv;
import tcplab.sweep.SweepJob;
import tcplab.sweep.SweepPoint;
import tcplab.sweep.SweepSeries;

/**
 * The loss experiment as a chart: for a lesson, two series of settings (a profile and, under
 * Linux, {@code tcp_syn_linear_timeouts}) are each run many times per loss rate, and the share of
 * established connections and the setup-time percentiles are drawn against the loss rate, the two
 * series overlaid. The runs are made in the background by a {@link SweepJob}, with progress and a
 * cancel; a cancelled experiment shows nothing of itself. The results are exported as CSV and the
 * charts as PNG.
 */
public final class SweepChartView extends BorderPane {

    public static final String STYLE_CLASS = "sweep-chart";
    /** The loss rates of the experiment: those {@code sweep} tries by default, 0 to 0.3 by 0.05. */
    static final List<BigDecimal> LOSSES = List.of(new BigDecimal("0"), new BigDecimal("0.05"),
            new BigDecimal("0.1"), new BigDecimal("0.15"), new BigDecimal("0.2"), new BigDecimal("0.25"),
            new BigDecimal("0.3"));
    static final int DEFAULT_RUNS = 1000;
    static final int MAX_RUNS = 100_000;
    private static final List<String> SERIES_NAMES = List.of("A", "B");

    private final LanguageModel language;
    private final SimulatedLesson lesson;
    private final ComboBox<Scenario> lessonPicker = new ComboBox<>();
    private final List<SeriesChoice> choices = new ArrayList<>();
    private final LongProperty runs = new SimpleLongProperty(this, "runs", DEFAULT_RUNS);
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final List<NumberField> numberFields = new ArrayList<>();
    private final Button compute = new Button();
    private final Button cancel = new Button();
    private final Button exportCsv = new Button();
    private final Button exportPng = new Button();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label status = new Label();
    private final LineChart<Number, Number> established;
    private final LineChart<Number, Number> setupTimes;
    private final VBox charts;
    private final ObjectProperty<Results> results = new SimpleObjectProperty<>(this, "results");
    private Task<Optional<List<SweepSeries>>> running;

    /** A finished experiment: its series, made with its seed. */
    record Results(List<SweepSeries> series, long seed) {
    }

    /** One series' settings as the window offers them. */
    private record SeriesChoice(String name, ComboBox<TimerProfile> profile, LongProperty linearTimeouts,
                                NumberField linearTimeoutsField) {
    }

    public SweepChartView(LanguageModel language, SimulatedLesson lesson) {
        this.language = language;
        this.lesson = lesson;
        getStyleClass().add(STYLE_CLASS);

        lessonPicker.setId("sweep-lesson");
        lessonPicker.getItems().setAll(ScenarioCatalog.all());
        Function<Scenario, ObservableValue<String>> title = item -> language.bind(TextKeys.scenarioTitle(item.id()));
        lessonPicker.setCellFactory(list -> new LocalizedCell<>(title));
        lessonPicker.setButtonCell(new LocalizedCell<>(title));
        lessonPicker.setValue(lesson.scenarioProperty().get());

        FlowPane form = new FlowPane();
        form.getStyleClass().add("sweep-form");
        form.setHgap(12);
        form.setVgap(6);
        form.getChildren().add(field(lessonPicker, language.bind("sweep.lesson")));
        TimerProfile[] defaults = {TimerProfile.RFC, TimerProfile.LINUX};
        for (int i = 0; i < SERIES_NAMES.size(); i++) {
            SeriesChoice choice = seriesChoice(SERIES_NAMES.get(i), defaults[i]);
            choices.add(choice);
            form.getChildren().addAll(field(choice.profile(), language.bind("sweep.profile", choice.name())),
                    field(choice.linearTimeoutsField(), language.bind("sweep.linearTimeouts", choice.name())));
        }
        seed.set(Math.max(0, lesson.seedProperty().get()));
        form.getChildren().addAll(field(numberField("sweep-runs", 1, MAX_RUNS, runs), language.bind("sweep.runs")),
                field(numberField("sweep-seed", 0, Long.MAX_VALUE, seed), language.bind("sweep.seed")));

        compute.setId("sweep-compute");
        compute.textProperty().bind(language.bind("sweep.compute"));
        compute.setDefaultButton(true);
        compute.setOnAction(event -> compute());
        cancel.setId("sweep-cancel");
        cancel.textProperty().bind(language.bind("sweep.cancel"));
        cancel.setDisable(true);
        cancel.setOnAction(event -> cancelRun());
        exportCsv.setId("sweep-export-csv");
        exportCsv.textProperty().bind(language.bind("sweep.exportCsv"));
        exportCsv.disableProperty().bind(results.isNull());
        exportCsv.setOnAction(event -> chooseAndExport("csv", this::exportCsv));
        exportPng.setId("sweep-export-png");
        exportPng.textProperty().bind(language.bind("sweep.exportPng"));
        exportPng.disableProperty().bind(results.isNull());
        exportPng.setOnAction(event -> chooseAndExport("png", this::exportPng));
        progress.setId("sweep-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        status.setId("sweep-status");
        status.setWrapText(true);
        status.textProperty().bind(language.bind("sweep.status.ready"));
        HBox actions = new HBox(8, compute, cancel, progress, exportCsv, exportPng);
        actions.setAlignment(Pos.CENTER_LEFT);

        established = chart("sweep-established", language.bind("sweep.axis.established"), 0, 100);
        setupTimes = chart("sweep-setup-times", language.bind("sweep.axis.setupTime"), 0, 0);
        charts = new VBox(8, established, setupTimes);
        charts.getStyleClass().add("sweep-charts");
        // The setup times have six lines and a long legend; the share needs less height to read.
        established.setPrefHeight(200);
        established.setLegendSide(Side.RIGHT);
        setupTimes.setPrefHeight(300);
        VBox.setVgrow(established, Priority.ALWAYS);
        VBox.setVgrow(setupTimes, Priority.ALWAYS);

        VBox top = new VBox(8, form, actions, status);
        top.getStyleClass().add("sweep-controls");
        setTop(top);
        setCenter(charts);
    }

    /**
     * Opens the experiment in a window of its own over {@code owner}, styled like it: in the
     * display's theme and zoom, also when they change while it is open.
     */
    public static Stage open(Window owner, LanguageModel language, DisplayModel display, SimulatedLesson lesson) {
        SweepChartView view = new SweepChartView(language, lesson);
        Subscription styled = DisplayStyle.follow(view, display);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(language.bind("sweep.title"));
        Scene scene = new Scene(view, 1000, 680);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                view.cancelRun();
                stage.close();
            }
        });
        stage.setOnHidden(event -> {
            view.cancelRun();
            styled.unsubscribe();
        });
        stage.setScene(scene);
        stage.show();
        view.compute.requestFocus();
        return stage;
    }

    private SeriesChoice seriesChoice(String name, TimerProfile initial) {
        ComboBox<TimerProfile> profile = new ComboBox<>();
        profile.setId("sweep-profile-" + name);
        profile.getItems().setAll(TimerProfile.values());
        Function<TimerProfile, ObservableValue<String>> profileName = item -> language.bind(TextKeys.profile(item));
        profile.setCellFactory(list -> new LocalizedCell<>(profileName));
        profile.setButtonCell(new LocalizedCell<>(profileName));
        profile.setValue(initial);
        LinuxSetting linear = LinuxSetting.TCP_SYN_LINEAR_TIMEOUTS;
        LongProperty linearTimeouts = new SimpleLongProperty(linear.defaultValue());
        NumberField field = numberField("sweep-linear-" + name, linear.min(), linear.max(), linearTimeouts);
        field.disableProperty().bind(profile.valueProperty().isNotEqualTo(TimerProfile.LINUX));
        return new SeriesChoice(name, profile, linearTimeouts, field);
    }

    /** A field for a whole number from {@code min} to {@code max} that sets {@code value} while valid. */
    private NumberField numberField(String id, long min, long max, LongProperty value) {
        NumberField field = new NumberField(language, id, min, max, value::set);
        field.show(value.get());
        numberFields.add(field);
        return field;
    }

    private static Node field(Node control, StringBinding text) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setLabelFor(control);
        label.setMinWidth(USE_PREF_SIZE);
        HBox field = new HBox(6, label, control);
        field.setAlignment(Pos.CENTER_LEFT);
        return field;
    }

    private LineChart<Number, Number> chart(String id, StringBinding yLabel, double lower, double upper) {
        NumberAxis x = new NumberAxis(0, 30, 5);
        x.labelProperty().bind(language.bind("sweep.axis.loss"));
        NumberAxis y = upper > lower ? new NumberAxis(lower, upper, 20) : new NumberAxis();
        y.labelProperty().bind(yLabel);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        return chart;
    }

    /** The inputs of the series as now chosen, and the job that runs them; every field must be valid. */
    SweepJob job() {
        Scenario scenario = lessonPicker.getValue();
        LessonInputs current = lesson.inputsProperty().get().withScenario(scenario);
        List<SweepJob.Setup> setups = new ArrayList<>();
        for (SeriesChoice choice : choices) {
            LessonInputs inputs = current.withProfile(choice.profile().getValue()).withLinux(scenario.linux()
                    .with(LinuxSetting.TCP_SYN_LINEAR_TIMEOUTS, Math.toIntExact(choice.linearTimeouts().get())));
            setups.add(new SweepJob.Setup(choice.name(), scenario.id(), inputs.simulationInput()));
        }
        return new SweepJob(setups, LOSSES, Math.toIntExact(runs.get()), seed.get());
    }

    /**
     * Starts the experiment in the background; the window stays responsive. A typed value counts
     * without Enter; while a field holds one the experiment does not take, nothing runs, what is
     * shown stays, and the status says so beside the field's own message naming the range.
     */
    void compute() {
        boolean valid = true;
        for (NumberField field : numberFields) {
            valid &= field.isDisabled() || field.commit();
        }
        if (!valid) {
            showStatus(language.bind("sweep.status.invalid"));
            return;
        }
        cancelRun();
        SweepJob job = job();
        clearCharts();
        results.set(null);
        Task<Optional<List<SweepSeries>>> task = new Task<>() {
            @Override
            protected Optional<List<SweepSeries>> call() {
                return job.run(this::isCancelled, made -> updateProgress(made, job.totalRuns()));
            }
        };
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        showStatus(language.bind("sweep.status.running", job.totalRuns()));
        compute.setDisable(true);
        cancel.setDisable(false);
        task.setOnSucceeded(event -> task.getValue().ifPresentOrElse(series -> finish(series, job.seed()),
                this::showCancelled));
        task.setOnCancelled(event -> showCancelled());
        task.setOnFailed(event -> {
            idle();
            showStatus(language.bind("sweep.status.failed", String.valueOf(task.getException().getMessage())));
        });
        Thread worker = new Thread(task, "loss-experiment");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops a running experiment; what it made so far is dropped. */
    void cancelRun() {
        if (running != null && running.isRunning()) {
            running.cancel(false);
        }
    }

    private void finish(List<SweepSeries> series, long seedUsed) {
        idle();
        results.set(new Results(series, seedUsed));
        for (SweepSeries one : series) {
            StringBinding name = seriesName(one);
            established.getData().add(line(name, one,
                    point -> OptionalDouble.of(point.establishedShare().movePointRight(2).doubleValue())));
            for (int percent : SweepPoint.PERCENTILES) {
                StringBinding percentileName = Bindings.createStringBinding(
                        () -> language.text("sweep.percentile", name.get(), percent), name);
                setupTimes.getData().add(line(percentileName, one, point -> millis(point.percentileMicros(percent))));
            }
        }
        showStatus(language.bind("sweep.status.done", series.size(), LOSSES.size(), seedUsed));
    }

    private static XYChart.Series<Number, Number> line(StringBinding name, SweepSeries series,
                                                       Function<SweepPoint, OptionalDouble> value) {
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.nameProperty().bind(name);
        for (SweepPoint point : series.points()) {
            OptionalDouble y = value.apply(point);
            if (y.isPresent()) {
                line.getData().add(new XYChart.Data<>(point.loss().movePointRight(2), y.getAsDouble()));
            }
        }
        return line;
    }

    private static OptionalDouble millis(OptionalLong micros) {
        return micros.isPresent() ? OptionalDouble.of(micros.getAsLong() / 1000.0) : OptionalDouble.empty();
    }

    private StringBinding seriesName(SweepSeries series) {
        TimerProfile profile = series.base().profile();
        String profileKey = TextKeys.profile(profile);
        return Bindings.createStringBinding(() -> profile == TimerProfile.LINUX
                ? language.text("sweep.series.linux", series.name(), language.text(profileKey),
                        series.base().linux().tcpSynLinearTimeouts())
                : language.text("sweep.series.rfc", series.name(), language.text(profileKey)),
                language.messagesProperty());
    }

    private void showCancelled() {
        idle();
        clearCharts();
        results.set(null);
        showStatus(language.bind("sweep.status.cancelled"));
    }

    private void idle() {
        progress.progressProperty().unbind();
        progress.setProgress(0);
        compute.setDisable(false);
        cancel.setDisable(true);
        running = null;
    }

    private void clearCharts() {
        established.getData().clear();
        setupTimes.getData().clear();
    }

    private void showStatus(StringBinding text) {
        status.textProperty().unbind();
        status.textProperty().bind(text);
    }

    /** The finished experiment shown now; null while none is (never a cancelled or running one). */
    ReadOnlyObjectProperty<Results> resultsProperty() {
        return results;
    }

    /** Writes the shown results as CSV ({@link SweepCsv}), whole or not at all. */
    void exportCsv(Path file) throws IOException {
        Results shown = results.get();
        writeWhole(file, out -> {
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                SweepCsv.write(shown.series(), shown.seed(), writer);
            }
        });
    }

    /** Writes both charts, as shown, as one PNG picture, whole or not at all. */
    void exportPng(Path file) throws IOException {
        WritableImage picture = charts.snapshot(null, null);
        writeWhole(file, out -> PngFile.write(picture, out));
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Written beside the file and renamed, so a failed export leaves no half file behind. */
    private static void writeWhole(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), ".sweep-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private interface Export {
        void to(Path file) throws IOException;
    }

    private void chooseAndExport(String extension, Export export) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(language.text("sweep.export.title"));
        chooser.setInitialFileName("loss-experiment." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(Locale.ROOT),
                "*." + extension));
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen == null) {
            return;
        }
        try {
            export.to(chosen.toPath());
            showStatus(language.bind("sweep.export.done", chosen.getName()));
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, language.text("sweep.export.failed", chosen.getName(),
                    IoProblem.of(e)));
            alert.setHeaderText(null);
            alert.setTitle(language.text("error.title"));
            alert.initOwner(getScene().getWindow());
            alert.show();
        }
    }
}
