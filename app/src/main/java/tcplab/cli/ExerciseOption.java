package tcplab.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import tcplab.exercise.Exercise;
import tcplab.exercise.ExerciseFiles;
import tcplab.exercise.ExerciseProblem;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;

/**
 * {@code --exercise FILE}: the lesson inputs of an exercise file, which replace every option that
 * says what to simulate, so those options are refused beside it.
 */
final class ExerciseOption {

    private ExerciseOption() {
    }

    /**
     * The exercise in {@code file}; a problem with the file, or an option that the exercise
     * already sets, is a {@link ParameterException} of one line.
     */
    static Exercise read(CommandSpec command, Path file) {
        Set<String> setByExercise = Stream.of("simulation", "loss")
                .flatMap(mixin -> command.mixins().get(mixin).options().stream())
                .map(OptionSpec::longestName).collect(Collectors.toSet());
        for (OptionSpec given : command.commandLine().getParseResult().matchedOptions()) {
            if (setByExercise.contains(given.longestName())) {
                throw new ParameterException(command.commandLine(), "--exercise: cannot be combined with "
                        + given.longestName() + " (the exercise sets it)");
            }
        }
        try {
            return ExerciseFiles.read(file);
        } catch (ExerciseProblem problem) {
            throw new ParameterException(command.commandLine(),
                    "--exercise: " + Messages.of(Language.ENGLISH).text(problem.problem()));
        }
    }
}
