package tcplab.guided;

import java.util.List;
import java.util.Optional;
import tcplab.TextKeys;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerProfile;
import tcplab.engine.TraceEvent;
import tcplab.explain.Formats;
import tcplab.i18n.Message;

/**
 * "How long does this timer run?", asked as a host starts a timer that then expires (a timer
 * stopped or restarted first shows no answer). Asked before the timer starts, so the countdown the
 * window draws does not give the answer away.
 */
final class TimerQuestions {

    private static final long RFC_TIME_WAIT = TimerProfile.RFC.timeWaitMicros();
    private static final long LINUX_TIME_WAIT = TimerProfile.LINUX.timeWaitMicros();
    private static final long RFC_MSL = TimerProfile.RFC.mslMicros();
    /** RFC 1122's initial RTO, before RFC 6298 lowered it to 1 s and kept it only as its 5.7 fallback. */
    private static final long OLD_INITIAL_RTO = TimerProfile.FALLBACK_RTO_MICROS;
    /** Linux's TCP_DELACK_MAX. */
    private static final long LINUX_LONGEST_DELAYED_ACK = 200_000L;
    /** RFC 1122 section 4.2.3.2: an ACK must not be delayed longer. */
    private static final long RFC_1122_LONGEST_DELAYED_ACK = 500_000L;

    private TimerQuestions() {
    }

    static List<Candidate> of(TraceMoments moments) {
        return moments.candidatesAt(TimerArmed.class,
                (index, armed) -> expiry(moments, index, armed).flatMap(fired -> at(moments, index, armed, fired)));
    }

    /** The index where the timer armed at {@code index} expires, if nothing stops or restarts it first. */
    private static Optional<Integer> expiry(TraceMoments moments, int index, TimerArmed armed) {
        for (int i = index + 1; i < moments.events().size(); i++) {
            TraceEvent event = moments.event(i);
            if (event.side() == armed.side()) {
                if (event instanceof TimerFired fired && fired.kind() == armed.kind()) {
                    return Optional.of(i);
                }
                if (event instanceof TimerArmed again && again.kind() == armed.kind()
                        || event instanceof TimerCancelled cancelled && cancelled.kind() == armed.kind()) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Candidate> at(TraceMoments moments, int index, TimerArmed armed, int firedAt) {
        long runs = moments.event(firedAt).time() - armed.time();
        if (runs <= 0) {
            return Optional.empty(); // a host that skips the timer (a non-compliant lesson): nothing to predict
        }
        Message host = TraceMoments.host(armed.side());
        ChoiceList choices = new ChoiceList(after(runs),
                Message.of(TextKeys.timerArmed(armed.kind()), host, Formats.countdown(runs)));
        offerMistakes(moments, index, armed, runs, choices);
        if (!choices.enough()) {
            return Optional.empty();
        }
        Message prompt = switch (armed.kind()) {
            case RETRANSMISSION -> Message.of("question.prompt.timer.RETRANSMISSION", host);
            case TIME_WAIT -> Message.of("question.prompt.timer.TIME_WAIT", host);
            case DELAYED_ACK -> Message.of("question.prompt.timer.DELAYED_ACK", host);
            case FIN_WAIT_2 -> Message.of("question.prompt.timer.FIN_WAIT_2", host);
        };
        Question question = new Question(QuestionKind.TIMER, index, firedAt, prompt, choices.shuffled(moments.seed(index)));
        return Optional.of(new Candidate(question, priority(armed)));
    }

    /** The durations learners expect instead, each with what that duration really is. */
    private static void offerMistakes(TraceMoments moments, int index, TimerArmed armed, long runs, ChoiceList choices) {
        switch (armed.kind()) {
            case TIME_WAIT -> choices
                    .wrong(after(2 * moments.lastRto(index, armed.side())), Message.of("question.timer.timeWaitIsNotRto"))
                    .wrong(after(RFC_MSL), Message.of("question.timer.oneMsl"))
                    .wrong(after(LINUX_TIME_WAIT), Message.of("question.timer.linuxTimeWait"))
                    .wrong(after(RFC_TIME_WAIT), Message.of("question.timer.rfcTimeWait"));
            case RETRANSMISSION -> {
                if (armed.attempt() == 0) {
                    choices.wrong(after(2 * runs), Message.of("question.timer.doublesOnlyAfterTimeout"));
                } else if (moments.lastRto(index, armed.side()) < runs) {
                    choices.wrong(after(moments.lastRto(index, armed.side())), Message.of("question.timer.backedOff"));
                }
                choices.wrong(after(OLD_INITIAL_RTO), Message.of("question.timer.oldInitialRto"))
                        .wrong(after(TimerProfile.INITIAL_RTO_MICROS), Message.of("question.timer.initialRto"))
                        .wrong(after(TimerProfile.LINUX.minRtoMicros()), Message.of("question.timer.linuxMinRto"));
            }
            case DELAYED_ACK -> choices
                    .wrong(after(LINUX_LONGEST_DELAYED_ACK), Message.of("question.timer.delayedAckMax"))
                    .wrong(after(RFC_1122_LONGEST_DELAYED_ACK), Message.of("question.timer.delayedAckRfc1122"))
                    .wrong(after(TimerProfile.INITIAL_RTO_MICROS), Message.of("question.timer.delayedAckIsNotRto"));
            case FIN_WAIT_2 -> choices
                    .wrong(after(RFC_TIME_WAIT), Message.of("question.timer.finTimeoutIsNotTimeWait"))
                    .wrong(after(RFC_MSL), Message.of("question.timer.oneMsl"))
                    .wrong(after(LINUX_TIME_WAIT), Message.of("question.timer.finTimeoutDefault"));
        }
    }

    /** The timers learners misjudge most: TIME-WAIT and Linux's FIN-WAIT-2 limit, then the RTO. */
    private static int priority(TimerArmed armed) {
        return switch (armed.kind()) {
            case FIN_WAIT_2 -> 85;
            case TIME_WAIT -> 86;
            case RETRANSMISSION -> armed.attempt() == 0 ? 75 : 65;
            case DELAYED_ACK -> 30;
        };
    }

    private static Message after(long micros) {
        return Message.of("question.choice.duration", Formats.seconds(micros));
    }
}
