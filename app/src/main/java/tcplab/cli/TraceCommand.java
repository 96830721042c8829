package tcplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Simulator;
import tcplab.engine.Trace;
import tcplab.files.AtomicFile;
import tcplab.options.DropSpec;
import tcplab.options.ExitStatus;
import tcplab.options.HelpOption;
import tcplab.options.ShownValue;
import tcplab.pcap.PcapWriter;

/** {@code trace}: one simulated connection as a tab-separated table, optionally also as a pcap file. */
@Command(name = "trace", sortOptions = false,
        description = "print one simulated connection as a tab-separated table (--pcap: also as a capture file)",
        footer = {"", "Runs one simulated connection and prints every event as a tab-separated table:",
                "  t_ms side event flags seq ack len state",
                "t_ms is simulated time; side is C or S (the sender for send, drop and dup, the receiver for recv);",
                "seq and ack are relative to the sender's and the receiver's ISN in the segment's connection,",
                "as Wireshark shows them (ack is 0 on a segment without ACK).",
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

    @Option(names = "--pcap", paramLabel = "FILE", description = "also write the segments as a pcap file, as"
            + " captured on the wire at each sender: every transmission, lost ones too (open it in Wireshark);"
            + " written whole or not at all")
    private Path pcap;

    @Option(names = "--list", description = "list the scenarios and exit")
    private boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            ScenarioList.print(out);
            return ExitStatus.OK;
        }
        Trace trace = Simulator.run(simulation.input(simulation.seed(), loss.clientToServer(), loss.serverToClient()));
        List<ScriptedFault> neverSent = DropTargets.neverSent(trace, simulation.drops());
        if (!neverSent.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--drop: " + DropSpec.format(neverSent.get(0))
                    + " names a segment this run never sends (" + DropTargets.sentCounts(trace) + ")");
        }
        if (pcap != null) {
            writePcap(trace, pcap);
        }
        new TraceTable(trace, absolute).print(out);
        return ExitStatus.OK;
    }

    /** Writes beside the target and renames, so a failed write never leaves a truncated capture. */
    private void writePcap(Trace trace, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || file.getFileName() == null || file.getFileName().toString().isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--pcap: not a file name: " + ShownValue.quoted(file.toString()));
        }
        try {
            AtomicFile.write(file, out -> PcapWriter.write(trace, out));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(),
                    "--pcap: cannot write " + ShownValue.quoted(file.toString()) + ": " + reason(e));
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
