package tcplab.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import tcplab.engine.LinkSettings;
import tcplab.engine.LinuxSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;
import tcplab.options.DropSpec;
import tcplab.options.Milliseconds;
import tcplab.options.ScenarioId;
import tcplab.options.ShownValue;
import tcplab.options.SysctlAssignment;
import tcplab.options.WholeNumber;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * What to simulate, as the {@code trace} and {@code sweep} options say it: a catalogue scenario
 * whose own link settings the options override direction by direction, and whose own faults the
 * {@code --drop} specs add to. The loss options are the caller's: {@code sweep} sets its own.
 */
final class SimulationOptions {

    /** The scenario a bare command runs. */
    static final String DEFAULT_SCENARIO = "handshake";
    /** A fixed seed, so that a bare command prints the same trace every time. */
    static final long DEFAULT_SEED = 1;

    @Option(names = "--scenario", paramLabel = "ID", converter = ScenarioId.class,
            description = "catalogue scenario (default " + DEFAULT_SCENARIO + "; see trace --list)")
    private String scenarioId = DEFAULT_SCENARIO;

    @Option(names = "--profile", paramLabel = "rfc|linux", converter = ProfileName.class,
            description = "timer constants: RFC 9293/6298 or Linux defaults (default rfc)")
    private TimerProfile profile = TimerProfile.RFC;

    @Option(names = "--seed", paramLabel = "N", converter = WholeNumber.Any.class,
            description = "seed of the run's one random source (default " + DEFAULT_SEED + ")")
    private long seed = DEFAULT_SEED;

    @Option(names = "--isn-client", paramLabel = "N", converter = Isn.class,
            description = "fixed client initial sequence number, 0..4294967295")
    private Long isnClient;

    @Option(names = "--isn-server", paramLabel = "N", converter = Isn.class,
            description = "fixed server ISN (default for both: RFC 9293 3.4.1 generator, from the seed)")
    private Long isnServer;

    @Option(names = "--delay", paramLabel = "MS", converter = Milliseconds.class,
            description = "one-way delay in both directions, in ms from 0 to " + Milliseconds.MAX_MILLIS
                    + " (one day) with at most 3 decimals (default: the scenario's own, 50 ms for most)")
    private Long delayMicros;

    @Option(names = "--delay-cs", paramLabel = "MS", converter = Milliseconds.class,
            description = "delay client to server only")
    private Long delayClientToServerMicros;

    @Option(names = "--delay-sc", paramLabel = "MS", converter = Milliseconds.class,
            description = "delay server to client only")
    private Long delayServerToClientMicros;

    @Option(names = "--jitter", paramLabel = "MS", converter = Milliseconds.class,
            description = "extra random delay from 0 to MS, both directions, at most one day"
                    + " (default: the scenario's own, mostly 0)")
    private Long jitterMicros;

    @Option(names = "--drop", paramLabel = "SPEC", split = ",", converter = DropSpec.class,
            description = "drop chosen segments, added to the scenario's own faults; may be repeated."
                    + " C:N or C>S:#N drops the client's N-th segment (S:N or S>C:#N the server's);"
                    + " C>S:FLAGS#N the N-th client-to-server segment whose flags are exactly FLAGS"
                    + " (joined by +, e.g. S>C:SYN+ACK#1)")
    private List<ScriptedFault> drops = new ArrayList<>();

    @Option(names = "--sysctl", paramLabel = "NAME=VALUE", converter = SysctlAssignment.class,
            description = "a Linux kernel setting for --profile linux, named as sysctl names it (with or without"
                    + " net.ipv4.); may be repeated. Known: tcp_syn_retries, tcp_synack_retries,"
                    + " tcp_syn_linear_timeouts, tcp_fin_timeout, tcp_rfc1337, tcp_timestamps"
                    + " (default: Linux 6.5+ defaults, or the scenario's own)")
    private List<String> sysctls = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** Reads {@code --profile}: the profile's lower-case name. */
    static final class ProfileName implements ITypeConverter<TimerProfile> {
        @Override
        public TimerProfile convert(String text) {
            switch (text) {
                case "rfc":
                    return TimerProfile.RFC;
                case "linux":
                    return TimerProfile.LINUX;
                default:
                    throw new TypeConversionException("expected rfc or linux, got " + ShownValue.quoted(text));
            }
        }
    }

    /** A 32-bit initial sequence number. */
    static final class Isn extends WholeNumber {
        Isn() {
            super(0, 0xFFFF_FFFFL);
        }
    }

    long seed() {
        return seed;
    }

    /** The catalogue scenario {@code --scenario} names. */
    Scenario scenario() {
        return ScenarioCatalog.find(scenarioId).orElseThrow();
    }

    /** The user's own {@code --drop} faults, in the order given. */
    List<ScriptedFault> drops() {
        return List.copyOf(drops);
    }

    /**
     * The run the options describe, with {@code runSeed} and, where given, the loss probability of
     * each direction (else the scenario's own).
     */
    SimulationInput input(long runSeed, Optional<BigDecimal> lossClientToServer,
                          Optional<BigDecimal> lossServerToClient) {
        SimulationInput own = scenario().input(profile, runSeed, optional(isnClient), optional(isnServer));
        List<ScriptedFault> faults = new ArrayList<>(own.faults());
        faults.addAll(drops);
        LinkSettings clientToServer = link(own.clientToServer(), or(delayClientToServerMicros, delayMicros),
                lossClientToServer);
        LinkSettings serverToClient = link(own.serverToClient(), or(delayServerToClientMicros, delayMicros),
                lossServerToClient);
        return new SimulationInput(own.script(), own.profile(), own.seed(), own.isnClient(), own.isnServer(),
                clientToServer, serverToClient, faults, kernelSettings(own.linux()));
    }

    /** Refuses {@code --sysctl} without {@code --profile linux}: only the Linux profile has kernel settings. */
    void checkKernelSettings() {
        if (!sysctls.isEmpty() && profile != TimerProfile.LINUX) {
            throw new ParameterException(command.commandLine(), "--sysctl: kernel settings need --profile linux"
                    + " (the rfc profile follows RFC 9293 and RFC 6298, not a kernel)");
        }
    }

    /** The scenario's kernel settings with the {@code --sysctl} ones applied, in order. */
    private LinuxSettings kernelSettings(LinuxSettings own) {
        checkKernelSettings();
        LinuxSettings settings = own;
        for (String assignment : sysctls) {
            settings = settings.with(assignment);
        }
        return settings;
    }

    private LinkSettings link(LinkSettings own, Long delay, Optional<BigDecimal> loss) {
        return new LinkSettings(delay != null ? delay : own.delayMicros(),
                jitterMicros != null ? jitterMicros : own.jitterMicros(),
                loss.map(BigDecimal::doubleValue).orElse(own.loss()), own.duplicate(), own.reorder());
    }

    private static Long or(Long specific, Long general) {
        return specific != null ? specific : general;
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
