package tcplab.engine;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Everything a run depends on. Equal inputs give equal traces.
 *
 * @param script        what the two applications do, and when
 * @param profile       the timer constants
 * @param seed          seeds the one random source (link randomness, and the ISN clock offset and key)
 * @param isnClient     a fixed client ISN for readable lessons (used for every connection the client
 *                      opens); empty for the RFC 9293 3.4.1 generator
 * @param isnServer     likewise for the server
 * @param clientToServer the link from client to server
 * @param serverToClient the link from server to client
 * @param faults        scripted faults aimed at chosen segments
 * @param linux         the kernel settings of both hosts, followed under {@link TimerProfile#LINUX}
 *                      and ignored under {@link TimerProfile#RFC}
 */
public record SimulationInput(ApplicationScript script, TimerProfile profile, long seed,
                              OptionalLong isnClient, OptionalLong isnServer,
                              LinkSettings clientToServer, LinkSettings serverToClient,
                              List<ScriptedFault> faults, LinuxSettings linux) {

    public SimulationInput {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(isnClient, "isnClient");
        Objects.requireNonNull(isnServer, "isnServer");
        Objects.requireNonNull(clientToServer, "clientToServer");
        Objects.requireNonNull(serverToClient, "serverToClient");
        faults = List.copyOf(faults);
        Objects.requireNonNull(linux, "linux");
    }

    /** A run whose hosts, under the Linux profile, have Linux's default settings. */
    public SimulationInput(ApplicationScript script, TimerProfile profile, long seed,
                           OptionalLong isnClient, OptionalLong isnServer,
                           LinkSettings clientToServer, LinkSettings serverToClient,
                           List<ScriptedFault> faults) {
        this(script, profile, seed, isnClient, isnServer, clientToServer, serverToClient, faults,
                LinuxSettings.DEFAULTS);
    }

    /** The same run with other kernel settings. */
    public SimulationInput withLinux(LinuxSettings settings) {
        return new SimulationInput(script, profile, seed, isnClient, isnServer, clientToServer, serverToClient,
                faults, settings);
    }
}
