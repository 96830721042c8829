package tcplab.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/** A failed read or write is told in the learner's language, the system's own reason only where none is known. */
class IoProblemTest {

    @TempDir
    Path folder;

    @Test
    void aMissingFileIsToldInEitherLanguage() {
        Message problem = IoProblem.of(new NoSuchFileException("/data/run.csv"));

        assertThat(english(problem)).isEqualTo("/data/run.csv does not exist");
        assertThat(korean(problem)).isEqualTo("/data/run.csv이(가) 없습니다");
    }

    @Test
    void aDeniedPermissionIsToldInEitherLanguage() {
        Message problem = IoProblem.of(new AccessDeniedException("/data/run.csv"));

        assertThat(english(problem)).isEqualTo("there is no permission to use /data/run.csv");
        assertThat(korean(problem)).isEqualTo("/data/run.csv에 접근할 권한이 없습니다");
    }

    @Test
    void aFileInTheWayIsToldInEitherLanguage() {
        Message problem = IoProblem.of(new FileAlreadyExistsException("/data"));

        assertThat(english(problem)).isEqualTo("/data already exists");
        assertThat(korean(problem)).isEqualTo("/data이(가) 이미 있습니다");
    }

    @Test
    void aFileWhereAFolderShouldBeIsToldInEitherLanguage() {
        Message problem = IoProblem.of(new NotDirectoryException("/data"));

        assertThat(english(problem)).isEqualTo("/data is not a folder");
        assertThat(korean(problem)).isEqualTo("/data은(는) 폴더가 아닙니다");
    }

    @Test
    void aReasonOnlyTheSystemKnowsIsPassedOnInsideTheLearnersLanguage() {
        Message problem = IoProblem.of(new FileSystemException("/data/run.csv", null, "No space left on device"));

        assertThat(english(problem)).isEqualTo("the system reports an error for /data/run.csv (No space left on device)");
        assertThat(korean(problem)).isEqualTo("/data/run.csv에서 시스템 오류가 났습니다(No space left on device)");
    }

    @Test
    void aFailureWithoutAFileIsPassedOnInsideTheLearnersLanguage() {
        Message problem = IoProblem.of(new IOException("Broken pipe"));

        assertThat(english(problem)).isEqualTo("the system reports an error (Broken pipe)");
        assertThat(korean(problem)).isEqualTo("시스템 오류가 났습니다(Broken pipe)");
    }

    @Test
    void aFailureOfTheLabsOwnKeepsItsText() {
        Message own = Message.of("io.problem.noPngWriter");

        ExplainedIOException failure = new ExplainedIOException(own);

        assertThat(IoProblem.of(failure)).isEqualTo(own);
        assertThat(failure.getMessage()).isEqualTo("this Java runtime cannot write PNG images");
        assertThat(korean(IoProblem.of(failure))).isEqualTo("이 자바 런타임은 PNG 이미지를 쓸 수 없습니다");
    }

    @Test
    void aPathThatNamesNoFileIsToldInEitherLanguage() {
        Path root = folder.getRoot();

        ExplainedIOException failure = catchThrowableOfType(
                () -> AtomicFile.write(root, out -> out.write(1)), ExplainedIOException.class);

        assertThat(english(IoProblem.of(failure))).isEqualTo(root + " is not a file name");
        assertThat(korean(IoProblem.of(failure))).isEqualTo(root + "은(는) 파일 이름이 아닙니다");
    }

    @Test
    void aSaveIntoAFileIsToldInEitherLanguage() throws IOException {
        Path blocked = Files.writeString(folder.resolve("blocked"), "a file where a folder should be");

        IOException failure = catchThrowableOfType(
                () -> AtomicFile.write(blocked.resolve("run.csv"), out -> out.write(1)), IOException.class);

        assertThat(korean(IoProblem.of(failure))).contains(blocked.toString()).containsPattern("\\p{IsHangul}");
    }

    private static String english(Message message) {
        return Messages.of(Language.ENGLISH).text(message);
    }

    private static String korean(Message message) {
        return Messages.of(Language.KOREAN).text(message);
    }
}
