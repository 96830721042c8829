package tcplab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    @Test
    void linuxWithoutDisplayOrWaylandHasNoDesktop() {
        assertThat(DisplayCheck.displayAvailable("Linux", Map.of(), null)).isFalse();
        assertThat(DisplayCheck.displayAvailable("Linux", Map.of("DISPLAY", " "), null)).isFalse();
    }

    @Test
    void linuxWithX11OrWaylandHasOne() {
        assertThat(DisplayCheck.displayAvailable("Linux", Map.of("DISPLAY", ":0"), null)).isTrue();
        assertThat(DisplayCheck.displayAvailable("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isTrue();
    }

    @Test
    void windowsMacAndAChosenGlassPlatformAreNotChecked() {
        assertThat(DisplayCheck.displayAvailable("Windows 11", Map.of(), null)).isTrue();
        assertThat(DisplayCheck.displayAvailable("Mac OS X", Map.of(), null)).isTrue();
        assertThat(DisplayCheck.displayAvailable("Linux", Map.of(), "Monocle")).isTrue();
    }
}
