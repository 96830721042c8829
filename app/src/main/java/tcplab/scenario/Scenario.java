package tcplab.scenario;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import tcplab.engine.ApplicationScript;
import tcplab.engine.LinkSettings;
import tcplab.engine.LinuxSetting;
import tcplab.engine.LinuxSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;

/**
 * One lesson of the catalogue, as data. Its title and summary are the i18n keys
 * {@code scenario.<id>.title} and {@code scenario.<id>.summary}.
 *
 * @param linux the kernel settings the lesson runs with under the Linux profile; a learner may
 *              change them further
 */
public record Scenario(String id, ApplicationScript script, LinkSettings clientToServer,
                       LinkSettings serverToClient, List<ScriptedFault> faults, LinuxSettings linux) {

    public Scenario {
        faults = List.copyOf(faults);
        Objects.requireNonNull(linux, "linux");
    }

    /** A lesson on hosts with Linux's default settings. */
    public Scenario(String id, ApplicationScript script, LinkSettings clientToServer,
                    LinkSettings serverToClient, List<ScriptedFault> faults) {
        this(id, script, clientToServer, serverToClient, faults, LinuxSettings.DEFAULTS);
    }

    /** Whether the lesson runs with its own value of {@code setting}, not Linux's default: its lesson is about it. */
    public boolean setsItself(LinuxSetting setting) {
        return linux.get(setting) != LinuxSettings.DEFAULTS.get(setting);
    }

    /** The scenario's own link, faults and kernel settings with the given profile, seed and ISN choice. */
    public SimulationInput input(TimerProfile profile, long seed, OptionalLong isnClient, OptionalLong isnServer) {
        return new SimulationInput(script, profile, seed, isnClient, isnServer, clientToServer, serverToClient, faults,
                linux);
    }
}
