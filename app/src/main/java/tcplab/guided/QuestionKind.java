package tcplab.guided;

/** What a question asks the learner to predict. */
public enum QuestionKind {
    /** Which control bits the next segment of a host carries. */
    FLAGS,
    /** Which sequence and acknowledgment numbers the next segment of a host carries. */
    NUMBERS,
    /** Which state a host enters next. */
    STATE,
    /** What is sent again first after a segment is lost, by whom and when, or that nothing is. */
    AFTER_LOSS,
    /** How long a timer a host starts runs before it expires. */
    TIMER,
    /** Whatever the teacher of an exercise asks, in the teacher's own words. */
    TEACHER
}
