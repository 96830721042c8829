package tcplab.view;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tcplab.engine.ScriptedFault;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Message;
import tcplab.playback.Flight;
import tcplab.playback.Frame;
import tcplab.playback.Playback;
import tcplab.playback.PlaybackSpeed;
import tcplab.playback.TraceCursor;
import tcplab.scenario.Scenario;

/**
 * The lab’s presentation state: what is simulated (scenario, profile, seed, ISNs, the learner’s
 * faults) and where the playback stands. Any change of the inputs runs the simulation again and
 * keeps the playback time, so the past stays as it was and only the future changes.
 */
public final class LabModel {

    /** Fixed ISNs offered when the learner asks for readable numbers. */
    public static final long DEFAULT_CLIENT_ISN = 1000;
    public static final long DEFAULT_SERVER_ISN = 5000;

    private final Function<SimulationInput, Trace> simulator;

    private final ObjectProperty<Scenario> scenario = new SimpleObjectProperty<>(this, "scenario");
    private final ObjectProperty<TimerProfile> profile = new SimpleObjectProperty<>(this, "profile", TimerProfile.RFC);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final BooleanProperty fixedIsn = new SimpleBooleanProperty(this, "fixedIsn", true);
    private final LongProperty clientIsn = new SimpleLongProperty(this, "clientIsn", DEFAULT_CLIENT_ISN);
    private final LongProperty serverIsn = new SimpleLongProperty(this, "serverIsn", DEFAULT_SERVER_ISN);
    private final Map<Side, LinkModel> links = new EnumMap<>(Side.class);
    private final ObservableList<ScriptedFault> learnerFaults = FXCollections.observableArrayList();
    private final BooleanProperty relativeNumbers = new SimpleBooleanProperty(this, "relativeNumbers", true);

    private final ReadOnlyObjectWrapper<TraceCursor> cursor = new ReadOnlyObjectWrapper<>(this, "cursor");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction");
    private final ObjectProperty<PlaybackSpeed> speed = new SimpleObjectProperty<>(this, "speed", PlaybackSpeed.NORMAL);
    private final ReadOnlyObjectWrapper<Message> error = new ReadOnlyObjectWrapper<>(this, "error");

    private Playback playback;
    private boolean resetting;

    /**
     * @param simulator turns inputs into a trace ({@code Simulator::run} in the app)
     * @param first     the scenario shown first
     */
    public LabModel(Function<SimulationInput, Trace> simulator, Scenario first) {
        this.simulator = simulator;
        for (Side side : Side.values()) {
            links.put(side, new LinkModel());
        }
        scenario.set(first);
        links.get(Side.CLIENT).reset(first.clientToServer());
        links.get(Side.SERVER).reset(first.serverToClient());
        simulate();
        scenario.addListener((obs, old, now) -> switchScenario());
        speed.addListener((obs, old, now) -> playback.setSpeed(now));
        List<Observable> inputs = new ArrayList<>(List.of(profile, seed, fixedIsn, clientIsn, serverIsn, learnerFaults));
        for (LinkModel link : links.values()) {
            inputs.addAll(List.of(link.lossPercentProperty(), link.delayMillisProperty(), link.jitterMillisProperty()));
        }
        inputs.forEach(input -> input.addListener(changed -> {
            if (!resetting) {
                simulate();
            }
        }));
    }

    /**
     * Shows another lesson from its start. The learner’s own faults stay: their drops, and the
     * loss, delay and jitter they changed from the previous lesson’s link; “Clear all faults”
     * removes them.
     */
    private void switchScenario() {
        resetting = true;
        try {
            Scenario chosen = scenario.get();
            links.get(Side.CLIENT).rebase(chosen.clientToServer());
            links.get(Side.SERVER).rebase(chosen.serverToClient());
        } finally {
            resetting = false;
        }
        playback = null;
        simulate();
    }

    /** Runs the simulation for the current inputs and shows it from the current time. */
    private void simulate() {
        Trace trace;
        try {
            trace = simulator.apply(input());
            error.set(null);
        } catch (RuntimeException e) {
            error.set(Message.of("error.simulation", String.valueOf(e.getMessage())));
            if (playback != null) {
                return;
            }
            trace = new Trace(List.of(), Map.of(), 0);
        }
        if (playback == null) {
            playback = new Playback(trace);
            playback.setSpeed(speed.get());
        } else {
            playback.replaceTrace(trace);
        }
        cursor.set(playback.cursor());
        publish();
    }

    /** What the simulator is asked to run: the scenario with the learner’s link and faults. */
    public SimulationInput input() {
        OptionalLong client = fixedIsn.get() ? OptionalLong.of(clientIsn.get()) : OptionalLong.empty();
        OptionalLong server = fixedIsn.get() ? OptionalLong.of(serverIsn.get()) : OptionalLong.empty();
        SimulationInput base = scenario.get().input(profile.get(), seed.get(), client, server);
        List<ScriptedFault> faults = new ArrayList<>(base.faults());
        faults.addAll(learnerFaults);
        return new SimulationInput(base.script(), base.profile(), base.seed(), base.isnClient(), base.isnServer(),
                links.get(Side.CLIENT).settings(), links.get(Side.SERVER).settings(), faults);
    }

    private void publish() {
        frame.set(playback.frame());
        playing.set(playback.playing());
        fraction.set(playback.fraction());
    }

    /** Wall-clock time passed: move on if playing. */
    public void tick(long wallNanos) {
        if (playback.advance(wallNanos) || playing.get() != playback.playing()) {
            publish();
        }
    }

    public void togglePlaying() {
        playback.togglePlaying();
        publish();
    }

    public void stepNext() {
        playback.stepNext();
        publish();
    }

    public void stepPrevious() {
        playback.stepPrevious();
        publish();
    }

    public void restart() {
        playback.restart();
        publish();
    }

    /** Jumps to simulated time {@code micros}. */
    public void seek(long micros) {
        playback.seek(micros);
        publish();
    }

    /** Jumps to a position on the scrub bar, 0 to 1. */
    public void seekFraction(double position) {
        playback.seekFraction(position);
        publish();
    }

    public void faster() {
        speed.set(speed.get().faster());
    }

    public void slower() {
        speed.set(speed.get().slower());
    }

    /**
     * Drops the transmission the learner clicked, by naming its sender’s segment number in a
     * fault; the trace is simulated again and the playback stays at the current time.
     */
    public void drop(Flight flight) {
        if (flight.dropped() || flight.endAt() <= time()) {
            return;
        }
        addDrop(flight.sender(), flight.ordinal());
    }

    /** Drops the next segment {@code from} sends at or after the current time. */
    public void dropNext(Side from) {
        int ordinal = 0;
        int lastOrdinal = 0;
        for (TraceEvent event : cursor.get().trace().events()) {
            if (event instanceof SegmentSent sent && sent.side() == from) {
                lastOrdinal = Math.max(lastOrdinal, sent.ordinal());
                if (ordinal == 0 && sent.time() >= time() && !alreadyDropped(from, sent.ordinal())) {
                    ordinal = sent.ordinal();
                }
            }
        }
        addDrop(from, ordinal == 0 ? lastOrdinal + 1 : ordinal);
    }

    private boolean alreadyDropped(Side from, int ordinal) {
        return learnerFaults.contains(ScriptedFault.dropNth(from, ordinal));
    }

    private void addDrop(Side from, int ordinal) {
        if (!alreadyDropped(from, ordinal)) {
            learnerFaults.add(ScriptedFault.dropNth(from, ordinal));
        }
    }

    /** Removes every fault the learner added and puts both directions back to the scenario’s link. */
    public void clearFaults() {
        resetting = true;
        try {
            learnerFaults.clear();
            links.values().forEach(LinkModel::reset);
        } finally {
            resetting = false;
        }
        simulate();
    }

    public long time() {
        return playback.time();
    }

    public ObjectProperty<Scenario> scenarioProperty() {
        return scenario;
    }

    public ObjectProperty<TimerProfile> profileProperty() {
        return profile;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public BooleanProperty fixedIsnProperty() {
        return fixedIsn;
    }

    public LongProperty clientIsnProperty() {
        return clientIsn;
    }

    public LongProperty serverIsnProperty() {
        return serverIsn;
    }

    public LinkModel link(Side from) {
        return links.get(from);
    }

    public ObservableList<ScriptedFault> learnerFaults() {
        return learnerFaults;
    }

    public BooleanProperty relativeNumbersProperty() {
        return relativeNumbers;
    }

    public ReadOnlyObjectProperty<TraceCursor> cursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ObjectProperty<PlaybackSpeed> speedProperty() {
        return speed;
    }

    /** Why the last simulation failed, or null. */
    public ReadOnlyObjectProperty<Message> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the time scale is fast-forwarding through an idle gap at the current time. */
    public boolean inIdleGap() {
        return playback.scale().compressedAt(playback.time());
    }

    /** Screen seconds of the whole trace at 1x. */
    public double totalScreenSeconds() {
        return playback.scale().totalSeconds();
    }

    /** Screen seconds at 1x from the start to {@code micros}: the ladder’s vertical axis. */
    public double screenSeconds(long micros) {
        return playback.scale().toScreen(micros);
    }

    /** The inverse of {@link #screenSeconds(long)}. */
    public long simulatedMicros(double screenSeconds) {
        return playback.scale().toSim(screenSeconds);
    }
}
