package tcplab.guided;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Language;
import tcplab.i18n.Localizable;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/**
 * Checks on generated questions written from the trace alone: what the trace shows at the answer
 * event is read here from the events themselves, never through the generator's own helpers.
 */
final class QuestionChecks {

    private static final List<Messages> LANGUAGES =
            List.of(Messages.of(Language.ENGLISH), Messages.of(Language.KOREAN));

    private QuestionChecks() {
    }

    /** Every property a lesson's questions must have, for a trace shown with relative or raw numbers. */
    static void check(Trace trace, boolean relative, List<Question> questions) {
        assertThat(questions.size()).isLessThanOrEqualTo(QuestionGenerator.MOST_QUESTIONS);
        for (int k = 0; k < questions.size(); k++) {
            Question question = questions.get(k);
            assertThat(question.askBefore()).isLessThanOrEqualTo(question.answerEvent());
            assertThat(question.answerEvent()).isLessThan(trace.events().size());
            if (k > 0) {
                assertThat(questions.get(k - 1).answerEvent())
                        .as("the previous question is answered before this one is asked").isLessThan(question.askBefore());
            }
            assertThat(question.choices().stream().filter(Choice::correct).count()).isEqualTo(1);
            assertThat(question.choices().size()).isBetween(3, 4);
            everyKeyExists(question);
            choicesReadDifferently(question);
            rightAnswerIsWhatTheTraceShows(trace, relative, question);
        }
    }

    private static void everyKeyExists(Question question) {
        List<Message> messages = new ArrayList<>();
        messages.add(message(question.prompt()));
        for (Choice choice : question.choices()) {
            messages.add(message(choice.text()));
            messages.add(message(choice.feedback()));
        }
        for (Messages language : LANGUAGES) {
            for (String key : keys(messages)) {
                assertThat(language.has(key)).as("%s has a text for %s", language.language(), key).isTrue();
            }
        }
    }

    /** A generated question's text: always one of the lab's own, never a text written for one lesson. */
    static Message message(Localizable text) {
        assertThat(text).isInstanceOf(Message.class);
        return (Message) text;
    }

    /** Every key of the messages and of the messages nested in their arguments. */
    private static Set<String> keys(List<Message> messages) {
        Set<String> keys = new HashSet<>();
        for (Message message : messages) {
            keys.add(message.key());
            keys.addAll(keys(message.args().stream().filter(Message.class::isInstance).map(Message.class::cast).toList()));
        }
        return keys;
    }

    private static void choicesReadDifferently(Question question) {
        for (Messages language : LANGUAGES) {
            List<String> texts = question.choices().stream().map(c -> language.text(c.text())).toList();
            assertThat(new HashSet<>(texts)).as("choices in %s: %s", language.language(), texts).hasSameSizeAs(texts);
            assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain("!"));
        }
    }

    private static void rightAnswerIsWhatTheTraceShows(Trace trace, boolean relative, Question question) {
        List<TraceEvent> events = trace.events();
        TraceEvent answer = events.get(question.answerEvent());
        Message right = message(question.choices().get(question.correctIndex()).text());
        List<Message> wrong = question.choices().stream().filter(c -> !c.correct()).map(c -> message(c.text())).toList();
        switch (question.kind()) {
            case FLAGS -> {
                SegmentSent sent = (SegmentSent) answer;
                String flags = flagNames(sent.segment());
                assertThat(right.args()).containsExactly(flags);
                assertThat(wrong).allSatisfy(w -> assertThat(w.args()).doesNotContain(flags));
            }
            case NUMBERS -> {
                SegmentSent sent = (SegmentSent) answer;
                long seq = relative ? trace.relativeNumbers().seq(sent.transmissionId(), sent.segment()) : sent.segment().seq();
                long ack = relative ? trace.relativeNumbers().ack(sent.transmissionId(), sent.segment()) : sent.segment().ack();
                assertThat(right.args()).containsExactly(String.valueOf(seq), String.valueOf(ack));
                assertThat(wrong).allSatisfy(w -> assertThat(w.args()).isNotEqualTo(right.args()));
            }
            case STATE -> {
                StateChanged change = (StateChanged) answer;
                assertThat(right.key()).isEqualTo("question.choice.state");
                assertThat(right.args()).containsExactly(change.to().rfcName());
                assertThat(wrong).noneMatch(w -> w.key().equals(right.key()) && w.args().equals(right.args()));
            }
            case TIMER -> {
                TimerArmed armed = (TimerArmed) events.get(question.askBefore());
                TimerFired fired = (TimerFired) answer;
                assertThat(fired.side()).isEqualTo(armed.side());
                assertThat(fired.kind()).isEqualTo(armed.kind());
                for (TraceEvent between : events.subList(question.askBefore() + 1, question.answerEvent())) {
                    boolean stopsIt = (between instanceof TimerArmed again && again.kind() == armed.kind()
                            || between instanceof TimerCancelled stop && stop.kind() == armed.kind())
                            && between.side() == armed.side();
                    assertThat(stopsIt).as("the timer runs uninterrupted until it fires").isFalse();
                }
                assertThat(right.args()).hasSize(1);
                assertShowsSeconds(right.args().get(0), fired.time() - armed.time());
            }
            case AFTER_LOSS -> {
                assertThat(events.get(question.askBefore())).isInstanceOf(SegmentDropped.class);
                int resent = firstRetransmission(events, question.askBefore());
                if (resent < 0) {
                    assertThat(right.key()).isEqualTo("question.choice.loss.nothing");
                } else {
                    SegmentSent repeat = (SegmentSent) events.get(resent);
                    assertThat(question.answerEvent()).isEqualTo(resent);
                    assertThat(right.key()).isEqualTo("question.choice.loss.resend");
                    assertThat(right.args()).hasSize(3).startsWith(hostKey(repeat.side()), flagNames(repeat.segment()));
                    assertShowsSeconds(right.args().get(2), repeat.time());
                }
            }
        }
    }

    private static int firstRetransmission(List<TraceEvent> events, int after) {
        for (int i = after + 1; i < events.size(); i++) {
            if (events.get(i) instanceof SegmentSent sent && sent.retransmission()) {
                return i;
            }
        }
        return -1;
    }

    private static Message hostKey(Side side) {
        return Message.of(side == Side.CLIENT ? "host.client.name" : "host.server.name");
    }

    private static String flagNames(Segment segment) {
        return segment.flags().stream().sorted().map(Enum::name).collect(Collectors.joining("+"));
    }

    /** A time shown in seconds with three decimals is the given one, to the nearest millisecond. */
    private static void assertShowsSeconds(Object shown, long micros) {
        assertThat((String) shown).matches("\\d+\\.\\d{3}");
        assertThat(Math.abs(new BigDecimal((String) shown).movePointRight(6).longValueExact() - micros))
                .as("%s s against %d µs", shown, micros).isLessThanOrEqualTo(500);
    }
}
