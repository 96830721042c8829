package tcplab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.Trace;
import tcplab.explain.EventExplainer;
import tcplab.i18n.Language;
import tcplab.options.DropSpec;
import tcplab.options.ExitStatus;
import tcplab.options.ExplanationLanguages;
import tcplab.options.HelpOption;
import tcplab.options.ShownValue;
import tcplab.pcap.PcapWriter;
import tcplab.scenario.LessonInputs;

/** {@code trace}: one simulated connection as a tab-separated table, optionally also as a pcap file. */
@Command(name = "trace", sortOptions = false,
        description = "print one simulated connection as a tab-separated table (--pcap: also as a capture file)",
        footer = {"", "Runs one simulated connection and prints every event as a tab-separated table:",
                "  t_ms side event flags seq ack len state",
                "t_ms is simulated time; side is C or S (the sender for send, drop and dup, the receiver for recv);",
                "seq and ack are relative to the sender's and the receiver's ISN in the segment's connection,",
                "as Wireshark shows them (ack is 0 on a segment without ACK).",
                "--explain adds a last column, explanation: the paragraphs the window's explanation panel shows first",
                "when it stands on the event, in the numbering of seq and ack. It also adds rows for timer starts",
                "(arm) and stops (stop). Within the column a backslash is written \\\\, a tab \\t, a newline \\n",
                "and a carriage return \\r. A newline separates paragraphs; with both, the Korean paragraphs",
                "come first, then an empty line (\\n\\n), then the English ones.",
                "A --drop spec that names a segment the run never sends is an error: nothing is printed.",
                "",
                "Every value is checked before anything runs, --help and --list included.",
                "Exit status: 0 done, 2 bad options (one line on stderr names the option), 1 internal error",
                "or output that cannot be written."})
public final class TraceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Mixin
    private SimulationOptions simulation;

    @Mixin
    private LossOptions loss;

    @Option(names = "--absolute", description = "print raw 32-bit seq and ack instead of relative ones")
    private boolean absolute;

    @Option(names = "--explain", paramLabel = "ko|en|both", converter = ExplanationLanguages.class,
            description = "add each event's explanation as a last column, in Korean, English or both")
    private List<Language> explain;

    @Option(names = "--pcap", paramLabel = "FILE", description = "also write the segments as a pcap file, as"
            + " captured on the wire at each sender: every transmission, lost ones too (open it in Wireshark);"
            + " written whole or not at all")
    private Path pcap;

    @Option(names = "--list", description = "list the scenarios and exit")
    private boolean list;

    @Option(names = "--exercise", paramLabel = "FILE", description = "run an exercise file (.tcplab) exactly as the"
            + " window shows it; it sets the lesson, profile, seed, ISNs, links and drops, so none of those"
            + " options may be given with it")
    private Path exercise;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            ScenarioList.print(out);
            return ExitStatus.OK;
        }
        SimulationInput input;
        List<ScriptedFault> drops;
        Trace trace;
        if (exercise != null) {
            LessonInputs lesson = ExerciseOption.read(spec, exercise);
            input = lesson.simulationInput();
            drops = lesson.learnerFaults();
            // As in the window: a drop of a segment this run never sends is no error there either.
            trace = Simulator.run(input);
        } else {
            input = simulation.input(simulation.seed(), loss.clientToServer(), loss.serverToClient());
            drops = simulation.drops();
            trace = Simulator.run(input);
            List<ScriptedFault> neverSent = DropTargets.neverSent(trace, drops);
            if (!neverSent.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--drop: " + DropSpec.format(neverSent.get(0))
                        + " names a segment this run never sends (" + DropTargets.sentCounts(trace) + ")");
            }
        }
        if (pcap != null) {
            writePcap(trace, pcap);
        }
        Optional<ExplanationColumn> explanation = Optional.ofNullable(explain).map(languages -> new ExplanationColumn(
                new EventExplainer(trace, !absolute, drops, EventExplainer.fixedIsns(input)), languages));
        new TraceTable(trace, absolute, explanation).print(out);
        return ExitStatus.OK;
    }

    /** Writes beside the target and renames, so a failed write never leaves a truncated capture. */
    private void writePcap(Trace trace, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || file.getFileName() == null || file.getFileName().toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--pcap: not a file name: " + ShownValue.quoted(file.toString()));
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                PcapWriter.write(trace, out);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ParameterException(spec.commandLine(),
                    "--pcap: cannot write " + ShownValue.quoted(file.toString()) + ": " + reason(e));
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // The write already failed and is reported; a leftover part file is named for what it is.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        } else if (e instanceof AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
