package tcplab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tcplab.engine.Simulator;
import tcplab.engine.Trace;
import tcplab.pcap.PcapWriter;

/** {@code trace}: one simulated connection as a tab-separated table, optionally also as a pcap file. */
final class TraceCommand implements Subcommand {

    private static final Set<String> VALUED = union(SimulationOptions.SETUP, SimulationOptions.LOSS, Set.of("--pcap"));
    private static final Set<String> FLAGS = Set.of("--absolute", "--list", "--help");

    private static final String HELP = String.join("\n",
            "Usage: trace [options]",
            "Runs one simulated connection and prints every event as a tab-separated table:",
            "  " + TraceTable.HEADER.replace('\t', ' '),
            "t_ms is simulated time; side is C or S (the sender for send, drop and dup, the receiver for recv);",
            "seq and ack are relative to the sender's and the receiver's ISN in the segment's connection,",
            "as Wireshark shows them (ack is 0 on a segment without ACK).",
            "",
            "Options:",
            SimulationOptions.SETUP_HELP,
            SimulationOptions.LOSS_HELP,
            "  --absolute           print raw 32-bit seq and ack instead of relative ones",
            "  --pcap FILE          also write the segments as a pcap file, as captured on the wire at each",
            "                       sender: every transmission, lost ones too (open it in Wireshark)",
            "  --list               list the scenarios and exit",
            "  --help               show this help and exit",
            "",
            "Exit status: 0 done, 2 bad options (one line on stderr names the option), 1 internal error.");

    @Override
    public String summary() {
        return "print one simulated connection as a tab-separated table (--pcap: also as a capture file)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, VALUED, FLAGS);
        if (options.flag("--help")) {
            out.println(HELP);
            return CommandLine.OK;
        }
        if (options.flag("--list")) {
            ScenarioList.print(out);
            return CommandLine.OK;
        }
        SimulationOptions simulation = SimulationOptions.read(options);
        Optional<Path> pcap = pcapPath(options);
        Trace trace = Simulator.run(simulation.input());
        if (pcap.isPresent()) {
            writePcap(trace, pcap.get());
        }
        new TraceTable(trace, options.flag("--absolute")).print(out);
        return CommandLine.OK;
    }

    private static Optional<Path> pcapPath(Options options) throws UsageException {
        Optional<String> text = options.string("--pcap");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text.get()));
        } catch (InvalidPathException e) {
            throw new UsageException("--pcap: not a file name: '" + text.get() + "'");
        }
    }

    private static void writePcap(Trace trace, Path file) throws UsageException {
        try (OutputStream out = Files.newOutputStream(file)) {
            PcapWriter.write(trace, out);
        } catch (IOException e) {
            throw new UsageException("--pcap: cannot write '" + file + "': " + reason(e));
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

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
