package tcplab.exercise;

import java.util.List;
import java.util.Objects;
import tcplab.guided.Question;
import tcplab.i18n.BilingualText;

/**
 * What a teacher writes for an exercise, in both languages; each text may be empty.
 *
 * @param task      what the learners are asked to do
 * @param hints     hints, in the order the teacher gives them
 * @param questions the teacher's questions for the guided mode, each of kind
 *                  {@link tcplab.guided.QuestionKind#TEACHER}, in playback order
 */
public record TeacherText(BilingualText task, List<BilingualText> hints, List<Question> questions) {

    /** No task, no hints and no questions. */
    public static final TeacherText NONE = new TeacherText(BilingualText.EMPTY, List.of(), List.of());

    public TeacherText {
        Objects.requireNonNull(task, "task");
        hints = List.copyOf(hints);
        questions = List.copyOf(questions);
    }

    /** A task and hints without questions. */
    public TeacherText(BilingualText task, List<BilingualText> hints) {
        this(task, hints, List.of());
    }
}
