package tcplab.exercise;

import java.util.List;
import java.util.Objects;

/**
 * What a teacher writes for an exercise, in both languages; each text may be empty.
 *
 * @param task  what the learners are asked to do
 * @param hints hints, in the order the teacher gives them
 */
public record TeacherText(BilingualText task, List<BilingualText> hints) {

    /** No task and no hints. */
    public static final TeacherText NONE = new TeacherText(BilingualText.EMPTY, List.of());

    public TeacherText {
        Objects.requireNonNull(task, "task");
        hints = List.copyOf(hints);
    }

    /**
     * One text in Korean and in English; either may be empty.
     *
     * @param ko the Korean text
     * @param en the English text
     */
    public record BilingualText(String ko, String en) {

        /** Neither language. */
        public static final BilingualText EMPTY = new BilingualText("", "");

        public BilingualText {
            Objects.requireNonNull(ko, "ko");
            Objects.requireNonNull(en, "en");
        }

        /** Whether there is no text in either language. */
        public boolean isEmpty() {
            return ko.isEmpty() && en.isEmpty();
        }
    }
}
