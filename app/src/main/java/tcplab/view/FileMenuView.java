package tcplab.view;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import tcplab.files.IoProblem;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.pdf.HandoutFormat;
import tcplab.settings.RecentFiles;

/**
 * The title bar's File menu: open a capture (also Ctrl+O, or a file dropped on the window), open
 * one of the recent files, export the run shown as pcap, CSV, PNG or SVG and its state diagram as
 * SVG, and write the lesson shown as a printable handout.
 */
public final class FileMenuView extends MenuButton {

    static final String STYLE_CLASS = "file-menu";

    private final LanguageModel language;
    private final FileBarView files;
    private final RecentFiles recent;
    private final RunExport export;
    private final HandoutExport handout;
    private final Menu recentMenu = new Menu();

    FileMenuView(LanguageModel language, FileBarView files, RecentFiles recent, RunExport export,
                 HandoutExport handout) {
        this.language = language;
        this.files = files;
        this.recent = recent;
        this.export = export;
        this.handout = handout;
        setId("file-menu");
        getStyleClass().add(STYLE_CLASS);
        setGraphic(new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE));
        textProperty().bind(language.bind("file.menu"));
        // The title bar is crowded at 1024 pixels; the menu's name is the one thing there never cut.
        setMinWidth(USE_PREF_SIZE);

        MenuItem open = item("file-open", language.bind("file.open"));
        open.setOnAction(event -> chooseAndOpen());
        recentMenu.setId("file-recent");
        recentMenu.textProperty().bind(language.bind("file.recent"));
        getItems().addAll(open, recentMenu, new SeparatorMenuItem());
        for (ExportKind kind : ExportKind.values()) {
            MenuItem item = item("file-export-" + kind.id(), exportTitle(kind));
            item.setOnAction(event -> chooseAndExport(kind));
            getItems().add(item);
        }
        getItems().add(handoutItem());
        setOnShowing(event -> listRecent());
        listRecent();
    }

    /** Adds {@code items} (exercises, the loss experiment) after what is there, set apart by a line. */
    void addItems(MenuItem... items) {
        getItems().add(new SeparatorMenuItem());
        getItems().addAll(items);
    }

    private ObservableValue<String> exportTitle(ExportKind kind) {
        return switch (kind) {
            case PCAP -> language.bind("file.export.pcap");
            case CSV -> language.bind("file.export.csv");
            case PNG -> language.bind("file.export.png");
            case SVG -> language.bind("file.export.svg");
            case STATE_SVG -> language.bind("file.export.stateSvg");
        };
    }

    /**
     * The handout's item; while a capture is shown it is disabled and says why in its own text,
     * since a disabled item shows no tooltip.
     */
    private MenuItem handoutItem() {
        MenuItem item = new MenuItem();
        item.setId("file-export-handout");
        item.disableProperty().bind(handout.available().not());
        item.textProperty().bind(Bindings.when(handout.available())
                .then(language.bind("file.export.handout")).otherwise(language.bind("file.export.handout.captureOnly")));
        item.setOnAction(event -> chooseAndExportHandout());
        return item;
    }

    private static MenuItem item(String id, ObservableValue<String> text) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(text);
        return item;
    }

    /** The recent files, newest first, each named by its file name; none says so. */
    private void listRecent() {
        recentMenu.getItems().clear();
        for (Path file : recent.list()) {
            MenuItem item = new MenuItem(String.valueOf(file.getFileName()));
            item.getStyleClass().add(ViewStyles.LANGUAGE_NEUTRAL);
            item.setOnAction(event -> files.open(file));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Asks which capture to open, then reads it in the background. */
    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(language.text("file.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(language.text("file.filter.captures"), "*.pcap", "*.pcapng", "*.cap"),
                new FileChooser.ExtensionFilter(language.text("file.filter.all"), "*"));
        recent.list().stream().findFirst().map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            files.open(chosen.toPath());
        }
    }

    private void chooseAndExport(ExportKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(exportTitle(kind).getValue());
        chooser.setInitialFileName("tcp-handshake-lab." + kind.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind.name(), "*." + kind.extension()));
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            exportTo(kind, chosen.toPath());
        }
    }

    /** Asks in which languages, the window's first, then where, and writes the handout there. */
    private void chooseAndExportHandout() {
        ChoiceDialog<HandoutLanguages> dialog = handoutLanguageDialog();
        dialog.initOwner(window());
        Optional<HandoutLanguages> chosen = dialog.showAndWait();
        if (chosen.isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(language.text("file.export.handout"));
        chooser.setInitialFileName("tcp-handshake-lab-handout.html");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(language.text("file.filter.html"), "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(language.text("file.filter.pdf"), "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportHandout(chosen.get().languages(), file.toPath());
        }
    }

    /** The languages a handout can be written in, the window's own chosen first. */
    ChoiceDialog<HandoutLanguages> handoutLanguageDialog() {
        List<HandoutLanguages> choices = HandoutLanguages.all(language);
        HandoutLanguages windows = choices.stream()
                .filter(choice -> choice.languages().equals(language.explanationLanguages()))
                .findFirst().orElse(choices.get(0));
        ChoiceDialog<HandoutLanguages> dialog = new ChoiceDialog<>(windows, choices);
        dialog.setTitle(language.text("file.export.handout"));
        dialog.setHeaderText(null);
        dialog.setContentText(language.text("file.export.handout.language"));
        // The dialog's own buttons speak the system's language; these speak the window's.
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(language.text("file.export.handout.choose"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(language.text("file.export.handout.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    /**
     * Writes the lesson's handout in {@code languages} to {@code file}, as a PDF if its name ends in
     * .pdf, and says how it went. Laying out a PDF takes seconds, so it runs in the background
     * while the window stays usable; the page itself is made first, from the lesson shown now.
     */
    void exportHandout(List<Language> languages, Path file) {
        String page = handout.page(languages);
        HandoutFormat format = HandoutFormat.of(file).orElse(HandoutFormat.HTML);
        if (format == HandoutFormat.HTML) {
            writeAndTell(file, () -> format.write(page, file));
            return;
        }
        files.tell(Message.of("file.export.handout.laying", String.valueOf(file.getFileName())), false);
        Task<Void> writing = new Task<>() {
            @Override
            protected Void call() throws IOException {
                format.write(page, file);
                return null;
            }
        };
        writing.setOnSucceeded(event -> tellSaved(file));
        writing.setOnFailed(event -> tellNotSaved(file, writing.getException()));
        Thread writer = new Thread(writing, "handout-pdf");
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes the run as {@code kind} to {@code file} and says how it went. */
    void exportTo(ExportKind kind, Path file) {
        writeAndTell(file, () -> export.write(kind, file));
    }

    /** What writes a file, whole or not at all. */
    @FunctionalInterface
    private interface FileWrite {
        void run() throws IOException;
    }

    /** Writes {@code file} with {@code write} and tells in the file bar that it was saved, or why not. */
    private void writeAndTell(Path file, FileWrite write) {
        try {
            write.run();
            tellSaved(file);
        } catch (IOException e) {
            tellNotSaved(file, e);
        }
    }

    private void tellSaved(Path file) {
        files.tell(Message.of("file.exported", String.valueOf(file.getFileName())), false);
    }

    private void tellNotSaved(Path file, Throwable failure) {
        files.tell(Message.of("file.error.write", String.valueOf(file.getFileName()), IoProblem.of(failure)),
                true);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
