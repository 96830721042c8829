package tcplab.cli;

import java.math.BigDecimal;
import java.util.Optional;
import picocli.CommandLine.Option;
import tcplab.options.Probability;

/** The loss probabilities {@code trace} takes, per direction or for both. */
final class LossOptions {

    @Option(names = "--loss", paramLabel = "P", converter = Probability.class,
            description = "probability 0..1 that the link loses a segment, both directions"
                    + " (default: the scenario's own, mostly 0)")
    private BigDecimal loss;

    @Option(names = "--loss-cs", paramLabel = "P", converter = Probability.class,
            description = "loss client to server only")
    private BigDecimal lossClientToServer;

    @Option(names = "--loss-sc", paramLabel = "P", converter = Probability.class,
            description = "loss server to client only")
    private BigDecimal lossServerToClient;

    Optional<BigDecimal> clientToServer() {
        return Optional.ofNullable(lossClientToServer != null ? lossClientToServer : loss);
    }

    Optional<BigDecimal> serverToClient() {
        return Optional.ofNullable(lossServerToClient != null ? lossServerToClient : loss);
    }
}
