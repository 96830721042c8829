package tcplab.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of one subcommand, split from its arguments and checked one by one. Options take
 * the form {@code --name value} or {@code --name=value}; flags stand alone. Every problem becomes
 * a {@link UsageException} whose message starts with the option's name.
 */
final class Options {

    private final Map<String, List<String>> values;
    private final Set<String> flags;

    private Options(Map<String, List<String>> values, Set<String> flags) {
        this.values = values;
        this.flags = flags;
    }

    /**
     * Splits {@code args} into options.
     *
     * @param valued the options that take a value
     * @param flags  the options that stand alone
     */
    static Options parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        Set<String> present = new HashSet<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "' (options start with --)");
            }
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (flags.contains(name)) {
                if (equals >= 0) {
                    throw new UsageException(name + ": takes no value");
                }
                present.add(name);
            } else if (valued.contains(name)) {
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i);
                } else {
                    throw new UsageException(name + ": missing value");
                }
                if (value.isEmpty()) {
                    throw new UsageException(name + ": missing value");
                }
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                throw new UsageException("unknown option '" + name + "'");
            }
        }
        return new Options(values, present);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** Every value given for an option that may be repeated, in order. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The option's one value; giving it twice is an error. */
    Optional<String> string(String name) throws UsageException {
        List<String> given = all(name);
        if (given.size() > 1) {
            throw new UsageException(name + ": given more than once");
        }
        return given.stream().findFirst();
    }

    /** A whole number in {@code [min, max]}. */
    Optional<Long> integer(String name, long min, long max) throws UsageException {
        Optional<String> text = string(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        long value;
        try {
            value = Long.parseLong(text.get());
        } catch (NumberFormatException e) {
            throw new UsageException(name + ": expected a whole number, got '" + text.get() + "'");
        }
        if (value < min || value > max) {
            throw new UsageException(name + ": expected a number from " + min + " to " + max + ", got " + value);
        }
        return Optional.of(value);
    }

    /** A probability, written as a decimal from 0 to 1. */
    Optional<BigDecimal> probability(String name) throws UsageException {
        Optional<BigDecimal> value = decimal(name);
        if (value.isPresent() && !isProbability(value.get())) {
            throw new UsageException(name + ": expected a probability from 0 to 1, got " + value.get().toPlainString());
        }
        return value;
    }

    /** A duration in milliseconds (decimals allowed), returned in microseconds. */
    Optional<Long> millisAsMicros(String name) throws UsageException {
        Optional<BigDecimal> value = decimal(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.get().signum() < 0) {
            throw new UsageException(name + ": expected milliseconds of 0 or more, got " + value.get().toPlainString());
        }
        BigDecimal micros = value.get().movePointRight(3);
        if (micros.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
            throw new UsageException(name + ": too long: " + value.get().toPlainString() + " ms");
        }
        return Optional.of(micros.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** A decimal number, parsed exactly so that 0.1 stays 0.1. */
    Optional<BigDecimal> decimal(String name) throws UsageException {
        Optional<String> text = string(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parseDecimal(name, text.get()));
    }

    static BigDecimal parseDecimal(String name, String text) throws UsageException {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException(name + ": expected a number, got '" + text + "'");
        }
    }

    static boolean isProbability(BigDecimal value) {
        return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
    }
}
