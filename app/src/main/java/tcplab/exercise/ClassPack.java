package tcplab.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tcplab.files.IoProblem;
import tcplab.i18n.Message;

/**
 * A class pack: a folder of numbered exercises ({@code 01-handshake.tcplab}, {@code 02-syn-lost.json},
 * ...) read as one ordered list, by number. Other files in the folder are not part of it. A pack
 * is read whole: one bad exercise is a problem naming its file, and none of the pack is used.
 *
 * @param exercises the exercises in order, each with its file name
 */
public record ClassPack(List<Entry> exercises) {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,9})-.*(\\.tcplab|\\.json)");

    public ClassPack {
        exercises = List.copyOf(exercises);
    }

    /**
     * One exercise of a pack.
     *
     * @param name     its file name, e.g. {@code 01-handshake.tcplab}
     * @param exercise the exercise
     */
    public record Entry(String name, Exercise exercise) {
    }

    /** Reads every numbered exercise in {@code folder}, in order of their numbers. */
    public static ClassPack read(Path folder) throws ExerciseProblem {
        List<Path> numbered;
        try (Stream<Path> files = Files.list(folder)) {
            numbered = files.filter(file -> NUMBERED.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(ClassPack::number).thenComparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ExerciseProblem(Message.of("exercise.problem.unreadable", String.valueOf(folder.getFileName()),
                    IoProblem.of(e)));
        }
        if (numbered.isEmpty()) {
            throw new ExerciseProblem(Message.of("exercise.problem.emptyPack", String.valueOf(folder.getFileName())));
        }
        List<Entry> exercises = new ArrayList<>();
        for (Path file : numbered) {
            String name = file.getFileName().toString();
            try {
                exercises.add(new Entry(name, ExerciseFiles.read(file)));
            } catch (ExerciseProblem problem) {
                throw new ExerciseProblem(Message.of("exercise.problem.inPack", name, problem.problem()));
            }
        }
        return new ClassPack(exercises);
    }

    private static int number(Path file) {
        Matcher matcher = NUMBERED.matcher(file.getFileName().toString());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
    }
}
