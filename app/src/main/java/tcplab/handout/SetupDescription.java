package tcplab.handout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import tcplab.TextKeys;
import tcplab.engine.Flag;
import tcplab.engine.LinkSettings;
import tcplab.engine.LinuxSetting;
import tcplab.engine.LinuxSettings;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;
import tcplab.explain.EventExplainer;
import tcplab.i18n.Message;

/**
 * How a run was set up, in words, so a reader can make the same run again: the timer profile, the
 * Linux settings that differ from Linux's defaults, the seed, how the ISNs were chosen, which
 * numbering the texts use, and the faults the learner added to the lesson's own.
 */
final class SetupDescription {

    /**
     * One line of the setup: what it is and its value, in one or more parts.
     *
     * @param label  what the line is about
     * @param values its value, one part a line
     */
    record Line(Message label, List<Message> values) {
    }

    private SetupDescription() {
    }

    static List<Line> of(HandoutRun run) {
        SimulationInput input = run.input();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Message.of("profile.label"), List.of(Message.of(TextKeys.profile(input.profile())))));
        if (input.profile() == TimerProfile.LINUX) {
            lines.add(new Line(Message.of("linux.settings.title"), linux(input.linux())));
        }
        lines.add(new Line(Message.of("seed.label"), List.of(Message.of("handout.setup.seed",
                String.valueOf(input.seed())))));
        lines.add(new Line(Message.of("handout.setup.isn"), List.of(
                isn(Side.CLIENT, input.isnClient()), isn(Side.SERVER, input.isnServer()))));
        lines.add(new Line(Message.of("handout.setup.numbers"), List.of(run.relativeNumbers()
                ? Message.of("handout.setup.numbers.relative") : Message.of("handout.setup.numbers.raw"))));
        lines.add(new Line(Message.of("handout.setup.faults"), faults(run)));
        return lines;
    }

    /** The settings that differ from Linux's defaults, each with the default; or that there are none. */
    private static List<Message> linux(LinuxSettings settings) {
        List<Message> changed = new ArrayList<>();
        for (LinuxSetting setting : LinuxSetting.values()) {
            int value = settings.get(setting);
            int standard = LinuxSettings.DEFAULTS.get(setting);
            if (value != standard) {
                changed.add(Message.of("handout.setup.linux.changed", setting.sysctlName(), String.valueOf(value),
                        String.valueOf(standard)));
            }
        }
        return changed.isEmpty() ? List.of(Message.of("handout.setup.linux.defaults")) : changed;
    }

    private static Message isn(Side side, OptionalLong fixed) {
        return fixed.isPresent()
                ? Message.of("handout.setup.isn.fixed", EventExplainer.hostName(side), String.valueOf(fixed.getAsLong()))
                : Message.of("handout.setup.isn.generated", EventExplainer.hostName(side));
    }

    /**
     * Each direction whose loss, delay or jitter, as the window shows them, differ from the
     * lesson's own link, then each drop the learner added.
     */
    private static List<Message> faults(HandoutRun run) {
        List<Message> faults = new ArrayList<>();
        link(Side.CLIENT, run.scenario().clientToServer(), run.input().clientToServer()).ifPresent(faults::add);
        link(Side.SERVER, run.scenario().serverToClient(), run.input().serverToClient()).ifPresent(faults::add);
        for (ScriptedFault drop : run.learnerFaults()) {
            String flags = drop.flags().map(set -> set.stream().sorted().map(Flag::name)
                    .collect(Collectors.joining("+"))).orElse(null);
            faults.add(Message.of("handout.setup.drop", Message.of(TextKeys.faultDirection(drop.from())),
                    flags == null ? Message.of("faults.anySegment") : flags, String.valueOf(drop.nth())));
        }
        return faults.isEmpty() ? List.of(Message.of("handout.setup.faults.none")) : faults;
    }

    private static Optional<Message> link(Side from, LinkSettings lesson, LinkSettings run) {
        List<String> shown = shown(run);
        if (shown.equals(shown(lesson))) {
            return Optional.empty();
        }
        return Optional.of(Message.of("handout.setup.link", Message.of(TextKeys.faultDirection(from)),
                shown.get(0), shown.get(1), shown.get(2)));
    }

    /** Loss in percent, delay and jitter in milliseconds, as the window and the handout write them. */
    private static List<String> shown(LinkSettings link) {
        return List.of(plain(BigDecimal.valueOf(link.loss()).movePointRight(2)),
                plain(BigDecimal.valueOf(link.delayMicros(), 3)), plain(BigDecimal.valueOf(link.jitterMicros(), 3)));
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
