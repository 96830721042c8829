package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.i18n.Language;
import tcplab.options.DropSpec;

class LaunchOptionsTest {

    @Test
    void readsEveryOption() {
        LaunchOptions options = LaunchOptions.parse(List.of("--scenario", "syn-lost", "--language", "ko",
                "--at", "1030", "--drop", "S:2", "--open", "captures/lo4.pcap", "--size", "1024x700", "--smoke-test"));
        assertThat(options.scenario()).contains("syn-lost");
        assertThat(options.language()).contains(Language.KOREAN);
        assertThat(options.atMillis()).hasValue(1030);
        assertThat(options.drops()).containsExactly(ScriptedFault.dropNth(Side.SERVER, 2));
        assertThat(options.open()).contains(Path.of("captures", "lo4.pcap"));
        assertThat(options.size()).hasValueSatisfying(size -> assertThat(size).containsExactly(1024, 700));
        assertThat(options.smokeTest()).isTrue();
    }

    @Test
    void noOptionsOpenTheDefaultWindow() {
        LaunchOptions options = LaunchOptions.parse(List.of());
        assertThat(options.scenario()).isEmpty();
        assertThat(options.atMillis()).isEmpty();
        assertThat(options.drops()).isEmpty();
        assertThat(options.size()).isEmpty();
        assertThat(options.open()).isEmpty();
        assertThat(options.smokeTest()).isFalse();
    }

    @Test
    void dropsTakeTheCommandLinesGrammarToo() {
        LaunchOptions options = LaunchOptions.parse(List.of("--drop", "S>C:SYN+ACK#1,C:3", "--drop", "C>S:#2"));
        assertThat(options.drops()).containsExactly(DropSpec.parse("S>C:SYN+ACK#1"),
                ScriptedFault.dropNth(Side.CLIENT, 3), ScriptedFault.dropNth(Side.CLIENT, 2));
    }

    @Test
    void aTimeBeyondAnyRunIsKeptWhereItsMicrosecondsFitAndPlaybackClampsItToTheEnd() {
        long at = LaunchOptions.parse(List.of("--at", "9223372036854775807")).atMillis().orElseThrow();
        assertThat(at).isEqualTo(LaunchOptions.MAX_AT_MILLIS);
        assertThat(at * 1000).isPositive();
    }

    @Test
    void wrongOptionsAreRefusedWithAMessageNamingThem() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--language", "fr")))
                .hasMessage("--language: expected one of ko, en, got 'fr'");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--at", "-5")))
                .hasMessage("--at: expected a whole number from 0 to 9223372036854775807, got '-5'");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--drop", "X:1"))).hasMessageContaining("C:N, S:N");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--drop", "C:0"))).hasMessageContaining("'C:0'");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--size", "800x600"))).hasMessageContaining("1024x700");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--scenario"))).hasMessageContaining("--scenario");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bogus"))).hasMessage("unknown option '--bogus' (see --help)");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--scenario", "nope")))
                .hasMessageContaining("no lesson is called 'nope'").hasMessageContaining("handshake");
    }
}
