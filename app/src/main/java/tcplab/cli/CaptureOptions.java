package tcplab.cli;

import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import tcplab.capture.CapturePoint;
import tcplab.options.ShownValue;
import tcplab.options.WholeNumber;

/**
 * The {@code trace} options that print a connection of a capture file instead of a simulated
 * one. With {@code --from-pcap} nothing is simulated, so the options that shape a simulation
 * cannot be given with it.
 */
final class CaptureOptions {

    /** The options that go with {@code --from-pcap}; every other option of {@code trace} shapes a simulation. */
    private static final Set<String> WITH_CAPTURE = Set.of("--from-pcap", "--connection", "--list-connections",
            "--capture-point", "--absolute", "--help", "-h");

    @Option(names = "--from-pcap", paramLabel = "FILE", description = "print a TCP connection of this capture"
            + " (pcap or pcapng, as tcpdump and Wireshark write them) instead of a simulated one; its states are"
            + " inferred from its segments")
    private Path file;

    @Option(names = "--connection", paramLabel = "N", converter = ConnectionNumber.class,
            description = "with --from-pcap: the connection to print, numbered as --list-connections lists them"
                    + " (default: the first whose opening and closing were both captured, else the first)")
    private Long connection;

    @Option(names = "--list-connections", description = "with --from-pcap: list the capture's TCP connections and exit")
    private boolean listConnections;

    @Option(names = "--capture-point", paramLabel = "WHERE", converter = CapturePointName.class,
            description = "with --from-pcap: where the capture was taken: client, server, between (somewhere on"
                    + " the path) or both (each segment as it leaves its sender: loopback, or a capture this"
                    + " program wrote); default: found from the handshake's timing")
    private CapturePoint capturePoint;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The connection number, 1 and up. */
    static final class ConnectionNumber extends WholeNumber {
        ConnectionNumber() {
            super(1, Integer.MAX_VALUE);
        }
    }

    /** Reads {@code --capture-point}. */
    static final class CapturePointName implements ITypeConverter<CapturePoint> {
        @Override
        public CapturePoint convert(String text) {
            return switch (text) {
                case "client" -> CapturePoint.AT_CLIENT;
                case "server" -> CapturePoint.AT_SERVER;
                case "between" -> CapturePoint.BETWEEN;
                case "both" -> CapturePoint.AT_BOTH_HOSTS;
                default -> throw new TypeConversionException(
                        "expected client, server, between or both, got " + ShownValue.quoted(text));
            };
        }
    }

    /** Whether a capture is to be read; checks that the options given go together. */
    boolean given() {
        for (OptionSpec option : command.commandLine().getParseResult().matchedOptions()) {
            String name = option.longestName();
            if (file != null && !WITH_CAPTURE.contains(name)) {
                throw new ParameterException(command.commandLine(), name + ": cannot be combined with --from-pcap");
            }
            if (file == null && WITH_CAPTURE.contains(name) && !name.equals("--absolute") && !name.equals("--help")) {
                throw new ParameterException(command.commandLine(), name + ": needs --from-pcap FILE");
            }
        }
        return file != null;
    }

    Path file() {
        return file;
    }

    /** The connection asked for, 0 when none was. */
    int connection() {
        return connection == null ? 0 : connection.intValue();
    }

    boolean listConnections() {
        return listConnections;
    }

    /** The capture point given, or null to find it. */
    CapturePoint capturePoint() {
        return capturePoint;
    }
}
