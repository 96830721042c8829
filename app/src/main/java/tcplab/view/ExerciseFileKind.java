package tcplab.view;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import tcplab.capture.ReadProgress;
import tcplab.exercise.Exercise;
import tcplab.exercise.ExerciseFiles;
import tcplab.exercise.ExerciseProblem;
import tcplab.i18n.Message;

/**
 * Exercise files, so the File menu, Ctrl+O and a file dropped on the window open them as they open
 * captures: recognized by their name's ending, or by JSON's opening brace. The file is read and
 * checked whole before anything changes, so a bad one leaves the lesson as it was.
 */
final class ExerciseFileKind implements FileKind {

    private final ExerciseOpener opener;

    ExerciseFileKind(ExerciseOpener opener) {
        this.opener = opener;
    }

    @Override
    public boolean recognizes(String fileName, byte[] head) {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(ExerciseFiles.EXTENSION)) {
            return true;
        }
        for (byte b : head) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return false;
    }

    @Override
    public Runnable read(Path file, ReadProgress progress, BooleanSupplier cancelled) throws FileProblem {
        try {
            Exercise read = ExerciseFiles.read(file);
            return () -> opener.opened(file, read);
        } catch (ExerciseProblem refused) {
            throw new FileProblem(Message.of("file.error.exercise", String.valueOf(file.getFileName()),
                    refused.problem()));
        }
    }
}
