package tcplab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.engine.SegmentSent;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.playback.SegmentKind;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/**
 * Every point of the study note, and every correction of it, that the lab promises to teach (the
 * list of facts beside the note) is said in both languages, in the text that teaches it. A text
 * rewritten so that it drops a fact fails here, naming the fact.
 */
class FactsCoverageTest {

    /** A fact, the text that teaches it, and words each language's text must contain for it. */
    private record Fact(String id, String key, List<String> english, List<String> korean) {
    }

    private static Fact fact(String id, String key, List<String> english, List<String> korean) {
        return new Fact(id, key, english, korean);
    }

    private static final List<Fact> FACTS = List.of(
            fact("P1 3-way handshake", "scenario.handshake.summary",
                    List.of("3-way handshake", "SYN, SYN+ACK, ACK"), List.of("3방향 핸드셰이크", "SYN, SYN+ACK, ACK")),
            fact("P2 readiness and both ISNs", "scenario.handshake.summary",
                    List.of("ready", "initial sequence number (ISN)"), List.of("준비", "초기 순서 번호(ISN)")),
            fact("P3 SYN meaning", "explain.sent.SYN",
                    List.of("synchronize sequence numbers"), List.of("synchronize sequence numbers", "순서 번호 동기화")),
            fact("P3 ACK meaning", "explain.sent.ACK",
                    List.of("acknowledgment (ACK)"), List.of("확인 응답(ACK, acknowledgment)")),
            fact("P3 the note's words", "scenario.handshake.summary",
                    List.of("study note"), List.of("‘승인’", "확인 응답", "‘순차일련번호’", "순서 번호")),
            fact("P4 ISN and SYN-SENT", "state.SYN_SENT.explain",
                    List.of("SYN-SENT", "initial sequence number (ISN)"), List.of("SYN-SENT", "초기 순서 번호(ISN)")),
            fact("P5 ACK = ISN + 1", "explain.sent.SYN_ACK.relative",
                    List.of("ISN + 1", "own ISN"), List.of("ISN + 1", "자기 ISN")),
            fact("P5 SYN-RECEIVED", "state.SYN_RECEIVED.explain",
                    List.of("SYN-RECEIVED", "SYN+ACK"), List.of("SYN-RECEIVED", "SYN+ACK")),
            fact("P6 final ACK = server ISN + 1, data may ride", "explain.sent.ACK.handshake",
                    List.of("third segment", "ISN + 1", "Data may already ride"),
                    List.of("세 번째 세그먼트", "ISN + 1", "데이터를 함께 실을 수도")),
            fact("P6 server ESTABLISHED on the ACK", "explain.delivered.ACK.handshake",
                    List.of("3-way handshake is complete"), List.of("3방향 핸드셰이크가 끝납니다")),
            fact("P7 4-way teardown", "scenario.handshake.summary",
                    List.of("4-way handshake", "FIN, ACK, FIN, ACK"), List.of("4방향 핸드셰이크", "FIN, ACK, FIN, ACK")),
            fact("P8 CLOSE-WAIT may still send", "state.CLOSE_WAIT.explain",
                    List.of("CLOSE-WAIT", "may send remaining data"), List.of("CLOSE-WAIT", "남은 데이터를 보낼 수")),
            fact("P9 LAST-ACK, then CLOSED", "state.LAST_ACK.explain",
                    List.of("LAST-ACK", "CLOSED at once"), List.of("LAST-ACK", "곧바로 CLOSED")),
            fact("P10 TIME-WAIT before CLOSED", "state.TIME_WAIT.explain",
                    List.of("TIME-WAIT", "240 s", "60 s"), List.of("TIME-WAIT", "240초", "60초")),
            fact("C1-C3 state spellings", "scenario.handshake.summary",
                    List.of("SYN-SENT", "SYN-RECEIVED", "ESTABLISHED", "SYN_SEND", "SYN_RECIEVED", "ESTACLISHED"),
                    List.of("SYN-SENT", "SYN-RECEIVED", "ESTABLISHED", "SYN_SEND", "SYN_RECIEVED", "ESTACLISHED")),
            fact("C4 client ESTABLISHED on SYN+ACK", "state.ESTABLISHED.explain",
                    List.of("as soon as the SYN+ACK arrives", "still needs the final ACK"),
                    List.of("SYN+ACK가 도착하자마자", "마지막 ACK를 기다리는 서버")),
            fact("C5 active closer path", "state.FIN_WAIT_1.explain",
                    List.of("FIN-WAIT-1 → FIN-WAIT-2 → TIME-WAIT → CLOSED"),
                    List.of("FIN-WAIT-1 → FIN-WAIT-2 → TIME-WAIT → CLOSED")),
            fact("C5 passive closer path", "state.CLOSE_WAIT.explain",
                    List.of("CLOSE-WAIT → LAST-ACK → CLOSED"), List.of("CLOSE-WAIT → LAST-ACK → CLOSED")),
            fact("C6 either side closes; roles", "state.FIN_WAIT_1.explain",
                    List.of("Either side may close first", "active closer", "passive closer"),
                    List.of("어느 쪽이든 먼저 닫을 수", "능동 종료 측(active closer)", "수동 종료 측(passive closer)")),
            fact("C6 the server closing first", "scenario.server-close.summary",
                    List.of("active closer", "passive closer"), List.of("능동 종료 측", "수동 종료 측")),
            fact("C7 240 s RFC and 60 s Linux", "explain.timer.armed.TIME_WAIT",
                    List.of("2 × MSL = 240 s", "Linux waits 60 s"), List.of("2 × MSL = 240초", "리눅스는 60초")),
            fact("C8 the two reasons for TIME-WAIT", "state.TIME_WAIT.explain",
                    List.of("resends its FIN", "old duplicate segments"), List.of("FIN을 재전송", "오래된 중복 세그먼트")),
            fact("C8 the first reason, as it happens", "explain.delivered.FIN.repeat",
                    List.of("last ACK was lost", "first reason"), List.of("마지막 ACK가 손실", "첫 번째 이유")),
            fact("C9 ISN = clock + keyed hash", "explain.isn.generated",
                    List.of("4 microseconds", "keyed hash", "both addresses and both ports"),
                    List.of("4마이크로초", "비밀 키로 해시", "양쪽 주소와 양쪽 포트")),
            fact("C9 fixed ISNs are the lab's choice", "explain.isn.fixed",
                    List.of("keyed hash", "fixes it", "Fixed ISN"), List.of("비밀 키로 해시", "ISN을 고정", "‘ISN 고정’")),
            fact("simultaneous open", "scenario.simultaneous-open.summary",
                    List.of("SYN-SENT to SYN-RECEIVED to ESTABLISHED"), List.of("SYN-SENT에서 SYN-RECEIVED를 거쳐 ESTABLISHED")),
            fact("simultaneous close", "scenario.simultaneous-close.summary",
                    List.of("FIN-WAIT-1 through CLOSING to TIME-WAIT"), List.of("FIN-WAIT-1에서 CLOSING을 거쳐 TIME-WAIT")),
            fact("FIN-WAIT-1 straight to TIME-WAIT", "state.FIN_WAIT_1.explain",
                    List.of("straight to TIME-WAIT"), List.of("곧바로 TIME-WAIT")),
            fact("half-close", "state.FIN_WAIT_2.explain",
                    List.of("still receives data", "half-close"), List.of("계속 받을 수", "반종료, half-close")),
            fact("half-close with shutdown", "scenario.half-close.summary",
                    List.of("shutdown(SHUT_WR)"), List.of("shutdown(SHUT_WR)")),
            fact("SYN and FIN take one number", "explain.sent.FIN",
                    List.of("Like a SYN, a FIN takes one sequence number"), List.of("SYN처럼 FIN도 순서 번호 하나를 차지")),
            fact("a bare ACK takes none", "explain.sent.ACK",
                    List.of("A bare ACK takes no sequence number"), List.of("데이터 없는 ACK는 순서 번호를 차지하지 않습니다")),
            fact("relative numbers, as Wireshark shows them", "explain.sent.SYN.relative",
                    List.of("Wireshark", "raw numbers", "relative numbers"), List.of("Wireshark", "절대 번호", "상대 번호")),
            fact("RTO 1 s, doubling, Linux 200 ms and 120 s", "explain.timer.armed.RETRANSMISSION",
                    List.of("starts the RTO at 1 s", "doubles it after each timeout", "200 ms", "120 s"),
                    List.of("RTO를 1초로 시작", "두 배로 늘립니다", "200 ms", "120초")),
            fact("RTO of 3 s after a SYN timeout", "scenario.syn-lost.summary",
                    List.of("3 s", "5.7", "Karn’s rule"), List.of("3초", "5.7절", "카른 규칙")),
            fact("SYN lost: 1, 3, 7 ... 63 s, 127 s; RFC 3 minutes", "scenario.no-answer.summary",
                    List.of("1, 3, 7, 15, 31 and 63 s", "127 s", "3 minutes", "MUST-23"),
                    List.of("1, 3, 7, 15, 31, 63초", "127초", "3분", "MUST-23")),
            fact("SYN+ACK lost: both sides retransmit", "scenario.synack-lost.summary",
                    List.of("retransmits its SYN", "tcp_synack_retries = 5"),
                    List.of("SYN을 재전송", "tcp_synack_retries = 5")),
            fact("final ACK lost: SYN-RECEIVED resends, duplicate ACK", "scenario.ack-lost.summary",
                    List.of("SYN-RECEIVED", "resends its SYN+ACK", "ESTABLISHED", "acknowledges it again"),
                    List.of("SYN-RECEIVED", "SYN+ACK를 재전송", "ESTABLISHED", "다시 확인 응답")),
            fact("final ACK lost, data completes the handshake", "scenario.ack-lost-data.summary",
                    List.of("completes the handshake"), List.of("핸드셰이크를 마무리")),
            fact("FIN lost: retransmitted until acknowledged", "scenario.fin-lost.summary",
                    List.of("retransmits the FIN", "until it is acknowledged"), List.of("FIN을 재전송", "확인 응답을 받을 때까지")),
            fact("last ACK lost: FIN again, re-ACK, 2MSL restarts", "scenario.last-ack-lost.summary",
                    List.of("resends its FIN", "restarts its TIME-WAIT timer"), List.of("FIN을 재전송", "TIME-WAIT 타이머(2 × MSL)를 다시 시작")),
            fact("no listener: RST, connection refused", "scenario.closed-port.summary",
                    List.of("RST+ACK", "connection refused"), List.of("RST+ACK", "연결 거부(connection refused)")),
            fact("no answer: timed out", "explain.app.TIMED_OUT",
                    List.of("timed out", "not even an RST"), List.of("시간 초과(timed out)", "RST조차")));

    @Test
    void everyFactIsTaughtInBothLanguages() {
        Messages english = Messages.of(Language.ENGLISH);
        Messages korean = Messages.of(Language.KOREAN);
        for (Fact fact : FACTS) {
            assertThat(english.text(fact.key())).as("%s in English (%s)", fact.id(), fact.key())
                    .contains(fact.english());
            assertThat(korean.text(fact.key())).as("%s in Korean (%s)", fact.id(), fact.key())
                    .contains(fact.korean());
        }
    }

    /** P5 and P6 as a learner meets them: in the first lesson's handshake, in either numbering. */
    @Test
    void theHandshakeLessonTellsBothAcknowledgmentsAsIsnPlusOne() {
        SimulationInput input = LessonInputs.of(ScenarioCatalog.find("handshake").orElseThrow()).simulationInput();
        Trace trace = Simulator.run(input);
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (boolean relative : new boolean[] {true, false}) {
                EventExplainer explainer = new EventExplainer(trace, relative, List.of(), EventExplainer.fixedIsns(input));
                String synAck = messages.text(explainer.explain(firstSent(trace, SegmentKind.SYN_ACK)).get(0));
                String finalAck = messages.text(explainer.explain(firstSent(trace, SegmentKind.ACK)).get(0));
                assertThat(synAck).as("%s relative=%s", language, relative).contains("ISN + 1").contains("1001")
                        .contains("5000");
                assertThat(finalAck).as("%s relative=%s", language, relative).contains("ISN + 1")
                        .contains(relative ? " 1" : "5001");
            }
        }
    }

    private static int firstSent(Trace trace, SegmentKind kind) {
        List<TraceEvent> events = trace.events();
        for (int index = 0; index < events.size(); index++) {
            if (events.get(index) instanceof SegmentSent sent && SegmentKind.of(sent.segment()) == kind) {
                return index;
            }
        }
        throw new AssertionError("no " + kind + " sent");
    }
}
