package tcplab.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import tcplab.i18n.BilingualText;
import tcplab.i18n.Language;
import org.junit.jupiter.api.Test;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

class ExerciseCodeTest {

    @Test
    void aCodeReadsBackAsTheSameExercise() throws Exception {
        Exercise exercise = ExerciseFormatTest.everyFieldSet();

        String code = ExerciseCode.encode(exercise);

        assertThat(code).startsWith("TCPLAB2.").matches("[A-Za-z0-9._-]+");
        assertThat(ExerciseCode.decode(code)).isEqualTo(exercise);
        assertThat(ExerciseCode.decode(code).teacher().questions()).hasSize(2);
    }

    @Test
    void aCodeOfVersionOneStillOpens() throws Exception {
        // Written by the lab before version 2: the synack-lost lesson, seed 7, at 1030 ms, in English, with a task.
        String v1 = "TCPLAB1.q8aeTiCRowv0WQlKSkFOIea4UgjedIHiJ0MDY6AKJI_h9dOrzXveLJgDc34ISArJd0DPAAA.98839537";

        Exercise read = ExerciseCode.decode(v1);

        assertThat(read.inputs()).isEqualTo(LessonInputs.of(ScenarioCatalog.find("synack-lost").orElseThrow()).withSeed(7));
        assertThat(read.startMillis()).isEqualTo(1030);
        assertThat(read.language()).contains(Language.ENGLISH);
        assertThat(read.teacher()).isEqualTo(new TeacherText(new BilingualText("과제", "Task"), List.of()));
    }

    @Test
    void aPlainLessonIsShortEnoughForABoard() throws Exception {
        Exercise exercise = new Exercise(LessonInputs.of(ScenarioCatalog.find("synack-lost").orElseThrow()), 0,
                Optional.empty(), TeacherText.NONE);

        String code = ExerciseCode.encode(exercise);

        assertThat(code).hasSizeLessThan(60);
        assertThat(ExerciseCode.decode(code)).isEqualTo(exercise);
    }

    @Test
    void whitespaceFromLineBreaksInAChatIsIgnored() throws Exception {
        String code = ExerciseCode.encode(ExerciseFormatTest.everyFieldSet());
        String broken = "  " + code.substring(0, 10) + "\n " + code.substring(10, 20) + "\t" + code.substring(20) + "\n";

        assertThat(ExerciseCode.decode(broken)).isEqualTo(ExerciseFormatTest.everyFieldSet());
    }

    @Test
    void everyMistypedCharacterIsCaught() throws Exception {
        String code = ExerciseCode.encode(ExerciseFormatTest.everyFieldSet());
        for (int i = ExerciseCode.PREFIX.length(); i < code.length(); i++) {
            char typo = Character.toLowerCase(code.charAt(i)) == 'a' ? 'B' : 'A';
            String mistyped = code.substring(0, i) + typo + code.substring(i + 1);
            assertThatThrownBy(() -> ExerciseCode.decode(mistyped)).as(mistyped)
                    .isInstanceOfSatisfying(ExerciseProblem.class, problem -> assertThat(problem.problem().key())
                            .isIn("exercise.problem.codeCheck", "exercise.problem.codeData"));
        }
    }

    @Test
    void corruptCodesAreProblems() throws Exception {
        String code = ExerciseCode.encode(ExerciseFormatTest.everyFieldSet());
        assertThatThrownBy(() -> ExerciseCode.decode("hello")).isInstanceOfSatisfying(ExerciseProblem.class,
                problem -> assertThat(problem.problem().key()).isEqualTo("exercise.problem.codePrefix"));
        assertThatThrownBy(() -> ExerciseCode.decode(code.substring(0, code.length() - 12)))
                .isInstanceOf(ExerciseProblem.class);
        assertThatThrownBy(() -> ExerciseCode.decode("TCPLAB1.")).isInstanceOf(ExerciseProblem.class);
        assertThatThrownBy(() -> ExerciseCode.decode("TCPLAB1..")).isInstanceOf(ExerciseProblem.class);
        // A well-checked code whose data is not deflate, and one whose data is deflate but not an exercise.
        assertThatThrownBy(() -> ExerciseCode.decode(withCheck("____"))).isInstanceOfSatisfying(ExerciseProblem.class,
                problem -> assertThat(problem.problem().key()).isEqualTo("exercise.problem.codeData"));
    }

    private static String withCheck(String data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return ExerciseCode.PREFIX + data + "." + String.format("%08x", crc.getValue());
    }
}
