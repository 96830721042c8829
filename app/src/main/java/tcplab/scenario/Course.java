package tcplab.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The catalogue's lessons in the order they are taught: opening a connection first, then what a
 * lost segment does to it, why opening takes three segments and what a SYN carries, refused and
 * unanswered connections, closing and its variants, a connection one side has forgotten, and last
 * why TIME-WAIT exists. Each lesson has a number (from 1, without gaps) and a one-sentence goal,
 * the i18n key {@code course.<id>.goal}. A lesson of the catalogue outside this list can still be
 * explored freely, but has no number and no goal.
 */
public final class Course {

    /** Scenario ids, in the taught order. */
    private static final List<String> ORDER = List.of(
            "handshake",
            "syn-lost",
            "synack-lost",
            "ack-lost",
            "ack-lost-data",
            "old-duplicate-syn",
            "syn-options",
            "closed-port",
            "no-answer",
            "syn-retries-2",
            "long-delay",
            "simultaneous-open",
            "server-close",
            "fin-lost",
            "half-close",
            "late-close",
            "simultaneous-close",
            "fin-wait-2-timeout",
            "abort",
            "half-open",
            "last-ack-lost",
            "old-duplicate",
            "old-duplicate-no-time-wait",
            "time-wait-why");

    private static final List<CourseLesson> LESSONS = IntStream.range(0, ORDER.size())
            .mapToObj(index -> new CourseLesson(index + 1, ScenarioCatalog.find(ORDER.get(index))
                    .orElseThrow(() -> new IllegalStateException("the course names a lesson the catalogue lacks: "
                            + ORDER.get(index)))))
            .toList();

    private Course() {
    }

    /** Every lesson of the course, numbered from 1 in the taught order. */
    public static List<CourseLesson> lessons() {
        return LESSONS;
    }

    /** The course's lesson for the catalogue scenario {@code scenarioId}, if the course teaches it. */
    public static Optional<CourseLesson> lessonOf(String scenarioId) {
        return LESSONS.stream().filter(lesson -> lesson.scenario().id().equals(scenarioId)).findFirst();
    }

    /** The lesson taught after {@code lesson}; none after the last. */
    public static Optional<CourseLesson> next(CourseLesson lesson) {
        return lesson.number() < LESSONS.size() ? Optional.of(LESSONS.get(lesson.number())) : Optional.empty();
    }
}
