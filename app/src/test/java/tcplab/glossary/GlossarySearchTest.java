package tcplab.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;

/** The search finds entries in either language, whatever the spacing and letter case. */
class GlossarySearchTest {

    private final GlossarySearch search = new GlossarySearch(
            List.of(Messages.of(Language.KOREAN), Messages.of(Language.ENGLISH)));

    @Test
    void findsKoreanWithOrWithoutSpaces() {
        assertThat(ids("확인 응답 번호")).first().isEqualTo("acknowledgment-number");
        assertThat(ids("확인응답번호")).first().isEqualTo("acknowledgment-number");
        assertThat(ids("순차일련번호")).contains("sequence-number", "isn");
    }

    @Test
    void findsEnglishNamesAndSymbolsInAnyLetterCase() {
        assertThat(ids("Acknowledgment Number")).first().isEqualTo("acknowledgment-number");
        assertThat(ids("time-wait")).first().isEqualTo("time-wait");
        assertThat(ids("syn_sent")).first().isEqualTo("syn-sent");
    }

    @Test
    void namesComeBeforeDefinitionsThatMentionTheQuery() {
        List<String> found = ids("SYN+ACK");
        assertThat(found.subList(0, 2)).containsExactly("syn-ack", "tcp_synack_retries");
        assertThat(found).contains("syn-received", "duplicate-ack");
    }

    @Test
    void aLatinQueryIsNotFoundAcrossTheWordsOfADefinition() {
        // "answer to a segment" in RST's definition holds r-t-o only across a space.
        assertThat(ids("rto")).first().isEqualTo("rto");
        assertThat(ids("rto")).doesNotContain("rst");
        assertThat(ids("확인응답")).contains("syn-ack");
    }

    @Test
    void aBlankQueryListsEveryEntryAndNonsenseNone() {
        assertThat(search.find(" ")).isEqualTo(Glossary.entries());
        assertThat(search.find("zzqx")).isEmpty();
    }

    private List<String> ids(String query) {
        return search.find(query).stream().map(GlossaryEntry::id).toList();
    }
}
