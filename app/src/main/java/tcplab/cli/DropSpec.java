package tcplab.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tcplab.engine.FaultAction;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;

/**
 * Reads the {@code --drop} specs: {@code C>S:SYN#1} drops the first client-to-server segment
 * whose flags are exactly SYN, {@code S>C:SYN+ACK#2} the second SYN+ACK, {@code C>S:#3} the third
 * client-to-server segment whatever its flags. Several specs are joined by commas.
 */
final class DropSpec {

    private static final Pattern SPEC = Pattern.compile("([CS])>([CS]):([A-Za-z+]*)#(\\d+)");

    private DropSpec() {
    }

    /** The faults named by a comma-separated list of specs. */
    static List<ScriptedFault> parseList(String option, String text) throws UsageException {
        List<ScriptedFault> faults = new ArrayList<>();
        for (String spec : text.split(",", -1)) {
            faults.add(parse(option, spec.trim()));
        }
        return faults;
    }

    /** The fault named by one spec. */
    static ScriptedFault parse(String option, String spec) throws UsageException {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches() || m.group(1).equals(m.group(2))) {
            throw malformed(option, spec, "expected C>S:FLAGS#N or S>C:FLAGS#N, e.g. S>C:SYN+ACK#1 or C>S:#2");
        }
        Side from = m.group(1).equals("C") ? Side.CLIENT : Side.SERVER;
        Optional<Set<Flag>> flags = m.group(3).isEmpty()
                ? Optional.empty()
                : Optional.of(flags(option, spec, m.group(3)));
        int nth;
        try {
            nth = Integer.parseInt(m.group(4));
        } catch (NumberFormatException e) {
            throw malformed(option, spec, "segment number too large");
        }
        if (nth < 1) {
            throw malformed(option, spec, "segments are counted from #1");
        }
        return new ScriptedFault(from, flags, nth, FaultAction.DROP, 0);
    }

    private static Set<Flag> flags(String option, String spec, String text) throws UsageException {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (String name : text.split("\\+", -1)) {
            Flag flag;
            try {
                flag = Flag.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw malformed(option, spec,
                        "unknown flag '" + name + "' (flags: SYN, FIN, RST, PSH, ACK joined by +)");
            }
            if (!flags.add(flag)) {
                throw malformed(option, spec, "flag " + flag + " named twice");
            }
        }
        return flags;
    }

    private static UsageException malformed(String option, String spec, String why) {
        return new UsageException(option + ": bad drop spec '" + spec + "': " + why);
    }
}
