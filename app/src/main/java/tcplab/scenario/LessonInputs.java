package tcplab.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import tcplab.engine.LinuxSetting;
import tcplab.engine.LinuxSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;

/**
 * Everything a learner chooses for a simulated lesson, as one value: the scenario, the timer
 * profile, the seed, the initial sequence numbers, each direction's link and the segments they
 * dropped. Being one value, a whole set of choices (a new scenario, an exercise read from a file)
 * is made in one step, and one step is one run of the simulator.
 *
 * @param scenario      the lesson
 * @param profile       the timer profile
 * @param seed          the seed of the run's randomness
 * @param fixedIsn      whether the ISNs below are used; if not, they are chosen as RFC 9293 says
 * @param clientIsn     the client's ISN when fixed
 * @param serverIsn     the server's ISN when fixed
 * @param links         each direction's link as the learner set it, by sender
 * @param learnerFaults the segments the learner dropped, on top of the scenario's own faults
 * @param linux         the hosts' kernel settings under the Linux profile: the scenario's own until
 *                      the learner changes them
 */
public record LessonInputs(Scenario scenario, TimerProfile profile, long seed, boolean fixedIsn, long clientIsn,
                           long serverIsn, Map<Side, LinkChoice> links, List<ScriptedFault> learnerFaults,
                           LinuxSettings linux) {

    /** Fixed ISNs offered when the learner asks for readable numbers. */
    public static final long DEFAULT_CLIENT_ISN = 1000;
    public static final long DEFAULT_SERVER_ISN = 5000;

    public LessonInputs {
        links = Map.copyOf(links);
        learnerFaults = List.copyOf(learnerFaults);
        Objects.requireNonNull(linux, "linux");
        if (!links.keySet().equals(Set.of(Side.values()))) {
            throw new IllegalArgumentException("a link for each direction is needed: " + links.keySet());
        }
    }

    /** A scenario as it first appears: RFC timers, seed 1, readable ISNs, its own links, no faults of the learner's. */
    public static LessonInputs of(Scenario scenario) {
        return new LessonInputs(scenario, TimerProfile.RFC, 1, true, DEFAULT_CLIENT_ISN, DEFAULT_SERVER_ISN,
                scenarioLinks(scenario), List.of(), scenario.linux());
    }

    /**
     * Another scenario with the same profile, seed and ISNs and the learner's own faults: their
     * drops, and each loss, delay or jitter they changed from the previous scenario's link (the
     * values they left alone become the new scenario's). "Clear all faults" removes them. The
     * kernel settings are carried the same way: each one the learner changed from the previous
     * scenario's stays theirs, unless the new scenario sets that one itself ({@link
     * Scenario#setsItself}), since its lesson needs its value; the others become the new
     * scenario's. The same scenario again changes nothing.
     */
    public LessonInputs withScenario(Scenario chosen) {
        if (chosen.equals(scenario)) {
            return this;
        }
        Map<Side, LinkChoice> carried = Map.of(
                Side.CLIENT, link(Side.CLIENT).rebase(scenario.clientToServer(), chosen.clientToServer()),
                Side.SERVER, link(Side.SERVER).rebase(scenario.serverToClient(), chosen.serverToClient()));
        return new LessonInputs(chosen, profile, seed, fixedIsn, clientIsn, serverIsn, carried, learnerFaults,
                carriedLinux(chosen));
    }

    private LinuxSettings carriedLinux(Scenario chosen) {
        LinuxSettings carried = chosen.linux();
        for (LinuxSetting setting : LinuxSetting.values()) {
            boolean changed = linux.get(setting) != scenario.linux().get(setting);
            if (changed && !chosen.setsItself(setting)) {
                carried = carried.with(setting, linux.get(setting));
            }
        }
        return carried;
    }

    public LessonInputs withProfile(TimerProfile chosen) {
        return new LessonInputs(scenario, chosen, seed, fixedIsn, clientIsn, serverIsn, links, learnerFaults, linux);
    }

    public LessonInputs withSeed(long chosen) {
        return new LessonInputs(scenario, profile, chosen, fixedIsn, clientIsn, serverIsn, links, learnerFaults, linux);
    }

    public LessonInputs withFixedIsn(boolean chosen) {
        return new LessonInputs(scenario, profile, seed, chosen, clientIsn, serverIsn, links, learnerFaults, linux);
    }

    public LessonInputs withClientIsn(long chosen) {
        return new LessonInputs(scenario, profile, seed, fixedIsn, chosen, serverIsn, links, learnerFaults, linux);
    }

    public LessonInputs withServerIsn(long chosen) {
        return new LessonInputs(scenario, profile, seed, fixedIsn, clientIsn, chosen, links, learnerFaults, linux);
    }

    /** Other kernel settings for the Linux profile. */
    public LessonInputs withLinux(LinuxSettings chosen) {
        return new LessonInputs(scenario, profile, seed, fixedIsn, clientIsn, serverIsn, links, learnerFaults, chosen);
    }

    /** The link that carries what {@code from} sends. */
    public LinkChoice link(Side from) {
        return links.get(from);
    }

    public LessonInputs withLink(Side from, LinkChoice chosen) {
        Map<Side, LinkChoice> changed = new EnumMap<>(links);
        changed.put(from, chosen);
        return new LessonInputs(scenario, profile, seed, fixedIsn, clientIsn, serverIsn, changed, learnerFaults, linux);
    }

    /** These inputs with one more fault of the learner's; the same inputs if it is already there. */
    public LessonInputs withFault(ScriptedFault fault) {
        if (learnerFaults.contains(fault)) {
            return this;
        }
        List<ScriptedFault> changed = new ArrayList<>(learnerFaults);
        changed.add(fault);
        return new LessonInputs(scenario, profile, seed, fixedIsn, clientIsn, serverIsn, links, changed, linux);
    }

    /** None of the learner's faults: the scenario's own links, and only the scenario's own faults. */
    public LessonInputs withoutFaults() {
        return new LessonInputs(scenario, profile, seed, fixedIsn, clientIsn, serverIsn, scenarioLinks(scenario),
                List.of(), linux);
    }

    /** What the simulator is asked to run: the scenario with the learner's links and faults. */
    public SimulationInput simulationInput() {
        OptionalLong client = fixedIsn ? OptionalLong.of(clientIsn) : OptionalLong.empty();
        OptionalLong server = fixedIsn ? OptionalLong.of(serverIsn) : OptionalLong.empty();
        List<ScriptedFault> faults = new ArrayList<>(scenario.faults());
        faults.addAll(learnerFaults);
        return new SimulationInput(scenario.script(), profile, seed, client, server,
                link(Side.CLIENT).settings(scenario.clientToServer()),
                link(Side.SERVER).settings(scenario.serverToClient()), faults, linux);
    }

    private static Map<Side, LinkChoice> scenarioLinks(Scenario scenario) {
        return Map.of(Side.CLIENT, LinkChoice.of(scenario.clientToServer()),
                Side.SERVER, LinkChoice.of(scenario.serverToClient()));
    }
}
