package tcplab.exercise;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tcplab.files.IoProblem;
import tcplab.i18n.Message;

/**
 * Exercise files on disk: read whole and checked, written beside the target and renamed so that a
 * failed write never leaves half a file. The file name ends in {@value #EXTENSION}.
 */
public final class ExerciseFiles {

    /** The file type an exercise is saved as, and the installer registers. */
    public static final String EXTENSION = ".tcplab";

    private ExerciseFiles() {
    }

    /** Reads and checks the exercise in {@code file}. */
    public static Exercise read(Path file) throws ExerciseProblem {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > ExerciseFormat.MAX_BYTES) {
                throw new ExerciseProblem(Message.of("exercise.problem.tooLarge", Integer.toString(ExerciseFormat.MAX_BYTES)));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return ExerciseFormat.read(text);
        } catch (CharacterCodingException e) {
            throw new ExerciseProblem(Message.of("exercise.problem.notUtf8", name));
        } catch (NoSuchFileException e) {
            throw new ExerciseProblem(Message.of("exercise.problem.noFile", name));
        } catch (IOException e) {
            throw new ExerciseProblem(Message.of("exercise.problem.unreadable", name, IoProblem.of(e)));
        }
    }

    /** Writes {@code exercise} to {@code file}, whole or not at all. */
    public static void write(Exercise exercise, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".part");
        try {
            Files.writeString(temporary, ExerciseFormat.write(exercise, true), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
