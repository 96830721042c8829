package tcplab.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.engine.LinuxSetting;
import tcplab.engine.TcpState;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;

/** Terms are found in plain text by their names and symbols, at word boundaries, the longest first. */
class TermFinderTest {

    private final TermFinder english = new TermFinder(Messages.of(Language.ENGLISH));
    private final TermFinder korean = new TermFinder(Messages.of(Language.KOREAN));

    @Test
    void theLongestNameWins() {
        assertThat(found(english, "The client is in SYN-SENT after its SYN+ACK."))
                .containsExactly("SYN-SENT=syn-sent", "SYN+ACK=syn-ack");
        assertThat(found(korean, "초기 순서 번호(ISN)를 담습니다."))
                .containsExactly("초기 순서 번호=isn");
        assertThat(found(english, "TIME-WAIT lasts 2 × MSL."))
                .containsExactly("TIME-WAIT=time-wait", "2 × MSL=two-msl");
    }

    @Test
    void aKoreanParticleFollowsATermButNoLetterPrecedesIt() {
        assertThat(found(korean, "클라이언트가 SYN을 보내고 확인 응답을 기다립니다."))
                .containsExactly("SYN=syn", "확인 응답=ack");
        assertThat(found(english, "SYNACK and XSYN are no flags")).isEmpty();
    }

    @Test
    void anEnglishPluralBelongsToItsTermButALongerWordIsNotTheTerm() {
        assertThat(found(english, "Two ACKs arrive.")).containsExactly("ACKs=ack");
        assertThat(found(english, "ACKED")).isEmpty();
    }

    @Test
    void lowerCaseNamesMatchCapitalisedAtASentencesStartButSymbolsOnlyAsWritten() {
        assertThat(found(english, "Piggybacking saves a segment.")).containsExactly("Piggybacking=piggybacking", "segment=segment");
        assertThat(found(english, "seq 1, ack 1, ACK set"))
                .containsExactly("seq=sequence-number", "ack=acknowledgment-number", "ACK=ack");
    }

    @Test
    void eachTermIsLinkedWhereItIsFirstNamed() {
        List<TermSpan> spans = english.find("A SYN, then another SYN.");
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).start()).isEqualTo(2);
        assertThat(spans.get(0).end()).isEqualTo(5);
    }

    @Test
    void statesAndSettingsAreFoundByTheirSymbolsOnly() {
        assertThat(found(english, "the connection is closed; CLOSED follows"))
                .containsExactly("CLOSED=closed");
        assertThat(found(korean, "net.ipv4.tcp_rfc1337 = 0, tcp_fin_timeout"))
                .containsExactly("net.ipv4.tcp_rfc1337=tcp_rfc1337", "tcp_fin_timeout=tcp_fin_timeout");
        assertThat(Glossary.of(TcpState.SYN_RECEIVED).symbols()).contains("SYN-RECEIVED", "SYN_RECEIVED");
        assertThat(Glossary.of(LinuxSetting.TCP_SYN_RETRIES).id()).isEqualTo("tcp_syn_retries");
    }

    @Test
    void theNotesOwnWordsLinkToTheStandardTerms() {
        assertThat(found(korean, "초기 순차일련번호와 승인 번호")).containsExactly(
                "초기 순차일련번호=isn", "승인 번호=acknowledgment-number");
        assertThat(found(korean, "순차일련번호")).containsExactly("순차일련번호=sequence-number");
    }

    /** Each span as {@code text=entry id}. */
    private static List<String> found(TermFinder finder, String text) {
        return finder.find(text).stream()
                .map(span -> text.substring(span.start(), span.end()) + "=" + span.entry().id()).toList();
    }
}
