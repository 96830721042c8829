package tcplab.view;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tcplab.engine.LinuxSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.explain.EventExplainer;
import tcplab.i18n.Message;
import tcplab.playback.Flight;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;

/**
 * A lesson the engine simulates: the learner's inputs ({@link LessonInputs}, one value) and the
 * trace the simulator makes of them. Each change of the inputs is one run; a new scenario starts
 * a new lesson, any other change revises the trace, so the past stays as it was and only the
 * future changes.
 *
 * <p>The controls edit the inputs through one property per field; each is a view of the one
 * value, so setting the whole value (a new scenario) updates them all, and setting one of them
 * is one change of the whole.
 */
public final class SimulatedLesson implements TraceSource {

    private final Function<SimulationInput, Trace> simulator;
    private final ObjectProperty<LessonInputs> inputs = new SimpleObjectProperty<>(this, "inputs");
    private final ReadOnlyObjectWrapper<PublishedTrace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>(this, "error");

    private final ObjectProperty<Scenario> scenario;
    private final ObjectProperty<TimerProfile> profile;
    private final ObjectProperty<Long> seed;
    private final ObjectProperty<Boolean> fixedIsn;
    private final ObjectProperty<Long> clientIsn;
    private final ObjectProperty<Long> serverIsn;
    private final ObjectProperty<LinuxSettings> linux;
    private final Map<Side, LinkModel> links = new EnumMap<>(Side.class);
    private final ObservableList<ScriptedFault> learnerFaults = FXCollections.observableArrayList();
    private final ObservableList<ScriptedFault> shownFaults = FXCollections.unmodifiableObservableList(learnerFaults);

    /**
     * @param simulator turns inputs into a trace ({@code Simulator::run} in the app)
     * @param first     the scenario shown first
     */
    public SimulatedLesson(Function<SimulationInput, Trace> simulator, Scenario first) {
        this.simulator = simulator;
        inputs.set(LessonInputs.of(first));
        simulate(inputs.get(), false);
        inputs.addListener((obs, old, now) -> simulate(now, now.scenario() == old.scenario()));

        scenario = field("scenario", LessonInputs::scenario, LessonInputs::withScenario);
        profile = field("profile", LessonInputs::profile, LessonInputs::withProfile);
        seed = field("seed", LessonInputs::seed, LessonInputs::withSeed);
        fixedIsn = field("fixedIsn", LessonInputs::fixedIsn, LessonInputs::withFixedIsn);
        clientIsn = field("clientIsn", LessonInputs::clientIsn, LessonInputs::withClientIsn);
        serverIsn = field("serverIsn", LessonInputs::serverIsn, LessonInputs::withServerIsn);
        linux = field("linux", LessonInputs::linux, LessonInputs::withLinux);
        for (Side side : Side.values()) {
            links.put(side, new LinkModel(field("link" + side,
                    lesson -> lesson.link(side), (lesson, link) -> lesson.withLink(side, link))));
        }
        learnerFaults.setAll(inputs.get().learnerFaults());
        inputs.addListener((obs, old, now) -> {
            if (!now.learnerFaults().equals(learnerFaults)) {
                learnerFaults.setAll(now.learnerFaults());
            }
        });
    }

    /**
     * A property for one field of the inputs: setting it changes the inputs, and a change of the
     * inputs shows in it. Writing back an equal value changes nothing, so the two never loop.
     */
    private <T> ObjectProperty<T> field(String name, Function<LessonInputs, T> read,
                                        BiFunction<LessonInputs, T, LessonInputs> write) {
        ObjectProperty<T> field = new SimpleObjectProperty<>(this, name, read.apply(inputs.get()));
        field.addListener((obs, old, now) -> inputs.set(write.apply(inputs.get(), now)));
        inputs.addListener((obs, old, now) -> field.set(read.apply(now)));
        return field;
    }

    /** Runs the simulator for {@code chosen} and publishes the trace, or says why it could not. */
    private void simulate(LessonInputs chosen, boolean revision) {
        try {
            trace.set(new PublishedTrace(simulator.apply(chosen.simulationInput()), revision));
            error.set(null);
        } catch (RuntimeException e) {
            error.set(Message.of("error.simulation", String.valueOf(e.getMessage())));
            if (trace.get() == null) {
                trace.set(new PublishedTrace(new Trace(List.of(), 0), false));
            }
        }
    }

    /** Everything the learner chose, as one value. */
    public ObjectProperty<LessonInputs> inputsProperty() {
        return inputs;
    }

    @Override
    public ReadOnlyObjectProperty<PublishedTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * Drops the transmission the learner clicked at simulated time {@code now}, by naming its
     * sender's segment number in a fault; a transmission already over or lost stays as it was.
     */
    public void drop(Flight flight, long now) {
        if (flight.dropped() || flight.endAt() <= now) {
            return;
        }
        inputs.set(inputs.get().withFault(ScriptedFault.dropNth(flight.sender(), flight.ordinal())));
    }

    /** Drops the next segment {@code from} sends at or after simulated time {@code now}. */
    public void dropNext(Side from, long now) {
        int ordinal = 0;
        int lastOrdinal = 0;
        for (TraceEvent event : trace.get().trace().events()) {
            if (event instanceof SegmentSent sent && sent.side() == from) {
                lastOrdinal = Math.max(lastOrdinal, sent.ordinal());
                if (ordinal == 0 && sent.time() >= now && !alreadyDropped(from, sent.ordinal())) {
                    ordinal = sent.ordinal();
                }
            }
        }
        inputs.set(inputs.get().withFault(ScriptedFault.dropNth(from, ordinal == 0 ? lastOrdinal + 1 : ordinal)));
    }

    private boolean alreadyDropped(Side from, int ordinal) {
        return inputs.get().learnerFaults().contains(ScriptedFault.dropNth(from, ordinal));
    }

    /** Adds faults the learner named before the window opened (the command line's {@code --drop}). */
    public void addFaults(List<ScriptedFault> faults) {
        LessonInputs changed = inputs.get();
        for (ScriptedFault fault : faults) {
            changed = changed.withFault(fault);
        }
        inputs.set(changed);
    }

    /** Removes every fault the learner added and puts both directions back to the scenario's link. */
    public void clearFaults() {
        inputs.set(inputs.get().withoutFaults());
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<TimerProfile> profileProperty() {
        return profile;
    }

    public ObjectProperty<Long> seedProperty() {
        return seed;
    }

    public ObjectProperty<Boolean> fixedIsnProperty() {
        return fixedIsn;
    }

    public ObjectProperty<Long> clientIsnProperty() {
        return clientIsn;
    }

    public ObjectProperty<Long> serverIsnProperty() {
        return serverIsn;
    }

    /** The hosts' kernel settings under the Linux profile. */
    public ObjectProperty<LinuxSettings> linuxProperty() {
        return linux;
    }

    /** The learner's settings for the link that carries what {@code from} sends. */
    public LinkModel link(Side from) {
        return links.get(from);
    }

    /** The segments the learner dropped, in the order they chose them; change them through this lesson. */
    public ObservableList<ScriptedFault> learnerFaults() {
        return shownFaults;
    }

    @Override
    public Set<Side> fixedIsns() {
        return EventExplainer.fixedIsns(inputs.get().simulationInput());
    }
}
