package tcplab.options;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tcplab.engine.FaultAction;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;

/**
 * The {@code --drop} grammar of the window and the command line alike. {@code C:N} or {@code S:N}
 * drops the client's or the server's N-th segment, as a click would; {@code C>S:#N} says the same
 * with the direction written out; {@code C>S:SYN#1} drops the first client-to-server segment whose
 * flags are exactly SYN, {@code S>C:SYN+ACK#2} the second SYN+ACK. Options that take drops split
 * their value at commas, so several specs may share one option.
 */
public final class DropSpec implements ITypeConverter<ScriptedFault> {

    /** The grammar in one line, for help texts and messages. */
    public static final String SYNTAX = "C:N, S:N, C>S:FLAGS#N or S>C:FLAGS#N";

    private static final Pattern SHORT = Pattern.compile("([CS]):(\\d{1,10})");
    private static final Pattern LONG = Pattern.compile("([CS])>([CS]):([A-Za-z+]{0,40})#(\\d{1,10})");

    /** Reads one spec; spaces around it, as in {@code "C:1, S:2"}, are not part of it. */
    @Override
    public ScriptedFault convert(String spec) {
        return parse(spec.strip());
    }

    /** The fault named by one spec. */
    public static ScriptedFault parse(String spec) {
        Matcher shortForm = SHORT.matcher(spec);
        if (shortForm.matches()) {
            return ScriptedFault.dropNth(side(shortForm.group(1)), nth(spec, shortForm.group(2)));
        }
        Matcher longForm = LONG.matcher(spec);
        if (!longForm.matches() || longForm.group(1).equals(longForm.group(2))) {
            throw malformed(spec, "expected " + SYNTAX + ", e.g. C:1 or S>C:SYN+ACK#1");
        }
        Optional<Set<Flag>> flags = longForm.group(3).isEmpty()
                ? Optional.empty()
                : Optional.of(flags(spec, longForm.group(3)));
        return new ScriptedFault(side(longForm.group(1)), flags, nth(spec, longForm.group(4)), FaultAction.DROP, 0);
    }

    /** The spec in the long form that {@link #parse} reads back as the same fault. */
    public static String format(ScriptedFault fault) {
        String direction = fault.from() == Side.CLIENT ? "C>S" : "S>C";
        String flags = fault.flags().map(set -> String.join("+", set.stream()
                .sorted().map(Flag::name).toList())).orElse("");
        return direction + ":" + flags + "#" + fault.nth();
    }

    private static Side side(String letter) {
        return letter.equals("C") ? Side.CLIENT : Side.SERVER;
    }

    private static int nth(String spec, String digits) {
        long nth = Long.parseLong(digits);
        if (nth < 1 || nth > Integer.MAX_VALUE) {
            throw malformed(spec, "segments are counted from 1 to " + Integer.MAX_VALUE);
        }
        return (int) nth;
    }

    private static Set<Flag> flags(String spec, String text) {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String name : text.split("\\+", -1)) {
            Flag flag;
            try {
                flag = Flag.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw malformed(spec, "unknown flag " + ShownValue.quoted(name)
                        + " (flags: SYN, FIN, RST, PSH, ACK joined by +)");
            }
            if (!flags.add(flag)) {
                throw malformed(spec, "flag " + flag + " named twice");
            }
        }
        return flags;
    }

    private static TypeConversionException malformed(String spec, String why) {
        return new TypeConversionException("bad drop spec " + ShownValue.quoted(spec) + ": " + why);
    }
}
