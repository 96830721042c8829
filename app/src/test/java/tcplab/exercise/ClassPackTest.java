package tcplab.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

class ClassPackTest {

    @TempDir
    Path folder;

    private void save(String name, String lesson) throws Exception {
        ExerciseFiles.write(new Exercise(LessonInputs.of(ScenarioCatalog.find(lesson).orElseThrow()), 0,
                Optional.empty(), TeacherText.NONE), folder.resolve(name));
    }

    @Test
    void theNumberedExercisesOfAFolderAreReadInTheirNumbersOrder() throws Exception {
        save("10-abort.tcplab", "abort");
        save("2-syn-lost.json", "syn-lost");
        save("01-handshake.tcplab", "handshake");
        save("notes.tcplab", "handshake");
        Files.writeString(folder.resolve("README.txt"), "not an exercise");

        ClassPack pack = ClassPack.read(folder);

        assertThat(pack.exercises()).extracting(ClassPack.Entry::name)
                .containsExactly("01-handshake.tcplab", "2-syn-lost.json", "10-abort.tcplab");
        assertThat(pack.exercises()).extracting(entry -> entry.exercise().inputs().scenario().id())
                .containsExactly("handshake", "syn-lost", "abort");
    }

    @Test
    void oneBadExerciseIsAProblemNamingItsFile() throws Exception {
        save("01-handshake.tcplab", "handshake");
        Files.writeString(folder.resolve("02-broken.tcplab"), "{\"version\": 3}");

        assertThatThrownBy(() -> ClassPack.read(folder)).isInstanceOfSatisfying(ExerciseProblem.class,
                problem -> assertThat(Messages.of(Language.ENGLISH).text(problem.problem()))
                        .isEqualTo("In 02-broken.tcplab: version: this lab reads exercises of version 1–2, but this one is version 3."));
    }

    @Test
    void aFolderWithoutNumberedExercisesIsAProblem() throws Exception {
        save("handshake.tcplab", "handshake");

        assertThatThrownBy(() -> ClassPack.read(folder)).isInstanceOfSatisfying(ExerciseProblem.class,
                problem -> assertThat(problem.problem().key()).isEqualTo("exercise.problem.emptyPack"));
    }
}
