package tcplab.cli;

import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tcplab.capture.CaptureContents;
import tcplab.capture.CaptureFile;
import tcplab.capture.CapturedConnection;
import tcplab.capture.CapturedTrace;
import tcplab.capture.InferredState;
import tcplab.capture.ReadProgress;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.explain.EventExplainer;
import tcplab.i18n.Language;
import tcplab.options.ExitStatus;
import tcplab.options.ExplanationLanguages;
import tcplab.options.HelpOption;
import tcplab.options.ShownValue;
import tcplab.pcap.PcapFormatException;
import tcplab.pcap.PcapWriter;

/** {@code trace}: one simulated connection as a tab-separated table, optionally also as a pcap file. */
@Command(name = "trace", sortOptions = false,
        description = "print one simulated connection as a tab-separated table (--pcap: also as a capture file),"
                + " or one connection of a capture file (--from-pcap)",
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
                "--from-pcap FILE prints a captured connection in the same table, so that a capture and a",
                "simulation can be compared with ordinary tools (diff): its segments, those the capture shows lost",
                "as drop rows, and both hosts' RFC 9293 states inferred from the segments. t_ms counts from the",
                "connection's first estimated send; times on the far side of the capture point are estimated from",
                "the handshake's round trip. A state the capture cannot tell from another shows both, e.g.",
                "CLOSED|LAST-ACK when the last ACK may have been lost after the capture point. States that only a",
                "timer changes (the end of TIME-WAIT) show in no segment and are left out. A file that is not a",
                "well-formed capture is refused with one line naming the problem and its byte offset.",
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

    @Mixin
    private CaptureOptions capture;

    @Option(names = "--exercise", paramLabel = "FILE", description = "run an exercise file (.tcplab) exactly as the"
            + " window shows it; it sets the lesson, profile, seed, ISNs, links and drops, so none of those"
            + " options may be given with it")
    private Path exercise;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (capture.given()) {
            return printCapture(out);
        }
        if (list) {
            ScenarioList.print(out);
            return ExitStatus.OK;
        }
        SimulatedRun run = SimulatedRun.of(spec, simulation, loss, exercise);
        Trace trace = run.trace();
        if (pcap != null) {
            writePcap(trace, pcap);
        }
        Optional<ExplanationColumn> explanation = Optional.ofNullable(explain).map(languages -> new ExplanationColumn(
                new EventExplainer(trace, !absolute, run.drops(), EventExplainer.fixedIsns(run.input())), languages));
        new TraceTable(trace, absolute, explanation).print(out);
        return ExitStatus.OK;
    }

    /** Prints the connection of the capture, or the list of its connections, that the options ask for. */
    private int printCapture(PrintWriter out) {
        Path file = capture.file();
        String named = ShownValue.quoted((file.getFileName() != null ? file.getFileName() : file).toString());
        CaptureContents contents;
        try {
            contents = CaptureFile.read(file, ReadProgress.NONE, () -> false);
        } catch (PcapFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "--from-pcap: " + named + ": " + ShownValue.escaped(e.getMessage()));
        } catch (InterruptedIOException e) {
            throw new IllegalStateException("nothing cancels the command line's read", e);
        }
        if (capture.listConnections()) {
            ConnectionList.print(contents, out);
            return ExitStatus.OK;
        }
        int count = contents.connections().size();
        CapturedConnection connection = (capture.connection() > 0
                ? contents.connection(capture.connection()) : contents.defaultConnection())
                .orElseThrow(() -> new ParameterException(spec.commandLine(), count == 0
                        ? "--from-pcap: " + named + " holds no TCP connection"
                        : "--connection: " + named + " holds " + count + (count == 1 ? " TCP connection" : " TCP connections")
                        + ", numbered from 1 (see --list-connections)"));
        CapturedTrace captured = capture.capturePoint() == null
                ? connection.toTrace() : connection.toTrace(capture.capturePoint());
        Map<Integer, TcpState> alternatives = new HashMap<>();
        for (InferredState state : captured.states()) {
            state.alternative().ifPresent(other -> alternatives.put(state.eventIndex(), other));
        }
        Optional<ExplanationColumn> explanation = Optional.ofNullable(explain).map(languages ->
                new ExplanationColumn(new EventExplainer(captured.trace(), !absolute), languages));
        new TraceTable(captured.trace(), absolute, alternatives, explanation).print(out);
        return ExitStatus.OK;
    }

    /** Writes beside the target and renames, so a failed write never leaves a truncated capture. */
    private void writePcap(Trace trace, Path file) {
        OutputFile.write(spec, "--pcap", file, out -> PcapWriter.write(trace, out));
    }
}
