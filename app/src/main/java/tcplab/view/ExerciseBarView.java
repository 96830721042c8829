package tcplab.view;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import tcplab.exercise.ClassPack;
import tcplab.exercise.ExerciseCode;
import tcplab.exercise.ExerciseFiles;
import tcplab.exercise.TeacherText;
import tcplab.files.IoProblem;
import tcplab.i18n.BilingualText;

/**
 * The exercise in the window: the "Save as exercise" and "Exercise code" actions for the title
 * bar, and a bar with the teacher's task and hints and, for a class pack, the way through it.
 * The bar shows only while there is something to show.
 */
public final class ExerciseBarView extends VBox {

    public static final String STYLE_CLASS = "exercise-bar";

    private final LanguageModel language;
    private final ExerciseOpener opener;
    private final MenuItem save = new MenuItem();
    private final MenuItem code = new MenuItem();
    private final MenuItem teacher = new MenuItem();

    public ExerciseBarView(LanguageModel language, ExerciseOpener opener) {
        this.language = language;
        this.opener = opener;
        getStyleClass().add(STYLE_CLASS);

        save.setId("exercise-save");
        save.textProperty().bind(language.bind("exercise.save"));
        save.setGraphic(new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setOnAction(event -> saveAs());
        code.setId("exercise-code");
        code.textProperty().bind(language.bind("exercise.code"));
        code.setGraphic(new FontIcon(MaterialDesignC.CODE_BRACES));
        code.setOnAction(event -> showCode());
        teacher.setId("exercise-teacher");
        teacher.textProperty().bind(language.bind("teacher.edit"));
        teacher.setGraphic(new FontIcon(MaterialDesignC.CLIPBOARD_EDIT_OUTLINE));
        teacher.setOnAction(event -> editTeacherText(language.text("teacher.keep")));

        Label task = new Label();
        task.setId("exercise-task");
        task.setWrapText(true);
        Label hints = new Label();
        hints.setId("exercise-hints");
        hints.setWrapText(true);
        task.textProperty().bind(Bindings.createStringBinding(() -> taskText(opener.teacherProperty().get()),
                opener.teacherProperty(), language.messagesProperty()));
        hints.textProperty().bind(Bindings.createStringBinding(() -> hintsText(opener.teacherProperty().get()),
                opener.teacherProperty(), language.messagesProperty()));
        hide(task, task.textProperty().isEmpty());
        hide(hints, hints.textProperty().isEmpty());

        Button previous = new Button();
        previous.setId("exercise-previous");
        previous.textProperty().bind(language.bind("exercise.pack.previous"));
        previous.setOnAction(event -> opener.showPackExercise(opener.packIndexProperty().get() - 1));
        Button next = new Button();
        next.setId("exercise-next");
        next.textProperty().bind(language.bind("exercise.pack.next"));
        next.setOnAction(event -> opener.showPackExercise(opener.packIndexProperty().get() + 1));
        Label position = new Label();
        position.setId("exercise-position");
        position.textProperty().bind(Bindings.createStringBinding(this::positionText, opener.packProperty(),
                opener.packIndexProperty(), language.messagesProperty()));
        previous.disableProperty().bind(opener.packIndexProperty().isEqualTo(0));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> opener.packProperty().get() == null
                        || opener.packIndexProperty().get() >= opener.packProperty().get().exercises().size() - 1,
                opener.packProperty(), opener.packIndexProperty()));
        HBox packBar = new HBox(8, previous, position, next);
        packBar.setAlignment(Pos.CENTER_LEFT);
        hide(packBar, opener.packProperty().isNull());
        HBox.setHgrow(position, Priority.NEVER);

        getChildren().addAll(packBar, task, hints);
        visibleProperty().bind(packBar.visibleProperty().or(task.visibleProperty()).or(hints.visibleProperty()));
        managedProperty().bind(visibleProperty());
    }

    private static void hide(Node node, ObservableBooleanValue hidden) {
        node.visibleProperty().bind(Bindings.not(hidden));
        node.managedProperty().bind(node.visibleProperty());
    }

    /** The File menu's actions: save as exercise, the exercise code, and the teacher's texts. */
    public MenuItem[] actions() {
        return new MenuItem[] {save, code, teacher};
    }

    /**
     * Opens the editor of the teacher's texts for the lesson as it stands.
     *
     * @param confirm the text of its confirming button
     * @return whether the teacher kept texts
     */
    boolean editTeacherText(String confirm) {
        return new TeacherTextEditor(language, opener).show(getScene() == null ? null : getScene().getWindow(), confirm);
    }

    /** A teacher's text in the window's language, or in the other one if the teacher wrote only that. */
    private String inLanguage(BilingualText text) {
        return text.in(language.language());
    }

    private String taskText(TeacherText teacher) {
        return teacher.task().isEmpty() ? "" : language.text("exercise.task", inLanguage(teacher.task()));
    }

    private String hintsText(TeacherText teacher) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < teacher.hints().size(); i++) {
            if (!teacher.hints().get(i).isEmpty()) {
                text.append(text.length() == 0 ? "" : "\n")
                        .append(language.text("exercise.hint", Integer.toString(i + 1), inLanguage(teacher.hints().get(i))));
            }
        }
        return text.toString();
    }

    private String positionText() {
        ClassPack open = opener.packProperty().get();
        if (open == null) {
            return "";
        }
        int index = opener.packIndexProperty().get();
        return language.text("exercise.pack.position", Integer.toString(index + 1),
                Integer.toString(open.exercises().size()), open.exercises().get(index).name());
    }

    /** First offers the teacher's texts for the exercise, then asks where to save it. */
    private void saveAs() {
        if (!editTeacherText(language.text("teacher.keepAndSave"))) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(language.text("exercise.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(language.text("exercise.save.filter"),
                "*" + ExerciseFiles.EXTENSION));
        opener.last().map(Path::getParent).filter(Files::isDirectory)
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        chooser.setInitialFileName(opener.current().inputs().scenario().id() + ExerciseFiles.EXTENSION);
        File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen == null) {
            return;
        }
        try {
            opener.save(chosen.toPath());
        } catch (IOException e) {
            Alert alert = new Alert(Alert.AlertType.WARNING,
                    language.text("exercise.save.failed", IoProblem.of(e)));
            alert.setHeaderText(null);
            alert.setTitle(language.text("error.title"));
            alert.initOwner(getScene() == null ? null : getScene().getWindow());
            alert.show();
        }
    }

    /**
     * Shows the lesson's code, selected for copying, in a field where a pasted code replaces it;
     * "Open the code" opens whatever the field then holds.
     */
    public void showCode() {
        TextArea field = new TextArea(ExerciseCode.encode(opener.current()));
        field.setId("exercise-code-field");
        field.setWrapText(true);
        field.setPrefRowCount(4);
        field.selectAll();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(language.text("exercise.code.title"));
        dialog.setHeaderText(language.text("exercise.code.header"));
        ButtonType open = new ButtonType(language.text("exercise.code.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open,
                new ButtonType(language.text("exercise.code.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(field);
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setOnShown(event -> field.requestFocus());
        Optional<ButtonType> pressed = dialog.showAndWait();
        if (pressed.isPresent() && pressed.get() == open) {
            opener.openCode(field.getText());
        }
    }
}
