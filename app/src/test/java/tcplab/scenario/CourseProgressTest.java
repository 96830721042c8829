package tcplab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcplab.settings.Settings;

class CourseProgressTest {

    @TempDir
    Path folder;

    @Test
    void nothingIsDoneAtFirstAndTheCourseStartsAtLessonOne() {
        CourseProgress progress = new CourseProgress(Settings.inMemory());
        assertThat(progress.done("handshake")).isFalse();
        assertThat(progress.best("handshake")).isEmpty();
        assertThat(progress.nextToDo()).contains(Course.lessons().get(0));
    }

    @Test
    void progressSurvivesARestartWithTheSameSettingsFile() throws IOException {
        Path file = folder.resolve("settings.properties");
        new CourseProgress(Settings.load(file)).record("handshake", new LessonScore(3, 5));

        CourseProgress restarted = new CourseProgress(Settings.load(file));
        assertThat(restarted.done("handshake")).isTrue();
        assertThat(restarted.best("handshake")).contains(new LessonScore(3, 5));
        assertThat(restarted.done("syn-lost")).isFalse();
        assertThat(restarted.nextToDo()).contains(Course.lessons().get(1));
    }

    @Test
    void onlyABetterScoreReplacesTheBest() throws IOException {
        CourseProgress progress = new CourseProgress(Settings.inMemory());
        progress.record("syn-lost", new LessonScore(4, 6));
        progress.record("syn-lost", new LessonScore(2, 6));
        assertThat(progress.best("syn-lost")).contains(new LessonScore(4, 6));
        progress.record("syn-lost", new LessonScore(5, 6));
        assertThat(progress.best("syn-lost")).contains(new LessonScore(5, 6));
        progress.record("syn-lost", new LessonScore(10, 12));
        assertThat(progress.best("syn-lost")).contains(new LessonScore(10, 12));
    }

    @Test
    void everyLessonDoneLeavesNothingToDo() throws IOException {
        CourseProgress progress = new CourseProgress(Settings.inMemory());
        for (CourseLesson lesson : Course.lessons()) {
            progress.record(lesson.scenario().id(), new LessonScore(1, 1));
        }
        assertThat(progress.nextToDo()).isEmpty();
    }

    @Test
    void storedValuesThatMakeNoScoreCountAsNotDone() throws IOException {
        Path file = folder.resolve("settings.properties");
        Files.writeString(file, "progress.handshake.correct=7\nprogress.handshake.questions=5\n"
                + "progress.syn-lost.correct=two\nprogress.syn-lost.questions=5\n");
        CourseProgress progress = new CourseProgress(Settings.load(file));
        assertThat(progress.done("handshake")).isFalse();
        assertThat(progress.done("syn-lost")).isFalse();
        progress.record("handshake", new LessonScore(1, 5));
        assertThat(new CourseProgress(Settings.load(file)).best("handshake")).contains(new LessonScore(1, 5));
    }

    @Test
    void aScoreIsAtMostTheQuestions() {
        assertThatThrownBy(() -> new LessonScore(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LessonScore(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLargerShareRightIsBetterAndTiesGoToMoreQuestions() {
        assertThat(new LessonScore(3, 4).betterThan(new LessonScore(2, 4))).isTrue();
        assertThat(new LessonScore(2, 4).betterThan(new LessonScore(3, 4))).isFalse();
        assertThat(new LessonScore(2, 4).betterThan(new LessonScore(1, 2))).isTrue();
        assertThat(new LessonScore(1, 2).betterThan(new LessonScore(2, 4))).isFalse();
        assertThat(new LessonScore(0, 1).betterThan(new LessonScore(0, 0))).isTrue();
    }
}
