package tcplab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tcplab.TextKeys;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;

class CourseTest {

    @Test
    void everyCourseLessonIsACatalogueLesson() {
        for (CourseLesson lesson : Course.lessons()) {
            assertThat(ScenarioCatalog.find(lesson.scenario().id())).contains(lesson.scenario());
        }
    }

    @Test
    void everyCatalogueLessonIsTaughtOnce() {
        List<String> taught = Course.lessons().stream().map(lesson -> lesson.scenario().id()).toList();
        List<String> catalogue = ScenarioCatalog.all().stream().map(Scenario::id).toList();
        assertThat(taught).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(catalogue);
    }

    @Test
    void lessonsAreNumberedFromOneWithoutGaps() {
        assertThat(Course.lessons()).extracting(CourseLesson::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, Course.lessons().size()).boxed().toList());
    }

    @Test
    void theCourseStartsWithTheHandshake() {
        assertThat(Course.lessons().get(0).scenario().id()).isEqualTo("handshake");
    }

    @Test
    void everyGoalIsWrittenInEveryLanguage() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (CourseLesson lesson : Course.lessons()) {
                String key = TextKeys.courseGoal(lesson.scenario().id());
                assertThat(messages.keys()).as(language + " " + key).contains(key);
                assertThat(messages.text(key)).as(language + " " + key).isNotBlank().doesNotContain(key);
            }
        }
    }

    @Test
    void goalsAreTranslatedNotCopied() {
        for (CourseLesson lesson : Course.lessons()) {
            String key = TextKeys.courseGoal(lesson.scenario().id());
            assertThat(Messages.of(Language.KOREAN).text(key)).as(key)
                    .isNotEqualTo(Messages.of(Language.ENGLISH).text(key))
                    .matches(text -> text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL));
        }
    }

    @Test
    void nextLessonFollowsTheNumbersAndEndsAfterTheLast() {
        List<CourseLesson> lessons = Course.lessons();
        for (int index = 0; index + 1 < lessons.size(); index++) {
            assertThat(Course.next(lessons.get(index))).contains(lessons.get(index + 1));
        }
        assertThat(Course.next(lessons.get(lessons.size() - 1))).isEmpty();
    }

    @Test
    void lessonOfFindsTheNumberOfAScenario() {
        assertThat(Course.lessonOf("syn-lost")).map(CourseLesson::number).contains(2);
        assertThat(Course.lessonOf("no-such-lesson")).isEmpty();
    }
}
