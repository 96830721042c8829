package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tcplab.engine.Simulator;
import tcplab.guided.Question;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.playback.PlaybackSpeed;
import tcplab.playback.Position;
import tcplab.scenario.Course;
import tcplab.scenario.CourseProgress;
import tcplab.scenario.LessonScore;
import tcplab.settings.Settings;

/**
 * A guided lesson in the window, from the keyboard alone: started from the course page, each
 * question answered with a number key and Enter, right and wrong in turn, to the score; the
 * progress is remembered; and nothing reveals an open question's answer.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(180)
class GuidedWindowTest {

    @RegisterExtension
    final TemporarySettings settings = new TemporarySettings();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BundledFonts.load();
    }

    private MainView open(FxRobot robot, LabModel lab, Language language) {
        return open(robot, lab, language, false);
    }

    /** @param sideBySide whether reading texts show in 한/EN, the rest of the window in {@code language} */
    private MainView open(FxRobot robot, LabModel lab, Language language, boolean sideBySide) {
        MainView[] main = new MainView[1];
        robot.interact(() -> {
            LanguageModel languageModel = new LanguageModel(settings.settings());
            languageModel.show(language);
            if (sideBySide) {
                try {
                    languageModel.switchToSideBySide();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            main[0] = new MainView(languageModel, new DisplayModel(settings.settings()), lab);
            Scene scene = new Scene(main[0], 1024, 700);
            LabApplication.applyTheme(scene);
            stage.setScene(scene);
            stage.show();
            main[0].showCourse();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return main[0];
    }

    private LabModel lab(Settings stored) {
        return new LabModel(Simulator::run, Course.lessons().get(0).scenario(), new CourseProgress(stored));
    }

    /** The window in Korean, in English, and in Korean with reading texts in 한/EN. */
    @ParameterizedTest
    @ValueSource(strings = {"ko", "en", "ko+en"})
    void aGuidedLessonRunsToItsScoreFromTheKeyboard(String languages, FxRobot robot) throws TimeoutException {
        LabModel lab = lab(settings.settings());
        Language language = Language.fromTag(languages.substring(0, 2)).orElseThrow();
        boolean sideBySide = languages.contains("+");
        MainView main = open(robot, lab, language, sideBySide);
        GuidedModel guided = lab.guided();
        Messages texts = Messages.of(language);
        // In 한/EN every question, verdict and correction is read in both languages.
        List<Messages> reading = sideBySide ? List.of(Messages.of(Language.KOREAN), Messages.of(Language.ENGLISH)) : List.of(texts);

        // The course page's "continue" has the focus: Enter starts lesson 1 in guided mode.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guided.phaseProperty().get()).isNotEqualTo(GuidedModel.Phase.OFF);
        robot.interact(() -> lab.playback().speedProperty().set(PlaybackSpeed.OCTUPLE));

        int right = 0;
        List<Integer> missed = new ArrayList<>();
        int asked = 0;
        // Space plays towards the first question; after each answer, Enter continues and plays on.
        robot.type(KeyCode.SPACE);
        while (true) {
            waitFor(() -> guided.phaseProperty().get() == GuidedModel.Phase.ASKING
                    || guided.phaseProperty().get() == GuidedModel.Phase.FINISHED);
            if (guided.phaseProperty().get() == GuidedModel.Phase.FINISHED) {
                break;
            }
            Question question = guided.questionProperty().get();
            asked++;
            assertThat(lab.playback().frameProperty().get().applied()).isEqualTo(question.askBefore());
            for (Messages in : reading) {
                assertThat(main.guidedPanel().texts()).contains(in.text(question.prompt()));
            }
            // Right on odd questions, wrong on even ones.
            boolean answerRight = asked % 2 == 1;
            int choice = answerRight ? question.correctIndex() : (question.correctIndex() + 1) % question.choices().size();
            robot.type(KeyCode.valueOf("DIGIT" + (choice + 1)));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(guided.selectedProperty().get()).isEqualTo(choice);
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(guided.phaseProperty().get()).isEqualTo(GuidedModel.Phase.ANSWERED);
            assertThat(lab.playback().frameProperty().get().applied()).as("the answer is shown")
                    .isEqualTo(question.answerEvent() + 1);
            for (Messages in : reading) {
                assertThat(main.guidedPanel().texts()).contains(
                        in.text(answerRight ? "guided.correct" : "guided.wrong"),
                        in.text(question.choices().get(choice).feedback()));
            }
            if (answerRight) {
                right++;
            } else {
                missed.add(asked);
            }
            robot.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(asked).as("the handshake lesson asks at least two questions").isGreaterThanOrEqualTo(2);
        LessonScore score = guided.scoreProperty().get();
        assertThat(score).isEqualTo(new LessonScore(right, asked));
        for (Messages in : reading) {
            assertThat(main.guidedPanel().texts()).contains(in.text("guided.score", right, asked));
        }
        assertThat(guided.missed()).extracting(guided::numberOf).containsExactlyElementsOf(missed);

        // A missed question can be seen again, with its right answer.
        robot.clickOn("#guided-review-" + missed.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        Question reviewed = guided.questionProperty().get();
        for (Messages in : reading) {
            assertThat(main.guidedPanel().texts()).contains(in.text(reviewed.prompt()),
                    in.text("guided.rightAnswer", in.text(reviewed.choices().get(reviewed.correctIndex()).text())));
        }

        // The progress survives a restart: a new model on the same settings file.
        CourseProgress restarted = new CourseProgress(Settings.load(settings.file()));
        assertThat(restarted.best(Course.lessons().get(0).scenario().id())).contains(score);

        // "Next lesson" has the focus: Enter starts lesson 2 guided.
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lab.lesson().scenarioProperty().get()).isEqualTo(Course.lessons().get(1).scenario());
        assertThat(guided.phaseProperty().get()).isNotEqualTo(GuidedModel.Phase.FINISHED).isNotEqualTo(GuidedModel.Phase.OFF);
    }

    @Test
    void theCoursePagePutsThePlaybackAwayAndNothingPlaysBehindIt(FxRobot robot) {
        LabModel lab = lab(settings.settings());
        MainView main = open(robot, lab, Language.ENGLISH);
        Node bar = main.lookup("." + PlaybackBarView.STYLE_CLASS);
        assertThat(bar.isVisible()).as("under the course page").isFalse();
        assertThat(bar.isManaged()).isFalse();

        robot.interact(() -> {
            main.showLab();
            lab.playback().togglePlaying();
        });
        assertThat(bar.isVisible()).as("in the lab").isTrue();
        assertThat(lab.playback().playingProperty().get()).isTrue();

        robot.interact(main::showCourse);
        assertThat(bar.isVisible()).isFalse();
        assertThat(lab.playback().playingProperty().get()).as("paused by the course page").isFalse();
    }

    @Test
    void steppingScrubbingOrClickingPastAnOpenQuestionDoesNotRevealIt(FxRobot robot) throws TimeoutException {
        LabModel lab = lab(settings.settings());
        MainView main = open(robot, lab, Language.ENGLISH);
        GuidedModel guided = lab.guided();
        robot.interact(() -> {
            guided.startLesson(Course.lessons().get(1));
            main.showLab();
        });
        PlaybackModel playback = lab.playback();
        robot.interact(() -> playback.speedProperty().set(PlaybackSpeed.OCTUPLE));
        robot.type(KeyCode.SPACE);
        waitFor(() -> guided.phaseProperty().get() == GuidedModel.Phase.ASKING);
        Question question = guided.questionProperty().get();
        Position asked = playback.frameProperty().get().position();
        List<String> explanationBefore = main.explanation().sentenceTexts();

        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.SPACE);
        robot.sleep(300);
        robot.interact(() -> playback.seekFraction(1));
        robot.interact(() -> playback.seek(playback.cursorProperty().get().endTime()));
        robot.interact(() -> playback.showEvent(playback.cursorProperty().get().eventCount() - 1));
        robot.clickOn("#scrub");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(playback.frameProperty().get().applied()).isEqualTo(question.askBefore());
        assertThat(playback.frameProperty().get().happened(question.answerEvent())).isFalse();
        assertThat(guided.phaseProperty().get()).isEqualTo(GuidedModel.Phase.ASKING);
        assertThat(main.explanation().sentenceTexts()).isEqualTo(explanationBefore);

        // Going back is free; skipping counts the question missed and shows its answer.
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(playback.frameProperty().get().position()).isLessThan(asked);
        robot.interact(() -> playback.seek(playback.cursorProperty().get().endTime()));
        press(robot, "#guided-skip");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guided.phaseProperty().get()).isEqualTo(GuidedModel.Phase.ANSWERED);
        assertThat(playback.frameProperty().get().happened(question.answerEvent())).isTrue();
        assertThat(guided.missed()).containsExactly(question);
    }

    @Test
    void tryingAgainWithAFaultAddsItAndAsksAgainFromTheStart(FxRobot robot) throws TimeoutException {
        LabModel lab = lab(settings.settings());
        MainView main = open(robot, lab, Language.ENGLISH);
        GuidedModel guided = lab.guided();
        robot.interact(() -> {
            guided.startLesson(Course.lessons().get(0));
            main.showLab();
            lab.playback().speedProperty().set(PlaybackSpeed.OCTUPLE);
        });
        while (guided.phaseProperty().get() != GuidedModel.Phase.FINISHED) {
            robot.interact(() -> {
                if (guided.phaseProperty().get() == GuidedModel.Phase.ASKING) {
                    guided.skip();
                    guided.proceed();
                } else if (!lab.playback().playingProperty().get()) {
                    lab.playback().togglePlaying();
                }
            });
            waitFor(() -> guided.phaseProperty().get() == GuidedModel.Phase.ASKING
                    || guided.phaseProperty().get() == GuidedModel.Phase.FINISHED);
        }
        assertThat(guided.scoreProperty().get().correct()).isZero();
        tcplab.guided.FaultSuggestion suggestion = guided.suggestion().orElseThrow();
        assertThat(main.guidedPanel().texts()).contains(Messages.of(Language.ENGLISH).text(suggestion.text()));

        press(robot, "#guided-retry");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lab.lesson().learnerFaults()).containsExactly(suggestion.fault());
        assertThat(guided.phaseProperty().get()).isIn(GuidedModel.Phase.WATCHING, GuidedModel.Phase.ASKING);
        assertThat(guided.missed()).isEmpty();
        assertThat(lab.playback().frameProperty().get().applied()).isLessThanOrEqualTo(
                guided.questionProperty().get() == null ? 0 : guided.questionProperty().get().askBefore());
    }

    /** Presses a button of the guided panel, which may lie below the fold of its scroll pane. */
    private static void press(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
