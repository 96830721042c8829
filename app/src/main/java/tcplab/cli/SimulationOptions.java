package tcplab.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import tcplab.engine.LinkSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * What to simulate, as the {@code trace} and {@code sweep} options say it: a catalogue scenario
 * whose own link settings the options override direction by direction, and whose own faults the
 * {@code --drop} specs add to.
 */
final class SimulationOptions {

    /** The scenario a bare command runs. */
    static final String DEFAULT_SCENARIO = "handshake";
    /** A fixed seed, so that a bare command prints the same trace every time. */
    static final long DEFAULT_SEED = 1;

    /** Options that choose the scenario, profile, seed, ISNs, delays and scripted drops. */
    static final Set<String> SETUP = Set.of("--scenario", "--profile", "--seed", "--isn-client", "--isn-server",
            "--delay", "--delay-cs", "--delay-sc", "--jitter", "--drop");
    /** Options that set the loss probability. */
    static final Set<String> LOSS = Set.of("--loss", "--loss-cs", "--loss-sc");

    /** Help lines for {@link #SETUP}. */
    static final String SETUP_HELP = String.join("\n",
            "  --scenario ID        catalogue scenario (default " + DEFAULT_SCENARIO + "; see trace --list)",
            "  --profile rfc|linux  timer constants: RFC 9293/6298 or Linux defaults (default rfc)",
            "  --seed N             seed of the run's one random source (default " + DEFAULT_SEED + ")",
            "  --isn-client N       fixed client initial sequence number, 0..4294967295",
            "  --isn-server N       fixed server ISN (default for both: RFC 9293 3.4.1 generator, from the seed)",
            "  --delay MS           one-way delay in both directions, in ms",
            "                       (default: the scenario's own, 50 ms for most)",
            "  --delay-cs MS        delay client to server only",
            "  --delay-sc MS        delay server to client only",
            "  --jitter MS          extra random delay from 0 to MS, both directions",
            "                       (default: the scenario's own, mostly 0)",
            "  --drop SPEC[,SPEC]   drop chosen segments, added to the scenario's own faults: C>S:FLAGS#N drops the",
            "                       N-th client-to-server segment whose flags are exactly FLAGS (joined by +, e.g.",
            "                       S>C:SYN+ACK#1); C>S:#N the N-th whatever its flags");
    /** Help lines for {@link #LOSS}. */
    static final String LOSS_HELP = String.join("\n",
            "  --loss P             probability 0..1 that the link loses a segment, both directions",
            "                       (default: the scenario's own, mostly 0)",
            "  --loss-cs P          loss client to server only",
            "  --loss-sc P          loss server to client only");

    private final Scenario scenario;
    private final TimerProfile profile;
    private final long seed;
    private final OptionalLong isnClient;
    private final OptionalLong isnServer;
    private final Direction clientToServer;
    private final Direction serverToClient;
    private final List<ScriptedFault> drops;

    /** The user's overrides for one direction of the link; empty where the scenario decides. */
    private record Direction(Optional<Long> delayMicros, Optional<Long> jitterMicros, Optional<BigDecimal> loss) {

        LinkSettings applyTo(LinkSettings link) {
            return new LinkSettings(delayMicros.orElse(link.delayMicros()), jitterMicros.orElse(link.jitterMicros()),
                    loss.map(BigDecimal::doubleValue).orElse(link.loss()), link.duplicate(), link.reorder());
        }

        Direction withLoss(double p) {
            return new Direction(delayMicros, jitterMicros, Optional.of(BigDecimal.valueOf(p)));
        }
    }

    private SimulationOptions(Scenario scenario, TimerProfile profile, long seed, OptionalLong isnClient,
                              OptionalLong isnServer, Direction clientToServer, Direction serverToClient,
                              List<ScriptedFault> drops) {
        this.scenario = scenario;
        this.profile = profile;
        this.seed = seed;
        this.isnClient = isnClient;
        this.isnServer = isnServer;
        this.clientToServer = clientToServer;
        this.serverToClient = serverToClient;
        this.drops = List.copyOf(drops);
    }

    /**
     * Reads the {@link #SETUP} options and, where the command accepts them, the {@link #LOSS}
     * ones. The scenario is looked up last, so a malformed value is reported before an unknown id.
     */
    static SimulationOptions read(Options options) throws UsageException {
        TimerProfile profile = profile(options.string("--profile"));
        long seed = options.integer("--seed", Long.MIN_VALUE, Long.MAX_VALUE).orElse(DEFAULT_SEED);
        OptionalLong isnClient = isn(options, "--isn-client");
        OptionalLong isnServer = isn(options, "--isn-server");
        Optional<Long> delay = options.millisAsMicros("--delay");
        Optional<Long> jitter = options.millisAsMicros("--jitter");
        Optional<BigDecimal> loss = options.probability("--loss");
        Direction clientToServer = new Direction(or(options.millisAsMicros("--delay-cs"), delay), jitter,
                or(options.probability("--loss-cs"), loss));
        Direction serverToClient = new Direction(or(options.millisAsMicros("--delay-sc"), delay), jitter,
                or(options.probability("--loss-sc"), loss));
        List<ScriptedFault> drops = new ArrayList<>();
        for (String list : options.all("--drop")) {
            drops.addAll(DropSpec.parseList("--drop", list));
        }
        String id = options.string("--scenario").orElse(DEFAULT_SCENARIO);
        Scenario scenario = ScenarioCatalog.find(id).orElseThrow(
                () -> new UsageException("--scenario: unknown scenario '" + id + "' (see trace --list)"));
        return new SimulationOptions(scenario, profile, seed, isnClient, isnServer, clientToServer, serverToClient,
                drops);
    }

    private static <T> Optional<T> or(Optional<T> specific, Optional<T> general) {
        return specific.isPresent() ? specific : general;
    }

    private static TimerProfile profile(Optional<String> text) throws UsageException {
        if (text.isEmpty()) {
            return TimerProfile.RFC;
        }
        switch (text.get()) {
            case "rfc":
                return TimerProfile.RFC;
            case "linux":
                return TimerProfile.LINUX;
            default:
                throw new UsageException("--profile: expected rfc or linux, got '" + text.get() + "'");
        }
    }

    private static OptionalLong isn(Options options, String name) throws UsageException {
        Optional<Long> value = options.integer(name, 0, 0xFFFF_FFFFL);
        return value.isPresent() ? OptionalLong.of(value.get()) : OptionalLong.empty();
    }

    Scenario scenario() {
        return scenario;
    }

    long seed() {
        return seed;
    }

    /** The run the options describe. */
    SimulationInput input() {
        return input(seed, clientToServer, serverToClient);
    }

    /** The same run with another seed and the given loss probability in both directions. */
    SimulationInput input(long runSeed, double loss) {
        return input(runSeed, clientToServer.withLoss(loss), serverToClient.withLoss(loss));
    }

    private SimulationInput input(long runSeed, Direction cs, Direction sc) {
        SimulationInput own = scenario.input(profile, runSeed, isnClient, isnServer);
        List<ScriptedFault> faults = new ArrayList<>(own.faults());
        faults.addAll(drops);
        return new SimulationInput(own.script(), own.profile(), own.seed(), own.isnClient(), own.isnServer(),
                cs.applyTo(own.clientToServer()), sc.applyTo(own.serverToClient()), faults, own.linux());
    }
}
