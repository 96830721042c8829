package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.i18n.Language;

class LaunchOptionsTest {

    @Test
    void readsEveryOption() {
        LaunchOptions options = LaunchOptions.parse(List.of("--scenario", "syn-lost", "--language", "ko",
                "--at", "1030", "--drop", "S:2", "--size", "1024x700", "--smoke-test"));
        assertThat(options.scenario()).contains("syn-lost");
        assertThat(options.language()).contains(Language.KOREAN);
        assertThat(options.atMillis()).hasValue(1030);
        assertThat(options.drops()).containsExactly(ScriptedFault.dropNth(Side.SERVER, 2));
        assertThat(options.size()).containsExactly(1024, 700);
        assertThat(options.smokeTest()).isTrue();
    }

    @Test
    void noOptionsOpenTheDefaultWindow() {
        LaunchOptions options = LaunchOptions.parse(List.of());
        assertThat(options.scenario()).isEmpty();
        assertThat(options.drops()).isEmpty();
        assertThat(options.size()).containsExactly(LaunchOptions.DEFAULT_SIZE);
        assertThat(options.smokeTest()).isFalse();
    }

    @Test
    void wrongOptionsAreRefusedWithAMessageNamingThem() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--language", "fr"))).hasMessageContaining("fr");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--at", "-5"))).hasMessageContaining("--at");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--drop", "X:1"))).hasMessageContaining("C:N or S:N");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--drop", "C:0"))).hasMessageContaining("C:0");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--size", "800x600"))).hasMessageContaining("1024x700");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--scenario"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bogus"))).hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--scenario", "nope")))
                .hasMessageContaining("no lesson is called nope").hasMessageContaining("handshake");
    }
}
