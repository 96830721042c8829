package tcplab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.engine.AppAction;
import tcplab.engine.AppCall;
import tcplab.engine.DropCause;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerKind;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/** Every kind of event, and entering every state, gets a sentence in both languages. */
class EventExplainerTest {


    @Test
    void everyEventKindIsExplainedInBothLanguages() {
        List<TraceEvent> events = new ArrayList<>();
        List<Segment> segments = List.of(
                segment(Side.CLIENT, 1000, 0, 0, Flag.SYN),
                segment(Side.SERVER, 5000, 1001, 0, Flag.SYN, Flag.ACK),
                segment(Side.CLIENT, 1001, 5001, 0, Flag.ACK),
                segment(Side.CLIENT, 1001, 5001, 0, Flag.FIN, Flag.ACK),
                segment(Side.SERVER, 0, 1001, 0, Flag.RST, Flag.ACK),
                segment(Side.CLIENT, 1001, 5001, 64, Flag.PSH, Flag.ACK));
        int id = 1;
        for (Segment segment : segments) {
            events.add(new SegmentSent(0, segment.from(), id, id, segment, false));
            events.add(new SegmentSent(0, segment.from(), id, id, segment, true));
            events.add(new SegmentDelivered(0, segment.from().peer(), id, segment));
            id++;
        }
        for (DropCause cause : DropCause.values()) {
            events.add(new SegmentDropped(0, Side.CLIENT, 1, segments.get(0), cause));
        }
        events.add(new SegmentDuplicated(0, Side.CLIENT, 1, 2, segments.get(0)));
        for (TcpState state : TcpState.values()) {
            events.add(new StateChanged(0, Side.SERVER, TcpState.CLOSED, state));
        }
        for (TimerKind kind : TimerKind.values()) {
            events.add(new TimerArmed(0, Side.CLIENT, kind, 1_000_000, 0));
            events.add(new TimerFired(0, Side.CLIENT, kind));
            events.add(new TimerCancelled(0, Side.CLIENT, kind));
        }
        for (AppAction action : AppAction.values()) {
            events.add(new AppCall(0, Side.CLIENT, action, 64));
        }

        EventExplainer explainer = new EventExplainer(new Trace(events, 0), true);
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (int index = 0; index < events.size(); index++) {
                TraceEvent event = events.get(index);
                List<String> sentences = explainer.explain(index).stream().map(messages::text).toList();
                assertThat(sentences).as("%s in %s", event, language).isNotEmpty().allSatisfy(sentence -> {
                    assertThat(sentence).doesNotContain("!").doesNotContain("{");
                    assertThat(sentence).contains(messages.text(EventExplainer.hostName(event.side())));
                    if (language == Language.KOREAN) {
                        assertThat(sentence).containsPattern("[\\uAC00-\\uD7A3]");
                    }
                });
            }
        }
    }

    @Test
    void aRetransmissionSaysSoAndWhichTry() {
        Segment syn = segment(Side.CLIENT, 1000, 0, 0, Flag.SYN);
        SegmentSent first = new SegmentSent(0, Side.CLIENT, 1, 1, syn, false);
        SegmentSent second = new SegmentSent(1_000_000, Side.CLIENT, 2, 2, syn, true);
        SegmentSent third = new SegmentSent(3_000_000, Side.CLIENT, 3, 3, syn, true);
        EventExplainer withHistory = new EventExplainer(new Trace(List.of(first, second, third), 3_000_000), true);
        List<String> sentences = english(withHistory.explain(1));
        assertThat(english(withHistory.explain(2)).get(0)).contains("try 3");
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0)).contains("retransmission").contains("try 2");
        assertThat(sentences.get(1)).as("the repeat names its numbers, not the whole SYN lesson again")
                .contains("sequence number 1000").doesNotContain("RFC 9293");
    }

    @Test
    void theStandardIsTaughtWhereTheStudyNoteIsWrong() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            assertThat(explain(messages, TcpState.TIME_WAIT)).contains("240").contains("60").contains("MSL");
            assertThat(explain(messages, TcpState.ESTABLISHED)).contains("SYN+ACK");
            // The misspellings are named once, where the first lesson introduces the states, not in every state.
            assertThat(explain(messages, TcpState.SYN_SENT)).contains("SYN-SENT").doesNotContain("SYN_SEND");
            assertThat(explain(messages, TcpState.SYN_RECEIVED)).contains("SYN-RECEIVED").doesNotContain("SYN_RECIEVED");
            assertThat(explain(messages, TcpState.ESTABLISHED)).doesNotContain("ESTACLISHED");
            assertThat(messages.text(tcplab.TextKeys.scenarioSummary("handshake")))
                    .contains("SYN_SEND", "SYN_RECIEVED", "ESTACLISHED", "ss", "netstat", "SYN_SENT", "SYN_RECV", "TIME_WAIT");
        }
        assertThat(explain(Messages.of(Language.ENGLISH), TcpState.FIN_WAIT_1)).contains("active closer");
        assertThat(explain(Messages.of(Language.ENGLISH), TcpState.CLOSE_WAIT)).contains("passive closer");
        assertThat(explain(Messages.of(Language.KOREAN), TcpState.FIN_WAIT_1)).contains("능동적 종료자");
        assertThat(explain(Messages.of(Language.KOREAN), TcpState.CLOSE_WAIT)).contains("수동적 종료자");
        SegmentSent syn = new SegmentSent(0, Side.CLIENT, 1, 1, segment(Side.CLIENT, 1000, 0, 0, Flag.SYN), false);
        assertThat(english(new EventExplainer(new Trace(List.of(syn), 0), true).explain(0))).singleElement()
                .asString().contains("1000").contains("not just a random number");
    }

    @Test
    void numbersAreRelativeOrRawAsAsked() {
        Segment data = segment(Side.CLIENT, 1001, 5001, 64, Flag.PSH, Flag.ACK);
        Trace trace = new Trace(List.of(new SegmentSent(0, Side.CLIENT, 1, 1, data, false)), 0);
        assertThat(english(new EventExplainer(trace, true).explain(0)).get(0)).contains(" 1").doesNotContain("1001");
        assertThat(english(new EventExplainer(trace, false).explain(0)).get(0)).contains("1001").contains("5001");
    }

    private static String explain(Messages messages, TcpState state) {
        Trace trace = new Trace(List.of(new StateChanged(0, Side.CLIENT, TcpState.CLOSED, state)), 0);
        return String.join(" ", new EventExplainer(trace, true).explain(0).stream().map(messages::text).toList());
    }

    private static List<String> english(List<Message> sentences) {
        return sentences.stream().map(Messages.of(Language.ENGLISH)::text).toList();
    }

    private static Segment segment(Side from, long seq, long ack, int length, Flag... flags) {
        return new Segment(from, seq, ack, EnumSet.copyOf(List.of(flags)), length, 65_535);
    }
}
