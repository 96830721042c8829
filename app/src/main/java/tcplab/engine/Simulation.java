package tcplab.engine;

import java.util.List;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * One run of the discrete-event simulation: the agenda, the clock, the two endpoints and the
 * link between them. Everything random comes from one {@link SplittableRandom} seeded from the
 * input; nothing reads a wall clock.
 */
final class Simulation {

    private static final int DELIVER = 0;
    private static final int DROP = 1;
    private static final int TIMER = 2;
    private static final int APP_STEP = 3;

    /**
     * A guard against a run that never settles (which a correct engine never produces: every
     * timer is bounded by a retry limit). Far above the few hundred events of any lesson.
     */
    private static final int MAX_EVENTS = 1_000_000;

    private static final TimerKind[] TIMER_KINDS = TimerKind.values();
    private static final DropCause[] DROP_CAUSES = DropCause.values();

    private final SimulationInput input;
    private final EventSink sink;
    private final SplittableRandom random;
    private final IsnGenerator isnGenerator;
    private final EventQueue queue = new EventQueue();
    private final Endpoint client;
    private final Endpoint server;
    private final ScriptedFault[] faults;
    private final int[] faultFlagMasks;
    private final int[] faultCounts;
    private final int[] ordinals = new int[2];
    private final long[] initialSequence = {-1, -1};
    private final long[] firstSequence = {-1, -1};
    private int nextTransmissionId = 1;
    private long now;
    private long lastEventTime;

    Simulation(SimulationInput input, EventSink sink) {
        this.input = input;
        this.sink = sink;
        this.random = new SplittableRandom(input.seed());
        // Drawn first and always, so that fixed ISNs leave the link's draws unchanged.
        this.isnGenerator = new IsnGenerator(random.nextLong(), random.nextLong(), random.nextLong());
        ApplicationScript script = input.script();
        this.client = new Endpoint(Side.CLIENT, this, input.profile(), script.steps(Side.CLIENT), false,
                script.timeWaitSkipped());
        this.server = new Endpoint(Side.SERVER, this, input.profile(), script.steps(Side.SERVER),
                script.serverSilent(), script.timeWaitSkipped());
        List<ScriptedFault> faultList = input.faults();
        this.faults = faultList.toArray(new ScriptedFault[0]);
        this.faultFlagMasks = new int[faults.length];
        for (int i = 0; i < faults.length; i++) {
            faultFlagMasks[i] = faults[i].flags().map(FlagSets::mask).orElse(-1);
        }
        this.faultCounts = new int[faults.length];
    }

    /** Runs until nothing is left to happen. */
    void run() {
        client.driveProgram();
        server.driveProgram();
        int handled = 0;
        while (!queue.isEmpty()) {
            EventQueue.Entry entry = queue.poll();
            now = entry.time;
            Endpoint endpoint = endpoint(entry.side);
            switch (entry.kind) {
                case DELIVER -> {
                    lastEventTime = now;
                    sink.delivered(now, entry.side, entry.a, entry.segment);
                    endpoint.receive(entry.segment);
                }
                case DROP -> {
                    lastEventTime = now;
                    sink.dropped(now, entry.side, entry.a, entry.segment, DROP_CAUSES[entry.b]);
                    continue;
                }
                case TIMER -> {
                    TimerKind kind = TIMER_KINDS[entry.b];
                    if (!endpoint.timerOn[entry.b] || endpoint.timerGeneration[entry.b] != entry.a) {
                        continue; // cancelled or re-armed since
                    }
                    endpoint.timerOn[entry.b] = false;
                    lastEventTime = now;
                    sink.timerFired(now, entry.side, kind);
                    endpoint.timerExpired(kind);
                }
                default -> endpoint.runScheduledStep();
            }
            endpoint.driveProgram();
            if (++handled > MAX_EVENTS) {
                throw new IllegalStateException("the simulation did not settle within " + MAX_EVENTS + " events");
            }
        }
    }

    TcpState finalState(Side side) {
        return endpoint(side).state;
    }

    long endTime() {
        return lastEventTime;
    }

    /**
     * Each side's ISN as Wireshark takes it for relative numbers: the sequence number of its
     * first SYN, else of its first segment (an RST), else 0.
     */
    long initialSequence(Side side) {
        int s = side.ordinal();
        return initialSequence[s] >= 0 ? initialSequence[s] : Math.max(firstSequence[s], 0);
    }

    private Endpoint endpoint(Side side) {
        return side == Side.CLIENT ? client : server;
    }

    long now() {
        return now;
    }

    /** The ISN for a new connection of {@code side}: the fixed one if the input names it, else RFC 9293 3.4.1. */
    long isn(Side side) {
        OptionalLong fixed = side == Side.CLIENT ? input.isnClient() : input.isnServer();
        return fixed.isPresent() ? fixed.getAsLong() & SequenceNumbers.MASK : isnGenerator.isn(side, now);
    }

    void stateChanged(Side side, TcpState from, TcpState to) {
        lastEventTime = now;
        sink.stateChanged(now, side, from, to);
    }

    void app(Side side, AppAction action, int bytes) {
        lastEventTime = now;
        sink.app(now, side, action, bytes);
    }

    void scheduleStep(Side side, long at) {
        queue.add(at, APP_STEP, side);
    }

    void armTimer(Endpoint endpoint, TimerKind kind, long delay, int attempt) {
        int k = kind.ordinal();
        endpoint.timerOn[k] = true;
        EventQueue.Entry entry = queue.add(now + delay, TIMER, endpoint.side);
        entry.a = ++endpoint.timerGeneration[k];
        entry.b = k;
        lastEventTime = now;
        sink.timerArmed(now, endpoint.side, kind, now + delay, attempt);
    }

    void cancelTimer(Endpoint endpoint, TimerKind kind) {
        int k = kind.ordinal();
        if (endpoint.timerOn[k]) {
            endpoint.timerOn[k] = false;
            endpoint.timerGeneration[k]++;
            lastEventTime = now;
            sink.timerCancelled(now, endpoint.side, kind);
        }
    }

    /**
     * Puts a segment on the wire: reports it sent, then lets the link and the scripted faults
     * decide whether, when and how often it arrives.
     */
    void transmit(Side from, Segment segment, boolean retransmission) {
        int s = from.ordinal();
        int ordinal = ++ordinals[s];
        int id = nextTransmissionId++;
        if (initialSequence[s] < 0 && segment.has(Flag.SYN)) {
            initialSequence[s] = segment.seq();
        }
        if (firstSequence[s] < 0) {
            firstSequence[s] = segment.seq();
        }
        lastEventTime = now;
        sink.sent(now, from, id, ordinal, segment, retransmission);

        LinkSettings link = from == Side.CLIENT ? input.clientToServer() : input.serverToClient();
        // Always the same six draws per segment: what becomes of one segment (a fault, a loss)
        // never shifts the draws of the others, so a learner's fault keeps the past identical.
        double lossDraw = random.nextDouble();
        double jitterDraw = random.nextDouble();
        double reorderDraw = random.nextDouble();
        double duplicateDraw = random.nextDouble();
        double copyLossDraw = random.nextDouble();
        double copyJitterDraw = random.nextDouble();

        boolean faultDrop = false;
        long faultDelay = 0;
        if (faults.length > 0) {
            int mask = FlagSets.mask(segment.flags());
            for (int i = 0; i < faults.length; i++) {
                ScriptedFault fault = faults[i];
                if (fault.from() != from) {
                    continue;
                }
                int count;
                if (faultFlagMasks[i] < 0) {
                    count = ordinal;
                } else if (faultFlagMasks[i] == mask) {
                    count = ++faultCounts[i];
                } else {
                    continue;
                }
                if (count == fault.nth()) {
                    if (fault.action() == FaultAction.DROP) {
                        faultDrop = true;
                    } else {
                        faultDelay += fault.extraDelayMicros();
                    }
                }
            }
        }

        long departure = now + link.delayMicros() + faultDelay;
        long arrival = departure + jitter(link, jitterDraw) + (reorderDraw < link.reorder() ? reorderHold(link) : 0);
        if (faultDrop) {
            drop(from, id, segment, arrival, DropCause.FAULT);
        } else if (lossDraw < link.loss()) {
            drop(from, id, segment, arrival, DropCause.RANDOM_LOSS);
        } else {
            deliver(from.peer(), id, segment, arrival);
            if (duplicateDraw < link.duplicate()) {
                int copyId = nextTransmissionId++;
                sink.duplicated(now, from, id, copyId, segment);
                long copyArrival = departure + jitter(link, copyJitterDraw);
                if (copyLossDraw < link.loss()) {
                    drop(from, copyId, segment, copyArrival, DropCause.RANDOM_LOSS);
                } else {
                    deliver(from.peer(), copyId, segment, copyArrival);
                }
            }
        }
    }

    private static long jitter(LinkSettings link, double draw) {
        return (long) (draw * (link.jitterMicros() + 1));
    }

    /** A reordered segment waits one more one-way delay (at least 1 ms), so later ones overtake it. */
    private static long reorderHold(LinkSettings link) {
        return Math.max(link.delayMicros(), 1_000);
    }

    private void deliver(Side receiver, int id, Segment segment, long at) {
        EventQueue.Entry entry = queue.add(at, DELIVER, receiver);
        entry.a = id;
        entry.segment = segment;
    }

    /** The drop is shown halfway between sending and where the segment would have arrived. */
    private void drop(Side sender, int id, Segment segment, long wouldArrive, DropCause cause) {
        EventQueue.Entry entry = queue.add(now + (wouldArrive - now) / 2, DROP, sender);
        entry.a = id;
        entry.b = cause.ordinal();
        entry.segment = segment;
    }
}
