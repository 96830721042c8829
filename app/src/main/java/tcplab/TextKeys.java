package tcplab;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Stream;
import tcplab.engine.AppAction;
import tcplab.engine.LinuxSetting;
import tcplab.engine.Side;
import tcplab.engine.TcpState;
import tcplab.engine.TimerKind;
import tcplab.engine.TimerProfile;
import tcplab.explain.FigureTransition;
import tcplab.explain.Narrator;
import tcplab.glossary.Glossary;
import tcplab.playback.SegmentKind;
import tcplab.scenario.Course;
import tcplab.scenario.HostRole;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * The one place that builds i18n keys at run time (for a state, a scenario, an event kind).
 * Literal keys are written where they are used; keys built from data are built only here, so
 * the key-usage test can list every key the code may ask for.
 */
public final class TextKeys {

    private TextKeys() {
    }

    /** The short title of a catalogue scenario, e.g. {@code scenario.syn-lost.title}. */
    public static String scenarioTitle(String scenarioId) {
        return "scenario." + scenarioId + ".title";
    }

    /** The one-sentence summary of a catalogue scenario, e.g. {@code scenario.syn-lost.summary}. */
    public static String scenarioSummary(String scenarioId) {
        return "scenario." + scenarioId + ".summary";
    }

    /** The one-sentence goal of a course lesson, e.g. {@code course.syn-lost.goal}. */
    public static String courseGoal(String scenarioId) {
        return "course." + scenarioId + ".goal";
    }

    /** What a host does in the lesson, shown under its name, e.g. {@code host.role.LISTENS}. */
    public static String hostRole(HostRole role) {
        return "host.role." + role.name();
    }

    /** A short phrase for what a host in {@code state} is doing, shown under the state's name. */
    public static String stateSummary(TcpState state) {
        return "state." + state.name() + ".summary";
    }

    /** Why a host is in {@code state}, for the explanation panel. */
    public static String stateExplanation(TcpState state) {
        return "state." + state.name() + ".explain";
    }

    /** What sending a segment of this kind means. */
    public static String segmentSent(SegmentKind kind) {
        return "explain.sent." + kind.name();
    }

    /** What the receiver of a segment of this kind does with it. */
    public static String segmentDelivered(SegmentKind kind) {
        return "explain.delivered." + kind.name();
    }

    public static String timerArmed(TimerKind kind) {
        return "explain.timer.armed." + kind.name();
    }

    public static String timerFired(TimerKind kind) {
        return "explain.timer.fired." + kind.name();
    }

    public static String timerCancelled(TimerKind kind) {
        return "explain.timer.cancelled." + kind.name();
    }

    /** The name of a timer as a host shows it. */
    public static String timerName(TimerKind kind) {
        return "timer." + kind.name() + ".name";
    }

    public static String appCall(AppAction action) {
        return "explain.app." + action.name();
    }

    /** What an application call or its result is, as a line of the narration says it. */
    public static String narrationAppCall(AppAction action) {
        return "narration.app." + action.name();
    }

    /** The same, with the state its host enters by it; only for {@link Narrator#STATE_CHANGING_CALLS}. */
    public static String narrationAppCallWithState(AppAction action) {
        return "narration.app." + action.name() + ".state";
    }

    /** A timer's name in the middle of a narration's sentence, e.g. "retransmission timer". */
    public static String narrationTimer(TimerKind kind) {
        return "narration.timer." + kind.name();
    }

    public static String profile(TimerProfile profile) {
        return "profile." + profile.name();
    }

    /** The one-line explanation of a Linux kernel setting, e.g. {@code linux.setting.TCP_FIN_TIMEOUT}. */
    public static String linuxSetting(LinuxSetting setting) {
        return "linux.setting." + setting.name();
    }

    /** The direction a fault control acts on, named by its sender. */
    public static String faultDirection(Side from) {
        return "faults.direction." + from.name();
    }

    /** Every key the methods of this class can build, for the key-usage test. */
    public static Stream<String> dynamicKeys() {
        return Stream.of(
                ScenarioCatalog.all().stream().map(Scenario::id)
                        .flatMap(id -> Stream.of(scenarioTitle(id), scenarioSummary(id))),
                Course.lessons().stream().map(lesson -> courseGoal(lesson.scenario().id())),
                each(HostRole.values(), TextKeys::hostRole),
                each(TcpState.values(), TextKeys::stateSummary),
                each(TcpState.values(), TextKeys::stateExplanation),
                each(SegmentKind.values(), TextKeys::segmentSent),
                each(SegmentKind.values(), TextKeys::segmentDelivered),
                each(TimerKind.values(), TextKeys::timerArmed),
                each(TimerKind.values(), TextKeys::timerFired),
                each(TimerKind.values(), TextKeys::timerCancelled),
                each(TimerKind.values(), TextKeys::timerName),
                each(AppAction.values(), TextKeys::appCall),
                each(AppAction.values(), TextKeys::narrationAppCall),
                Narrator.STATE_CHANGING_CALLS.stream().map(TextKeys::narrationAppCallWithState),
                each(TimerKind.values(), TextKeys::narrationTimer),
                each(TimerProfile.values(), TextKeys::profile),
                each(LinuxSetting.values(), TextKeys::linuxSetting),
                each(Side.values(), TextKeys::faultDirection),
                each(FigureTransition.values(), FigureTransition::labelKey),
                Glossary.keys()
        ).flatMap(Function.identity());
    }

    private static <T> Stream<String> each(T[] values, Function<T, String> key) {
        return Arrays.stream(values).map(key);
    }
}
