package tcplab.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sweep}: how loss slows down connecting. For each loss rate it runs the scenario many times
 * and prints the share of established connections and percentiles of their setup time.
 */
final class SweepCommand implements Subcommand {

    static final int DEFAULT_RUNS = 1000;
    static final BigDecimal DEFAULT_FROM = BigDecimal.ZERO;
    static final BigDecimal DEFAULT_TO = new BigDecimal("0.3");
    static final BigDecimal DEFAULT_STEP = new BigDecimal("0.05");
    private static final int MAX_RATES = 1001;
    private static final Set<String> RANGE = Set.of("--loss-from", "--loss-to", "--loss-step");
    private static final Set<String> VALUED;

    static {
        Set<String> valued = new HashSet<>(SimulationOptions.SETUP);
        valued.addAll(RANGE);
        valued.add("--losses");
        valued.add("--runs");
        VALUED = Set.copyOf(valued);
    }

    private static final String HELP = String.join("\n",
            "Usage: sweep [options]",
            "Runs a scenario many times for each loss rate (the same in both directions) and prints, per rate:",
            "  " + SweepPoint.HEADER.replace('\t', ' '),
            "established is the share of runs in which the client reached ESTABLISHED; p50/p90/p99 are",
            "percentiles (nearest rank) of the time from the client's connect to its ESTABLISHED, over those runs.",
            "Run i uses a seed mixed from --seed and i, the same at every loss rate.",
            "",
            "Options:",
            "  --runs N             runs per loss rate (default " + DEFAULT_RUNS + ")",
            "  --losses P[,P...]    the loss rates to try, e.g. 0,0.05,0.1",
            "  --loss-from P        or a range: first rate (default " + DEFAULT_FROM + ")",
            "  --loss-to P          last rate (default " + DEFAULT_TO + ")",
            "  --loss-step P        step between rates (default " + DEFAULT_STEP + ")",
            SimulationOptions.SETUP_HELP,
            "  --help               show this help and exit",
            "",
            "Exit status: 0 done, 2 bad options (one line on stderr names the option), 1 internal error.");

    @Override
    public String summary() {
        return "run a scenario many times per loss rate: share established and setup-time percentiles";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        Options options = Options.parse(args, VALUED, Set.of("--help"));
        if (options.flag("--help")) {
            out.println(HELP);
            return CommandLine.OK;
        }
        int runs = options.integer("--runs", 1, 100_000_000).orElse((long) DEFAULT_RUNS).intValue();
        List<BigDecimal> rates = lossRates(options);
        LossSweep sweep = new LossSweep(SimulationOptions.read(options));
        out.println(SweepPoint.HEADER);
        for (BigDecimal rate : rates) {
            out.println(sweep.point(rate, runs).row());
        }
        return CommandLine.OK;
    }

    static List<BigDecimal> lossRates(Options options) throws UsageException {
        Optional<String> list = options.string("--losses");
        if (list.isPresent()) {
            for (String name : RANGE) {
                if (options.has(name)) {
                    throw new UsageException("--losses: cannot be combined with " + name);
                }
            }
            List<BigDecimal> rates = new ArrayList<>();
            for (String text : list.get().split(",", -1)) {
                BigDecimal rate = Options.parseDecimal("--losses", text.trim());
                if (!Options.isProbability(rate)) {
                    throw new UsageException(
                            "--losses: expected probabilities from 0 to 1, got " + rate.toPlainString());
                }
                rates.add(rate);
            }
            return rates;
        }
        BigDecimal from = options.probability("--loss-from").orElse(DEFAULT_FROM);
        BigDecimal to = options.probability("--loss-to").orElse(DEFAULT_TO);
        BigDecimal step = options.probability("--loss-step").orElse(DEFAULT_STEP);
        if (step.signum() <= 0) {
            throw new UsageException("--loss-step: must be more than 0");
        }
        if (to.compareTo(from) < 0) {
            throw new UsageException(
                    "--loss-to: " + to.toPlainString() + " is below --loss-from " + from.toPlainString());
        }
        List<BigDecimal> rates = new ArrayList<>();
        for (BigDecimal rate = from; rate.compareTo(to) <= 0; rate = rate.add(step)) {
            if (rates.size() == MAX_RATES) {
                throw new UsageException("--loss-step: more than " + MAX_RATES + " loss rates");
            }
            rates.add(rate);
        }
        return rates;
    }
}
