package tcplab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.i18n.Language;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * Options that open the window at a chosen moment, for classroom preparation and screenshots:
 * {@code --scenario ID}, {@code --language TAG} (a {@link Language} tag), {@code --at MILLISECONDS} (simulated time),
 * {@code --drop C:N} or {@code --drop S:N} (drop that side's N-th segment), {@code --size WIDTHxHEIGHT}
 * and {@code --smoke-test}.
 *
 * @param scenario   the lesson to open, if given
 * @param language   the language to show, if given (not remembered)
 * @param atMillis   the simulated time to open at, if given
 * @param drops      segments to drop, as if clicked
 * @param size       the window's width and height in pixels
 * @param smokeTest  open, render, and exit
 */
public record LaunchOptions(Optional<String> scenario, Optional<Language> language, OptionalLong atMillis,
                            List<ScriptedFault> drops, double[] size, boolean smokeTest) {

    public LaunchOptions {
        drops = List.copyOf(drops);
        size = size.clone();
    }

    /** The window size used when none is given. */
    public static final double[] DEFAULT_SIZE = {1280, 800};

    /**
     * Reads the options.
     *
     * @throws IllegalArgumentException with a message for the learner if an option is wrong
     */
    public static LaunchOptions parse(List<String> args) {
        Optional<String> scenario = Optional.empty();
        Optional<Language> language = Optional.empty();
        OptionalLong at = OptionalLong.empty();
        List<ScriptedFault> drops = new ArrayList<>();
        double[] size = DEFAULT_SIZE;
        boolean smoke = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case LabApplication.SMOKE_TEST_FLAG -> smoke = true;
                case "--scenario" -> scenario = Optional.of(knownScenario(value(args, ++i, option)));
                case "--language" -> {
                    String tag = value(args, ++i, option);
                    language = Optional.of(Language.fromTag(tag).orElseThrow(
                            () -> new IllegalArgumentException("--language takes " + Language.tags() + ", not " + tag)));
                }
                case "--at" -> at = OptionalLong.of(number(value(args, ++i, option), option));
                case "--drop" -> drops.add(drop(value(args, ++i, option)));
                case "--size" -> size = size(value(args, ++i, option));
                default -> throw new IllegalArgumentException("unknown option " + option
                        + " (known: --scenario ID, --language " + Language.tags() + ", --at MS, --drop C:N|S:N, --size WxH, --smoke-test)");
            }
        }
        return new LaunchOptions(scenario, language, at, drops, size, smoke);
    }

    private static double[] size(String text) {
        String[] parts = text.split("x");
        try {
            if (parts.length == 2) {
                double width = Integer.parseInt(parts[0]);
                double height = Integer.parseInt(parts[1]);
                if (width >= LabApplication.MIN_WIDTH && height >= LabApplication.MIN_HEIGHT) {
                    return new double[] {width, height};
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--size takes WIDTHxHEIGHT of at least "
                + (int) LabApplication.MIN_WIDTH + "x" + (int) LabApplication.MIN_HEIGHT + ", not " + text);
    }

    private static String knownScenario(String id) {
        if (ScenarioCatalog.find(id).isEmpty()) {
            throw new IllegalArgumentException("--scenario: no lesson is called " + id + "; known: "
                    + ScenarioCatalog.all().stream().map(Scenario::id).toList());
        }
        return id;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static long number(String text, String option) {
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number of milliseconds, not " + text);
        }
    }

    private static ScriptedFault drop(String spec) {
        String[] parts = spec.split(":");
        if (parts.length == 2 && (parts[0].equals("C") || parts[0].equals("S"))) {
            try {
                int nth = Integer.parseInt(parts[1]);
                if (nth >= 1) {
                    return ScriptedFault.dropNth(parts[0].equals("C") ? Side.CLIENT : Side.SERVER, nth);
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException("--drop takes C:N or S:N with N from 1, e.g. C:1, not " + spec);
    }
}
