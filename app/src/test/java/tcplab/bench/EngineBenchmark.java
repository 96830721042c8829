package tcplab.bench;

import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tcplab.engine.LinkSettings;
import tcplab.engine.RunOutcome;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * How fast the engine simulates, on one thread: the whole {@code handshake} scenario (open,
 * request, reply, close, TIME-WAIT) with its full trace, a new seed each run.
 * <ul>
 *   <li>{@code eventsPerSecond}: the auxiliary counter {@code events} is trace events per second;</li>
 *   <li>{@code linuxEventsPerSecond}: the same under the Linux profile;</li>
 *   <li>{@code outcomeEventsPerSecond}: the same in the outcome mode sweeps use, which builds no
 *       events but counts them;</li>
 *   <li>{@code handshakesWithLoss}: runs per second with 10% loss in each direction.</li>
 * </ul>
 * Run with {@code ./mvnw -B -pl app -am -Pbench verify -Djmh.args="-wi 2 -i 3 -f 1 EngineBenchmark"}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class EngineBenchmark {

    /** The scenario's inputs with and without loss, and a seed that changes every run. */
    @State(Scope.Thread)
    public static class Runs {
        SimulationInput calm;
        SimulationInput calmLinux;
        SimulationInput lossy;
        long seed;

        @Setup
        public void setUp() {
            Scenario handshake = ScenarioCatalog.find("handshake").orElseThrow();
            calm = handshake.input(TimerProfile.RFC, 1, OptionalLong.empty(), OptionalLong.empty());
            calmLinux = handshake.input(TimerProfile.LINUX, 1, OptionalLong.empty(), OptionalLong.empty());
            LinkSettings c2s = calm.clientToServer();
            LinkSettings s2c = calm.serverToClient();
            lossy = new SimulationInput(calm.script(), calm.profile(), calm.seed(), calm.isnClient(), calm.isnServer(),
                    new LinkSettings(c2s.delayMicros(), c2s.jitterMicros(), 0.1, c2s.duplicate(), c2s.reorder()),
                    new LinkSettings(s2c.delayMicros(), s2c.jitterMicros(), 0.1, s2c.duplicate(), s2c.reorder()),
                    calm.faults());
        }

        SimulationInput next(SimulationInput input) {
            seed++;
            return new SimulationInput(input.script(), input.profile(), seed, input.isnClient(), input.isnServer(),
                    input.clientToServer(), input.serverToClient(), input.faults(), input.linux());
        }
    }

    /** Counts the simulated events, reported by JMH as events per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    @Benchmark
    public Trace eventsPerSecond(Runs runs, Events counter) {
        Trace trace = Simulator.run(runs.next(runs.calm));
        counter.events += trace.events().size();
        return trace;
    }

    /** The same under the Linux profile: quick and delayed ACKs, timestamps, Linux's RTO estimator. */
    @Benchmark
    public Trace linuxEventsPerSecond(Runs runs, Events counter) {
        Trace trace = Simulator.run(runs.next(runs.calmLinux));
        counter.events += trace.events().size();
        return trace;
    }

    @Benchmark
    public RunOutcome outcomeEventsPerSecond(Runs runs, Events counter) {
        RunOutcome outcome = Simulator.outcome(runs.next(runs.calm));
        counter.events += outcome.eventCount();
        return outcome;
    }

    @Benchmark
    public Trace handshakesWithLoss(Runs runs) {
        return Simulator.run(runs.next(runs.lossy));
    }
}
