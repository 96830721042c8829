package tcplab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tcplab.guided.QuestionGenerator;
import tcplab.handout.Handout;
import tcplab.handout.HandoutRun;
import tcplab.i18n.Language;
import tcplab.options.ExitStatus;
import tcplab.options.ExplanationLanguages;
import tcplab.options.HelpOption;
import tcplab.pdf.HandoutFormat;

/** {@code handout}: one simulated lesson as a printable HTML handout, as the window's File menu writes it. */
@Command(name = "handout", sortOptions = false,
        description = "write one simulated lesson as a printable handout: a self-contained HTML page for A4",
        footer = {"", "The handout holds the lesson, its goal and the run's setup, the sequence diagram, every event",
                "as a numbered step with its time and the window's explanation, and the guided mode's questions:",
                "first with boxes to tick, then, from a new printed page, with the right answers and their feedback.",
                "Open it in a browser and print it. It is polyglot HTML, so XML tools read it as XHTML too.",
                "Named *.pdf, it is laid out as a PDF for A4 instead, the bundled fonts embedded (this takes seconds).",
                "The same options give the same file, byte for byte. It is written whole or not at all.",
                "",
                "Every value is checked before anything runs, --help included.",
                "Exit status: 0 done, 2 bad options or a file that cannot be written (one line on stderr names",
                "the option), 1 internal error."})
public final class HandoutCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Mixin
    private SimulationOptions simulation;

    @Mixin
    private LossOptions loss;

    @Option(names = "--exercise", paramLabel = "FILE", description = "write the handout of an exercise file (.tcplab)"
            + " as the window shows it; it sets the lesson, profile, seed, ISNs, links and drops, so none of those"
            + " options may be given with it")
    private Path exercise;

    @Option(names = "--language", paramLabel = "ko|en|both", converter = ExplanationLanguages.class,
            description = "write the handout in Korean, English or both, paragraph by paragraph (default both)")
    private List<Language> languages = List.of(Language.values());

    @Option(names = "--absolute", description = "tell raw 32-bit sequence numbers instead of relative ones")
    private boolean absolute;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
            description = "the file to write (replaced if it exists): a PDF for A4 when its name ends in .pdf,"
                    + " the HTML page otherwise")
    private Path output;

    @Override
    public Integer call() {
        SimulatedRun run = SimulatedRun.of(spec, simulation, loss, exercise);
        HandoutRun handout = new HandoutRun(run.scenario(), run.input(), run.drops(), run.trace(), !absolute);
        String page = Handout.render(handout, new QuestionGenerator(run.trace(), !absolute, run.teacherQuestions()).questions(), languages);
        HandoutFormat format = HandoutFormat.of(output).orElse(HandoutFormat.HTML);
        OutputFile.write(spec, "--output", output, out -> format.write(page, out));
        return ExitStatus.OK;
    }
}
