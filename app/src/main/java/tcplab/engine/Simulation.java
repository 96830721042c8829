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

    /**
     * A guard against a run that never settles (which a correct engine never produces: every
     * timer is bounded by a retry limit). Far above the few hundred events of any lesson.
     */
    private static final int MAX_EVENTS = 1_000_000;

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
        this.client = new Endpoint(Side.CLIENT, this, input.profile(), input.linux(), script.steps(Side.CLIENT),
                false, script.timeWaitSkipped());
        this.server = new Endpoint(Side.SERVER, this, input.profile(), input.linux(), script.steps(Side.SERVER),
                script.serverSilent(), script.timeWaitSkipped());
        List<ScriptedFault> faultList = input.faults();
        this.faults = faultList.toArray(new ScriptedFault[0]);
        this.faultFlagMasks = new int[faults.length];
        for (int i = 0; i < faults.length; i++) {
            faultFlagMasks[i] = faults[i].flags().map(FlagSets::mask).orElse(-1);
        }
        this.faultCounts = new int[faults.length];
        for (OldDuplicateSyn syn : script.oldSyns()) {
            queue.add(syn.atMicros(), new ScheduledEvent.OldSynEnters(syn));
        }
    }

    /** Runs until nothing is left to happen. */
    void run() {
        client.driveProgram();
        server.driveProgram();
        int handled = 0;
        while (!queue.isEmpty()) {
            now = queue.earliestTime();
            ScheduledEvent next = queue.poll();
            Endpoint endpoint;
            if (next instanceof ScheduledEvent.Delivery delivery) {
                lastEventTime = now;
                sink.delivered(now, delivery.receiver(), delivery.transmissionId(), delivery.segment());
                endpoint = endpoint(delivery.receiver());
                endpoint.receive(delivery.segment());
            } else if (next instanceof ScheduledEvent.Drop drop) {
                lastEventTime = now;
                sink.dropped(now, drop.sender(), drop.transmissionId(), drop.segment(), drop.cause());
                continue;
            } else if (next instanceof ScheduledEvent.OldSynEnters old) {
                Side from = old.syn().from();
                long seq = (isn(from) - old.syn().numbersBelowIsn()) & SequenceNumbers.MASK;
                transmit(from, endpoint(from).oldSyn(seq), false, true);
                continue;
            } else if (next instanceof ScheduledEvent.TimerExpiry expiry) {
                endpoint = endpoint(expiry.side());
                if (!endpoint.timerDue(expiry.kind(), expiry.generation())) {
                    continue; // cancelled or re-armed since
                }
            } else {
                ScheduledEvent.ApplicationStep step = (ScheduledEvent.ApplicationStep) next;
                endpoint = endpoint(step.side());
                endpoint.runScheduledStep();
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
        queue.add(at, ScheduledEvent.ApplicationStep.of(side));
    }

    /** Puts the expiry of a timer {@code side} has just armed on the agenda and reports the arming. */
    void scheduleTimer(Side side, TimerKind kind, int generation, long delay, int attempt) {
        queue.add(now + delay, new ScheduledEvent.TimerExpiry(side, kind, generation));
        lastEventTime = now;
        sink.timerArmed(now, side, kind, now + delay, attempt);
    }

    void timerCancelled(Side side, TimerKind kind) {
        lastEventTime = now;
        sink.timerCancelled(now, side, kind);
    }

    void timerFired(Side side, TimerKind kind) {
        lastEventTime = now;
        sink.timerFired(now, side, kind);
    }

    /**
     * Puts a segment on the wire: reports it sent, then lets the link and the scripted faults
     * decide whether, when and how often it arrives.
     */
    void transmit(Side from, Segment segment, boolean retransmission) {
        transmit(from, segment, retransmission, false);
    }

    /** As {@link #transmit(Side, Segment, boolean)}; an old duplicate is reported as one. */
    private void transmit(Side from, Segment segment, boolean retransmission, boolean oldDuplicate) {
        int s = from.ordinal();
        int ordinal = ++ordinals[s];
        int id = nextTransmissionId++;
        lastEventTime = now;
        sink.sent(now, from, id, ordinal, segment, retransmission, oldDuplicate);

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
        queue.add(at, new ScheduledEvent.Delivery(receiver, id, segment));
    }

    /** The drop is shown halfway between sending and where the segment would have arrived. */
    private void drop(Side sender, int id, Segment segment, long wouldArrive, DropCause cause) {
        queue.add(now + (wouldArrive - now) / 2, new ScheduledEvent.Drop(sender, id, segment, cause));
    }
}
