package tcplab.scenario;

import java.util.Objects;

/**
 * One lesson of the {@link Course}: a catalogue scenario with its place in the taught order.
 *
 * @param number   the lesson's number in the course, from 1
 * @param scenario the catalogue scenario the lesson runs
 */
public record CourseLesson(int number, Scenario scenario) {

    public CourseLesson {
        Objects.requireNonNull(scenario, "scenario");
        if (number < 1) {
            throw new IllegalArgumentException("course lessons are numbered from 1, not " + number);
        }
    }
}
