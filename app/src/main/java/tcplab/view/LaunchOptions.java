package tcplab.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;
import tcplab.engine.ScriptedFault;
import tcplab.exercise.Exercise;
import tcplab.exercise.ExerciseFiles;
import tcplab.exercise.ExerciseProblem;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.options.CommandLines;
import tcplab.options.DropSpec;
import tcplab.options.NumberText;
import tcplab.options.ScenarioId;
import tcplab.options.ShownValue;

/**
 * Options that open the window at a chosen moment, for classroom preparation and screenshots. The
 * launcher declares them as its own and checks them before JavaFX starts; the application reads
 * them again from its raw parameters.
 */
public final class LaunchOptions {

    /** The largest window side accepted, in pixels. */
    static final int MAX_SIDE = 16_384;
    /** Later times are clamped to the run's end anyway; this keeps microseconds within a long. */
    static final long MAX_AT_MILLIS = Long.MAX_VALUE / 1000;

    @ArgGroup(exclusive = true)
    private Lesson lesson = new Lesson();

    /** The lesson to open: a catalogue lesson or an exercise, not both. */
    static final class Lesson {
        @Option(names = "--scenario", paramLabel = "ID", converter = ScenarioId.class,
                description = "open this lesson (see 'trace --list')")
        private String scenario;

        @Option(names = "--exercise", paramLabel = "FILE", converter = ExerciseFile.class,
                description = "open this exercise file (.tcplab); --at, --language and --drop apply on top of it")
        private Exercise exercise;
    }

    @Option(names = "--language", paramLabel = "TAG", converter = LanguageTag.class,
            completionCandidates = LanguageTags.class,
            description = "show this language now (${COMPLETION-CANDIDATES}), without changing the remembered choice")
    private Language language;

    @Option(names = "--at", paramLabel = "MS", converter = AtMillis.class,
            description = "open at this simulated time, in whole milliseconds; a time after the run's end"
                    + " opens at its end")
    private Long atMillis;

    @Option(names = "--drop", paramLabel = "SPEC", split = ",", converter = DropSpec.class,
            description = "drop a segment as if clicked: C:N or S:N drops the client's or the server's N-th"
                    + " segment; C>S:FLAGS#N the N-th client-to-server segment whose flags are exactly FLAGS,"
                    + " as in 'trace --drop'")
    private List<ScriptedFault> drops = new ArrayList<>();

    @ArgGroup(exclusive = true)
    private Opened opened = new Opened();

    /** A file to open at start: by the option, or as the only argument, as a file manager passes it. */
    static final class Opened {
        @Option(names = "--open", paramLabel = "FILE",
                description = "open this capture (pcap or pcapng) or exercise (.tcplab) as the File menu would; a file"
                        + " that cannot be read is reported in the window, which keeps the lesson")
        private Path open;

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", converter = FileArgument.class,
                description = "the same as --open FILE (a path or a file: URI), as a file manager opens a file")
        private Path file;
    }

    @Option(names = "--size", paramLabel = "WxH", converter = SizeText.class,
            description = "window size in pixels, at least 1024x700 (without it the window fits the screen)")
    private Size size;

    @Option(names = LabApplication.SMOKE_TEST_FLAG,
            description = "open the window, render a frame and exit (0 = it worked)")
    private boolean smokeTest;

    /**
     * Reads the options.
     *
     * @throws IllegalArgumentException with a one-line message for the learner if an option is wrong
     */
    public static LaunchOptions parse(List<String> args) {
        LaunchOptions options = new LaunchOptions();
        if (!args.isEmpty()) {
            // Without arguments the defaults stand; building the parser would only delay the window.
            CommandLines.parse(options, args.toArray(new String[0]));
        }
        return options;
    }

    /** The lesson to open, if given. */
    public Optional<String> scenario() {
        return Optional.ofNullable(lesson).map(given -> given.scenario);
    }

    /** The exercise to open, read and checked, if given. */
    public Optional<Exercise> exercise() {
        return Optional.ofNullable(lesson).map(given -> given.exercise);
    }

    /** The language to show, if given (not remembered). */
    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    /** The simulated time to open at, if given; at most {@link #MAX_AT_MILLIS}. */
    public OptionalLong atMillis() {
        return atMillis == null ? OptionalLong.empty() : OptionalLong.of(atMillis);
    }

    /** Segments to drop, as if clicked. */
    public List<ScriptedFault> drops() {
        return List.copyOf(drops);
    }

    /** The file to open at start, if any: given with --open or as the positional argument. */
    public Optional<Path> open() {
        return Optional.ofNullable(opened).map(given -> given.open != null ? given.open : given.file);
    }

    /** The window's width and height in pixels, if given. */
    public Optional<double[]> size() {
        return Optional.ofNullable(size).map(given -> new double[] {given.width(), given.height()});
    }

    /** Open, render, and exit. */
    public boolean smokeTest() {
        return smokeTest;
    }

    /** Reads {@code --exercise}: an exercise file, checked whole. */
    static final class ExerciseFile implements ITypeConverter<Exercise> {
        @Override
        public Exercise convert(String file) {
            try {
                return ExerciseFiles.read(Path.of(file));
            } catch (ExerciseProblem problem) {
                throw new TypeConversionException(Messages.of(Language.ENGLISH).text(problem.problem()));
            } catch (InvalidPathException e) {
                throw new TypeConversionException("not a file name: " + ShownValue.quoted(file));
            }
        }
    }

    /** Reads {@code --language}: a language's tag. */
    static final class LanguageTag implements ITypeConverter<Language> {
        @Override
        public Language convert(String tag) {
            return Language.fromTag(tag).orElseThrow(() -> new TypeConversionException("expected one of "
                    + String.join(", ", new LanguageTags()) + ", got " + ShownValue.quoted(tag)));
        }
    }

    /** The tags {@code --language} accepts, from the one list of languages. */
    static final class LanguageTags implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Language.values()).map(Language::tag).iterator();
        }
    }

    /** Reads {@code --at}: any whole number of milliseconds from 0, clamped to {@link #MAX_AT_MILLIS}. */
    static final class AtMillis implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            return Math.min(NumberText.whole(text, 0, Long.MAX_VALUE), MAX_AT_MILLIS);
        }
    }

    /** A window's width and height in pixels. */
    record Size(double width, double height) {
    }

    /** Reads {@code --size}: WIDTHxHEIGHT in pixels. */
    static final class SizeText implements ITypeConverter<Size> {
        @Override
        public Size convert(String text) {
            String[] parts = text.split("x", 3);
            if (parts.length == 2) {
                try {
                    long width = NumberText.whole(parts[0], (long) LabApplication.MIN_WIDTH, MAX_SIDE);
                    long height = NumberText.whole(parts[1], (long) LabApplication.MIN_HEIGHT, MAX_SIDE);
                    return new Size(width, height);
                } catch (TypeConversionException e) {
                    // reported below, with both sides' ranges
                }
            }
            throw new TypeConversionException("expected WIDTHxHEIGHT from " + (int) LabApplication.MIN_WIDTH + "x"
                    + (int) LabApplication.MIN_HEIGHT + " to " + MAX_SIDE + "x" + MAX_SIDE + ", got "
                    + ShownValue.quoted(text));
        }
    }
}
