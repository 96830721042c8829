package tcplab.scenario;

import java.util.List;
import java.util.OptionalLong;
import tcplab.engine.ApplicationScript;
import tcplab.engine.LinkSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;

/**
 * One lesson of the catalogue, as data. Its title and summary are the i18n keys
 * {@code scenario.<id>.title} and {@code scenario.<id>.summary}.
 */
public record Scenario(String id, ApplicationScript script, LinkSettings clientToServer,
                       LinkSettings serverToClient, List<ScriptedFault> faults) {

    public Scenario {
        faults = List.copyOf(faults);
    }

    /** The scenario's own link and faults with the given profile, seed and ISN choice. */
    public SimulationInput input(TimerProfile profile, long seed, OptionalLong isnClient, OptionalLong isnServer) {
        return new SimulationInput(script, profile, seed, isnClient, isnServer, clientToServer, serverToClient, faults);
    }
}
