package tcplab.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tcplab.options.ExitStatus;
import tcplab.options.HelpOption;
import tcplab.options.Probability;
import tcplab.options.WholeNumber;
import tcplab.sweep.LossSweep;
import tcplab.sweep.SweepPoint;

/**
 * {@code sweep}: how loss slows down connecting. For each loss rate it runs the scenario many times
 * and prints the share of established connections and percentiles of their setup time.
 */
@Command(name = "sweep", sortOptions = false,
        description = "run a scenario many times per loss rate: share established and setup-time percentiles",
        footer = {"",
                "Runs a scenario many times for each loss rate (the same in both directions) and prints, per rate:",
                "  loss runs established p50_ms p90_ms p99_ms",
                "established is the share of runs in which the client reached ESTABLISHED; p50/p90/p99 are",
                "percentiles (nearest rank) of the time from the client's connect to its ESTABLISHED, over those runs.",
                "They are exact while a loss rate yields at most 65536 distinct setup times (in microseconds);",
                "beyond that, times are grouped into buckets of 2, 4, 8, ... microseconds to keep memory bounded,",
                "and the lower end of a bucket is shown.",
                "Run i uses a seed mixed from --seed and i, the same at every loss rate.",
                "A sweep that takes longer than a few seconds reports its progress on stderr.",
                "",
                "Every value is checked before anything runs, --help included.",
                "Exit status: 0 done, 2 bad options (one line on stderr names the option), 1 internal error",
                "or output that cannot be written."})
public final class SweepCommand implements Callable<Integer> {

    static final int DEFAULT_RUNS = 1000;
    static final int MAX_RUNS = 100_000_000;
    static final BigDecimal DEFAULT_FROM = BigDecimal.ZERO;
    static final BigDecimal DEFAULT_TO = new BigDecimal("0.3");
    static final BigDecimal DEFAULT_STEP = new BigDecimal("0.05");
    private static final int MAX_RATES = 1001;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--runs", paramLabel = "N", converter = Runs.class,
            description = "runs per loss rate, 1.." + MAX_RUNS + " (default " + DEFAULT_RUNS + ")")
    private long runs = DEFAULT_RUNS;

    @Option(names = "--losses", paramLabel = "P[,P...]", split = ",", converter = Probability.class,
            description = "the loss rates to try, e.g. 0,0.05,0.1")
    private List<BigDecimal> losses;

    @Option(names = "--loss-from", paramLabel = "P", converter = Probability.class,
            description = "or a range: first rate (default 0)")
    private BigDecimal from;

    @Option(names = "--loss-to", paramLabel = "P", converter = Probability.class,
            description = "last rate (default 0.3)")
    private BigDecimal to;

    @Option(names = "--loss-step", paramLabel = "P", converter = Probability.class,
            description = "step between rates (default 0.05)")
    private BigDecimal step;

    @Mixin
    private SimulationOptions simulation;

    /** The number of runs per loss rate. */
    static final class Runs extends WholeNumber {
        Runs() {
            super(1, MAX_RUNS);
        }
    }

    @Override
    public Integer call() {
        simulation.checkKernelSettings();
        List<BigDecimal> rates = lossRates();
        PrintWriter out = spec.commandLine().getOut();
        SweepProgress progress = new SweepProgress(spec.commandLine().getErr());
        LossSweep sweep = new LossSweep((runSeed, loss) -> simulation.input(runSeed, Optional.of(loss), Optional.of(loss)),
                simulation.seed());
        out.println(String.join("\t", SweepPoint.COLUMNS));
        for (BigDecimal rate : rates) {
            LossSweep.Rate made = sweep.rate(rate, (int) runs);
            String shown = rate.stripTrailingZeros().toPlainString();
            while (!made.finished()) {
                progress.ran(shown, made.run(SweepProgress.RUNS_PER_LOOK), (int) runs);
            }
            out.println(String.join("\t", made.point().fields()));
        }
        return ExitStatus.OK;
    }

    private List<BigDecimal> lossRates() {
        if (losses != null) {
            String range = from != null ? "--loss-from"
                    : to != null ? "--loss-to"
                    : step != null ? "--loss-step"
                    : null;
            if (range != null) {
                throw usage("--losses: cannot be combined with " + range);
            }
            return losses;
        }
        BigDecimal first = from != null ? from : DEFAULT_FROM;
        BigDecimal last = to != null ? to : DEFAULT_TO;
        BigDecimal increment = step != null ? step : DEFAULT_STEP;
        if (increment.signum() <= 0) {
            throw usage("--loss-step: must be more than 0");
        }
        if (last.compareTo(first) < 0) {
            throw usage("--loss-to: " + last.toPlainString() + " is below --loss-from " + first.toPlainString());
        }
        List<BigDecimal> rates = new ArrayList<>();
        for (BigDecimal rate = first; rate.compareTo(last) <= 0; rate = rate.add(increment)) {
            if (rates.size() == MAX_RATES) {
                throw usage("--loss-step: more than " + MAX_RATES + " loss rates");
            }
            rates.add(rate);
        }
        return rates;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
