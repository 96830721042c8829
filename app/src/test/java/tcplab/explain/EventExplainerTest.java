package tcplab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tcplab.engine.AppAction;
import tcplab.engine.AppCall;
import tcplab.engine.DropCause;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentDuplicated;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerArmed;
import tcplab.engine.TimerCancelled;
import tcplab.engine.TimerFired;
import tcplab.engine.TimerKind;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;
import tcplab.scenario.ScenarioCatalog;

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
        Trace trace = new Trace(List.of(first, second, third), 3_000_000);
        EventExplainer withHistory = new EventExplainer(trace, true);
        List<String> sentences = english(withHistory.explain(1));
        assertThat(english(withHistory.explain(2)).get(0)).contains("try 3");
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0)).contains("retransmission").contains("try 2").contains("timer expired");
        assertThat(sentences.get(1)).as("the repeat names its numbers, not the whole SYN lesson again")
                .contains("same sequence number as before, 0 (relative)").doesNotContain("RFC 9293");
        assertThat(english(new EventExplainer(trace, false).explain(1)).get(1)).contains("1000 (raw)");
    }

    @Test
    void aSynAckThatAnswersARepeatedSynIsNotATimeout() {
        // synack-lost at 1.050 s: the server's timer resends its SYN+ACK, then the client's second SYN arrives.
        Segment syn = segment(Side.CLIENT, 1000, 0, 0, Flag.SYN);
        Segment synAck = segment(Side.SERVER, 5000, 1001, 0, Flag.SYN, Flag.ACK);
        Trace trace = new Trace(List.of(
                new SegmentSent(0, Side.CLIENT, 1, 1, syn, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, syn),
                new StateChanged(50_000, Side.SERVER, TcpState.LISTEN, TcpState.SYN_RECEIVED),
                new SegmentSent(50_000, Side.SERVER, 2, 1, synAck, false),
                new SegmentSent(1_000_000, Side.CLIENT, 3, 2, syn, true),
                new TimerFired(1_050_000, Side.SERVER, TimerKind.RETRANSMISSION),
                new SegmentSent(1_050_000, Side.SERVER, 4, 2, synAck, true),
                new TimerArmed(1_050_000, Side.SERVER, TimerKind.RETRANSMISSION, 3_050_000, 1),
                new SegmentDelivered(1_050_000, Side.SERVER, 3, syn),
                new SegmentSent(1_050_000, Side.SERVER, 5, 3, synAck, true)), 1_050_000);
        EventExplainer explainer = new EventExplainer(trace, true);
        assertThat(english(explainer.explain(6)).get(0)).contains("try 2").contains("timer expired");
        assertThat(english(explainer.explain(8)).get(0)).contains("again").contains("not received the SYN+ACK");
        assertThat(english(explainer.explain(9)).get(0)).contains("try 3").contains("no timer expired")
                .contains("same SYN");
        assertThat(Messages.of(Language.KOREAN).text(explainer.explain(9).get(0))).contains("타이머가 만료된 것은 아닙니다");
    }

    @Test
    void everySentenceWithNumbersSaysWhichNumbering() {
        Segment syn = segment(Side.CLIENT, 1000, 0, 0, Flag.SYN);
        Segment synAck = segment(Side.SERVER, 5000, 1001, 0, Flag.SYN, Flag.ACK);
        List<Segment> segments = List.of(syn, synAck,
                segment(Side.CLIENT, 1001, 5001, 0, Flag.ACK),
                segment(Side.CLIENT, 1001, 5001, 64, Flag.PSH, Flag.ACK),
                segment(Side.CLIENT, 1065, 5001, 0, Flag.FIN, Flag.ACK));
        List<TraceEvent> events = new ArrayList<>();
        int id = 1;
        for (Segment segment : segments) {
            events.add(new SegmentSent(id, segment.from(), id, id, segment, false));
            events.add(new SegmentDropped(id, segment.from(), id, segment, DropCause.FAULT));
            id++;
        }
        Trace trace = new Trace(events, id);
        Messages english = Messages.of(Language.ENGLISH);
        Messages korean = Messages.of(Language.KOREAN);
        for (int index = 0; index < events.size(); index++) {
            String relative = english.text(new EventExplainer(trace, true).explain(index).get(0));
            String raw = english.text(new EventExplainer(trace, false).explain(index).get(0));
            assertThat(relative).as("relative %s", events.get(index)).contains("relative");
            assertThat(raw).as("raw %s", events.get(index)).contains("raw").doesNotContain("relative");
            assertThat(korean.text(new EventExplainer(trace, true).explain(index).get(0))).contains("상대 번호");
            assertThat(korean.text(new EventExplainer(trace, false).explain(index).get(0)))
                    .contains("절대 번호").doesNotContain("상대 번호");
        }
        // The review's example: the SYN+ACK right after the client's ISN 1000, in the default relative view.
        assertThat(english.text(new EventExplainer(trace, true).explain(2).get(0)))
                .contains("relative 1 (raw 1001, the peer’s ISN + 1)").contains("relative seq 0").contains("raw 5000");
        assertThat(english.text(new EventExplainer(trace, false).explain(2).get(0)))
                .contains("1001 in raw numbers").contains("5000 in raw numbers");
        assertThat(english.text(new EventExplainer(trace, true).explain(0).get(0)))
                .contains("1000 in raw numbers").contains("relative numbers this SYN is seq 0");
    }

    @Test
    void theIsnSentenceSaysWhenTheRunFixedIt() {
        Segment syn = segment(Side.CLIENT, 1000, 0, 0, Flag.SYN);
        Trace trace = new Trace(List.of(new SegmentSent(0, Side.CLIENT, 1, 1, syn, false)), 0);
        assertThat(english(new EventExplainer(trace, true, List.of(), Set.of(Side.CLIENT)).explain(0)).get(1))
                .contains("both addresses and both ports").contains("fixes it").contains("Fixed ISN");
        assertThat(english(new EventExplainer(trace, true, List.of(), Set.of(Side.SERVER)).explain(0)).get(1))
                .contains("both addresses and both ports").doesNotContain("fixes");
    }

    @Test
    void theAckThatEndsTheHandshakeSaysItConfirmsThePeersIsn() {
        Segment synAck = segment(Side.SERVER, 5000, 1001, 0, Flag.SYN, Flag.ACK);
        Segment ack = segment(Side.CLIENT, 1001, 5001, 0, Flag.ACK);
        Trace trace = new Trace(List.of(
                new StateChanged(0, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT),
                new SegmentSent(50_000, Side.SERVER, 1, 1, synAck, false),
                new SegmentDelivered(100_000, Side.CLIENT, 1, synAck),
                new StateChanged(100_000, Side.CLIENT, TcpState.SYN_SENT, TcpState.ESTABLISHED),
                new SegmentSent(100_000, Side.CLIENT, 2, 2, ack, false),
                new SegmentSent(1_050_000, Side.SERVER, 3, 2, synAck, true),
                new SegmentDelivered(1_100_000, Side.CLIENT, 3, synAck),
                new SegmentSent(1_100_000, Side.CLIENT, 4, 3, ack, false)), 1_100_000);
        EventExplainer explainer = new EventExplainer(trace, false);
        assertThat(english(explainer.explain(4)).get(0)).contains("third segment").contains("5001 (raw)")
                .contains("ISN + 1");
        assertThat(english(explainer.explain(6)).get(0)).contains("already open").contains("challenge ACK")
                .doesNotContain("is old");
        assertThat(english(explainer.explain(7)).get(0)).doesNotContain("third segment").contains("5001 (raw)");
    }

    @Test
    void aLossSaysWhatRepairsIt() {
        List<Segment> lost = List.of(segment(Side.CLIENT, 1001, 5001, 0, Flag.ACK),
                segment(Side.CLIENT, 1001, 5001, 0, Flag.FIN, Flag.ACK),
                segment(Side.SERVER, 5001, 1001, 0, Flag.RST, Flag.ACK),
                segment(Side.CLIENT, 1000, 0, 0, Flag.SYN));
        List<TraceEvent> events = new ArrayList<>();
        for (int i = 0; i < lost.size(); i++) {
            events.add(new SegmentSent(0, lost.get(i).from(), i + 1, i + 1, lost.get(i), false));
            events.add(new SegmentDropped(25_000, lost.get(i).from(), i + 1, lost.get(i), DropCause.FAULT));
        }
        EventExplainer explainer = new EventExplainer(new Trace(events, 25_000), true);
        assertThat(english(explainer.explain(1))).hasSize(2).last().asString()
                .contains("never retransmitted").contains("later segment").doesNotContain("timer expires");
        assertThat(english(explainer.explain(3))).last().asString().contains("retransmission timer expires");
        assertThat(english(explainer.explain(5))).last().asString().contains("RST is never retransmitted");
        assertThat(english(explainer.explain(7))).last().asString().contains("retransmission timer expires");
        assertThat(english(explainer.explain(1))).noneMatch(sentence -> sentence.contains("only a timer"));
    }

    @Test
    void timersUnderASecondAreToldInMilliseconds() {
        Trace trace = new Trace(List.of(
                new TimerArmed(0, Side.SERVER, TimerKind.DELAYED_ACK, 40_000, 0),
                new TimerArmed(0, Side.CLIENT, TimerKind.RETRANSMISSION, 250_000, 0),
                new TimerArmed(0, Side.CLIENT, TimerKind.RETRANSMISSION, 3_300_000, 0),
                new TimerArmed(0, Side.CLIENT, TimerKind.TIME_WAIT, 240_000_000, 0)), 0);
        EventExplainer explainer = new EventExplainer(trace, true);
        assertThat(english(explainer.explain(0)).get(0)).contains("(40 ms)").doesNotContain("0.0 s");
        assertThat(english(explainer.explain(1)).get(0)).contains("of 250 ms").doesNotContain("0.3");
        assertThat(english(explainer.explain(2)).get(0)).contains("of 3.3 s");
        assertThat(english(explainer.explain(3)).get(0)).contains("(240 s)");
        Messages korean = Messages.of(Language.KOREAN);
        assertThat(korean.text(explainer.explain(0).get(0))).contains("(40밀리초)");
        assertThat(korean.text(explainer.explain(3).get(0))).contains("TIME-WAIT 타이머(240초)를 시작합니다");
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
        assertThat(explain(Messages.of(Language.KOREAN), TcpState.FIN_WAIT_1)).contains("능동 종료 측");
        assertThat(explain(Messages.of(Language.KOREAN), TcpState.CLOSE_WAIT)).contains("수동 종료 측");
        SegmentSent syn = new SegmentSent(0, Side.CLIENT, 1, 1, segment(Side.CLIENT, 1000, 0, 0, Flag.SYN), false);
        assertThat(String.join(" ", english(new EventExplainer(new Trace(List.of(syn), 0), true).explain(0))))
                .contains("1000").contains("not simply a random number").contains("4 microseconds");
    }

    /** The trace of a catalogue lesson with the readable ISNs. */
    private static Trace lesson(String id, TimerProfile profile) {
        return Simulator.run(ScenarioCatalog.find(id).orElseThrow()
                .input(profile, 1, OptionalLong.of(1000), OptionalLong.of(5000)));
    }

    private static int firstIndex(Trace trace, Predicate<TraceEvent> test) {
        return firstIndex(trace, 0, test);
    }

    private static int firstIndex(Trace trace, int from, Predicate<TraceEvent> test) {
        for (int i = from; i < trace.events().size(); i++) {
            if (test.test(trace.events().get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event");
    }

    @Test
    void anOldDuplicateSynAndTheAnswerToItAreToldAsSuch() {
        Trace trace = lesson("old-duplicate-syn", TimerProfile.RFC);
        EventExplainer explainer = new EventExplainer(trace, true);
        int old = firstIndex(trace, e -> e instanceof SegmentSent s && s.oldDuplicate());
        int answerArrives = firstIndex(trace, e -> e instanceof SegmentDelivered d && d.side() == Side.CLIENT);
        int realAnswerArrives = firstIndex(trace, answerArrives + 1,
                e -> e instanceof SegmentDelivered d && d.side() == Side.CLIENT);

        assertThat(english(explainer.explain(old))).singleElement().asString()
                .contains("old duplicate").contains("seq 990").contains("earlier connection of Client");
        assertThat(english(explainer.explain(answerArrives))).singleElement().asString()
                .contains("not its own ISN + 1").contains("<SEQ=SEG.ACK><CTL=RST>");
        assertThat(english(explainer.explain(realAnswerArrives))).singleElement().asString()
                .contains("its own SYN is acknowledged");
        assertThat(Messages.of(Language.KOREAN).text(explainer.explain(old).get(0))).contains("오래된 중복");
    }

    @Test
    void aSynListsTheOptionsItCarriesOnePerParagraph() {
        Trace linux = lesson("syn-options", TimerProfile.LINUX);
        Trace rfc = lesson("syn-options", TimerProfile.RFC);
        int synSent = firstIndex(linux, e -> e instanceof SegmentSent);
        int rfcSynSent = firstIndex(rfc, e -> e instanceof SegmentSent);
        int synAckSent = firstIndex(linux, e -> e instanceof SegmentSent s && s.side() == Side.SERVER);
        int ackSent = firstIndex(linux, e -> e instanceof SegmentSent s && s.segment().flags().equals(EnumSet.of(Flag.ACK)));

        List<String> linuxSyn = english(new EventExplainer(linux, true).explain(synSent));
        assertThat(linuxSyn).hasSize(7);
        assertThat(linuxSyn.subList(3, 7)).containsExactly(
                "• MSS 1460: the largest segment it takes, in bytes of data.",
                "• SACK permitted: it understands selective acknowledgments.",
                "• Timestamps: TSval, its own clock, and TSecr, the peer’s clock value it echoes.",
                "• Window scale 7: its later window fields count in units of 128 bytes.");
        assertThat(english(new EventExplainer(linux, true).explain(synAckSent)).get(1)).contains("Server’s SYN+ACK");
        assertThat(english(new EventExplainer(rfc, true).explain(rfcSynSent))).hasSize(4).last().asString()
                .startsWith("• MSS 1460");
        assertThat(english(new EventExplainer(linux, true).explain(ackSent))).hasSize(1);
        assertThat(Messages.of(Language.KOREAN).text(new EventExplainer(linux, true).explain(synSent).get(4)))
                .contains("SACK 허용");
    }

    @Test
    void aRestartIsToldAsTheStartOfAHalfOpenConnection() {
        Trace trace = lesson("half-open", TimerProfile.LINUX);
        int restart = firstIndex(trace, e -> e instanceof AppCall a && a.action() == AppAction.RESTART);

        assertThat(english(new EventExplainer(trace, true).explain(restart))).singleElement().asString()
                .contains("Server crashes").contains("half-open");
    }

    @Test
    void numbersAreRelativeOrRawAsAsked() {
        Segment data = segment(Side.CLIENT, 1001, 5001, 64, Flag.PSH, Flag.ACK);
        Trace trace = new Trace(List.of(new SegmentSent(0, Side.CLIENT, 1, 1, data, false)), 0);
        assertThat(english(new EventExplainer(trace, true).explain(0)).get(0)).contains(" 1").doesNotContain("1001");
        assertThat(english(new EventExplainer(trace, false).explain(0)).get(0)).contains("1001").contains("5001");
    }

    @Test
    void anArrivalIsToldForTheStateItReaches() {
        Segment syn = segment(Side.CLIENT, 1000, 0, 0, Flag.SYN);
        Segment reset = segment(Side.SERVER, 0, 1001, 0, Flag.RST, Flag.ACK);
        Trace closedPort = new Trace(List.of(
                new SegmentSent(0, Side.CLIENT, 1, 1, syn, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, syn),
                new SegmentSent(50_000, Side.SERVER, 2, 1, reset, false)), 50_000);
        assertThat(english(new EventExplainer(closedPort, true).explain(1)).get(0))
                .contains("nothing listens").contains("RST").doesNotContain("learns");
        Trace silent = new Trace(List.of(
                new SegmentSent(0, Side.CLIENT, 1, 1, syn, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, syn)), 50_000);
        assertThat(english(new EventExplainer(silent, true).explain(1)).get(0))
                .contains("not even an RST").doesNotContain("learns the").doesNotContain("refuses");
        Trace simultaneous = new Trace(List.of(
                new StateChanged(0, Side.SERVER, TcpState.CLOSED, TcpState.SYN_SENT),
                new SegmentSent(0, Side.CLIENT, 1, 1, syn, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, syn)), 50_000);
        assertThat(english(new EventExplainer(simultaneous, true).explain(2)).get(0)).contains("simultaneous open");
        Trace listening = new Trace(List.of(
                new StateChanged(0, Side.SERVER, TcpState.CLOSED, TcpState.LISTEN),
                new SegmentSent(0, Side.CLIENT, 1, 1, syn, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, syn)), 50_000);
        assertThat(english(new EventExplainer(listening, true).explain(2)).get(0)).contains("learns");

        Segment ack = segment(Side.CLIENT, 1001, 5001, 0, Flag.ACK);
        Trace completing = new Trace(List.of(
                new StateChanged(0, Side.SERVER, TcpState.LISTEN, TcpState.SYN_RECEIVED),
                new SegmentSent(0, Side.CLIENT, 1, 1, ack, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, ack),
                new StateChanged(50_000, Side.SERVER, TcpState.SYN_RECEIVED, TcpState.ESTABLISHED)), 50_000);
        assertThat(english(new EventExplainer(completing, true).explain(2)).get(0))
                .contains("handshake is complete").doesNotContain("RST");
        Trace stray = new Trace(List.of(
                new StateChanged(0, Side.SERVER, TcpState.CLOSED, TcpState.LISTEN),
                new SegmentSent(0, Side.CLIENT, 1, 1, ack, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, ack)), 50_000);
        assertThat(english(new EventExplainer(stray, true).explain(2)).get(0)).contains("RST");

        Segment synAck = segment(Side.CLIENT, 1000, 5001, 0, Flag.SYN, Flag.ACK);
        Trace simultaneousSynAck = new Trace(List.of(
                new StateChanged(0, Side.SERVER, TcpState.SYN_SENT, TcpState.SYN_RECEIVED),
                new SegmentSent(0, Side.CLIENT, 1, 1, synAck, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, synAck)), 50_000);
        assertThat(english(new EventExplainer(simultaneousSynAck, true).explain(2)).get(0))
                .contains("simultaneous open").doesNotContain("already open");

        Segment fin = segment(Side.SERVER, 5001, 1002, 0, Flag.FIN, Flag.ACK);
        Trace finAgain = new Trace(List.of(
                new StateChanged(0, Side.CLIENT, TcpState.FIN_WAIT_2, TcpState.TIME_WAIT),
                new SegmentSent(0, Side.SERVER, 1, 1, fin, false),
                new SegmentDelivered(50_000, Side.CLIENT, 1, fin)), 50_000);
        assertThat(english(new EventExplainer(finAgain, true).explain(2)).get(0))
                .contains("FIN again").contains("last ACK was lost").contains("starts its TIME-WAIT timer over");

        Segment data = segment(Side.CLIENT, 1001, 5001, 64, Flag.PSH, Flag.ACK);
        Trace dataCompletes = new Trace(List.of(
                new StateChanged(0, Side.SERVER, TcpState.LISTEN, TcpState.SYN_RECEIVED),
                new SegmentSent(0, Side.CLIENT, 1, 1, data, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, data)), 50_000);
        assertThat(english(new EventExplainer(dataCompletes, true).explain(2)).get(0))
                .contains("completes the 3-way handshake");
        Trace lateData = new Trace(List.of(
                new StateChanged(0, Side.SERVER, TcpState.FIN_WAIT_2, TcpState.TIME_WAIT),
                new SegmentSent(0, Side.CLIENT, 1, 1, data, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, data)), 50_000);
        assertThat(english(new EventExplainer(lateData, true).explain(2)).get(0))
                .contains("late duplicate").doesNotContain("are kept");
        Trace openData = new Trace(List.of(
                new StateChanged(0, Side.SERVER, TcpState.SYN_RECEIVED, TcpState.ESTABLISHED),
                new SegmentSent(0, Side.CLIENT, 1, 1, data, false),
                new SegmentDelivered(50_000, Side.SERVER, 1, data)), 50_000);
        assertThat(english(new EventExplainer(openData, true).explain(2)).get(0))
                .contains("are kept").doesNotContain("late duplicate");
    }

    @Test
    void aLossNamesTheSegmentAndWhyAndNoTwoLossesReadAlike() {
        Segment ack = segment(Side.CLIENT, 1001, 5001, 0, Flag.ACK);
        Segment data = segment(Side.CLIENT, 1001, 5001, 64, Flag.PSH, Flag.ACK);
        Segment again = segment(Side.CLIENT, 1001, 5001, 64, Flag.PSH, Flag.ACK);
        Trace trace = new Trace(List.of(
                new SegmentSent(0, Side.CLIENT, 1, 1, ack, false),
                new SegmentSent(0, Side.CLIENT, 2, 2, data, false),
                new SegmentDuplicated(0, Side.CLIENT, 2, 3, data),
                new SegmentDropped(25_000, Side.CLIENT, 1, ack, DropCause.FAULT),
                new SegmentDropped(25_000, Side.CLIENT, 2, data, DropCause.RANDOM_LOSS),
                new SegmentDropped(25_000, Side.CLIENT, 3, data, DropCause.RANDOM_LOSS),
                new SegmentSent(1_000_000, Side.CLIENT, 4, 3, again, true),
                new SegmentDropped(1_025_000, Side.CLIENT, 4, again, DropCause.RANDOM_LOSS)), 2_000_000);
        EventExplainer lesson = new EventExplainer(trace, true);
        EventExplainer clicked = new EventExplainer(trace, true, List.of(ScriptedFault.dropNth(Side.CLIENT, 1)), Set.of());
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            List<String> losses = List.of(3, 4, 5, 7).stream()
                    .map(index -> messages.text(lesson.explain(index).get(0))).toList();
            assertThat(losses).doesNotHaveDuplicates();
            assertThat(messages.text(clicked.explain(3).get(0))).isNotEqualTo(losses.get(0));
        }
        Messages english = Messages.of(Language.ENGLISH);
        assertThat(english.text(lesson.explain(3).get(0))).startsWith("ACK from Client").contains("#1")
                .contains("seq 1").contains("ack 1").contains("0 bytes").contains("lesson");
        assertThat(english.text(clicked.explain(3).get(0))).contains("you asked");
        assertThat(english.text(lesson.explain(4).get(0))).contains("DATA").contains("#2").contains("64 bytes")
                .contains("random loss");
        assertThat(english.text(lesson.explain(5).get(0))).contains("second copy");
        assertThat(english.text(lesson.explain(7).get(0))).contains("#3");
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
