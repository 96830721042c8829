package tcplab.view;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import tcplab.TextKeys;
import tcplab.scenario.Course;
import tcplab.scenario.CourseLesson;
import tcplab.scenario.CourseProgress;

/**
 * The course's start page: every lesson with its number, title and goal, whether it is done and
 * its best score; "continue" starts the first lesson not done, each lesson's own button starts
 * it, both in guided mode; "explore freely" opens the lab as it is. Call {@link #refresh()} after
 * the progress changed.
 */
public final class CoursePageView extends ScrollPane {

    public static final String STYLE_CLASS = "course-page";

    private final LanguageModel language;
    private final CourseProgress progress;
    private final Consumer<CourseLesson> start;
    private final Runnable explore;
    private final VBox content = new VBox();

    /**
     * @param start   starts a lesson in guided mode
     * @param explore opens the lab without guidance
     */
    public CoursePageView(LanguageModel language, CourseProgress progress, Consumer<CourseLesson> start, Runnable explore) {
        this.language = language;
        this.progress = progress;
        this.start = start;
        this.explore = explore;
        getStyleClass().add(STYLE_CLASS);
        setId("course-page");
        accessibleTextProperty().bind(language.bind("course.page.title"));
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("course-content");
        BorderPane centred = new BorderPane(content);
        setContent(centred);
        // The page fills the window: JavaFX's cached bitmap of its viewport would keep a window's
        // worth of pixels (4 MB at 1360x850) in memory for a page of a few labels, cheap to draw.
        DirectViewport.apply(this);
        refresh();
    }

    /** Shows the progress as it is now, and gives the keyboard focus to "continue". */
    public void refresh() {
        content.getChildren().clear();
        Label title = WrappingLabels.of(language.bind("course.page.title"), "course-title");
        Label intro = WrappingLabels.of(language.bind("course.page.intro"), "course-intro");
        Button explore = new Button();
        explore.setId("course-explore");
        explore.textProperty().bind(language.bind("course.explore"));
        explore.setOnAction(event -> this.explore.run());
        FlowPane actions = new FlowPane();
        actions.getStyleClass().add("course-actions");
        Button proceed = progress.nextToDo().map(next -> {
            Button button = new Button();
            button.setId("course-continue");
            button.getStyleClass().add("accent");
            button.textProperty().bind(language.bind("course.continue", next.number()));
            button.setOnAction(event -> start.accept(next));
            return button;
        }).orElse(null);
        if (proceed != null) {
            actions.getChildren().add(proceed);
        } else {
            content.getChildren().add(WrappingLabels.of(language.bind("course.allDone"), "course-intro"));
        }
        actions.getChildren().add(explore);
        content.getChildren().addAll(0, List.of(title, intro));
        content.getChildren().add(actions);
        for (CourseLesson lesson : Course.lessons()) {
            content.getChildren().add(row(lesson));
        }
        (proceed != null ? proceed : explore).requestFocus();
    }

    private HBox row(CourseLesson lesson) {
        String id = lesson.scenario().id();
        Label number = new Label(lesson.number() + ".");
        number.getStyleClass().addAll("course-number", ViewStyles.LANGUAGE_NEUTRAL);
        number.setMinWidth(USE_PREF_SIZE);
        Label name = WrappingLabels.of(language.bind(TextKeys.scenarioTitle(id)), "course-lesson-title");
        Label goal = WrappingLabels.of(language.bind(TextKeys.courseGoal(id)), "course-goal");
        Label status = progress.best(id)
                .map(best -> WrappingLabels.of(Bindings.concat(language.bind("course.done"), " · ",
                        language.bind("course.best", best.correct(), best.questions())), "course-done"))
                .orElseGet(() -> WrappingLabels.of(language.bind("course.notDone"), "course-not-done"));
        VBox texts = new VBox(name, goal, status);
        texts.getStyleClass().add("course-lesson-texts");
        HBox.setHgrow(texts, Priority.ALWAYS);
        Button go = new Button();
        go.setId("course-start-" + id);
        go.textProperty().bind(language.bind("course.start"));
        go.setOnAction(event -> start.accept(lesson));
        go.setMinWidth(USE_PREF_SIZE);
        HBox row = new HBox(number, texts, go);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("course-lesson");
        if (progress.done(id)) {
            row.getStyleClass().add("course-lesson-done");
        }
        return row;
    }

}
