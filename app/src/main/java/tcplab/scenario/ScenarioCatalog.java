package tcplab.scenario;

import java.util.List;
import java.util.Optional;

/** The lessons the lab offers. (Contract placeholder until the engine lands.) */
public final class ScenarioCatalog {

    private ScenarioCatalog() {
    }

    /** Every scenario, in the order a course would take them. */
    public static List<Scenario> all() {
        return List.of();
    }

    /** The scenario with the given id. */
    public static Optional<Scenario> find(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
