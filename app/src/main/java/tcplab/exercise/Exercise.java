package tcplab.exercise;

import java.util.Objects;
import java.util.Optional;
import tcplab.i18n.Language;
import tcplab.scenario.LessonInputs;

/**
 * An exercise: the lesson's inputs exactly as the window runs them, the simulated time playback
 * starts at, the language to show (if the teacher chose one) and the teacher's texts.
 *
 * @param inputs      the lesson, profile, Linux settings, seed, ISNs, links and dropped segments
 * @param startMillis the simulated time playback opens at, in milliseconds (a time after the run's
 *                    end opens at its end)
 * @param language    the language to show, if the exercise names one
 * @param teacher     the teacher's task and hints
 */
public record Exercise(LessonInputs inputs, long startMillis, Optional<Language> language, TeacherText teacher) {

    /** The latest start time accepted; later times mean "at the end" anyway, and this keeps microseconds in a long. */
    public static final long MAX_START_MILLIS = Long.MAX_VALUE / 1000;

    public Exercise {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(teacher, "teacher");
        if (startMillis < 0 || startMillis > MAX_START_MILLIS) {
            throw new IllegalArgumentException("start time out of range: " + startMillis);
        }
    }
}
