package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenderingDefaultsTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(RenderingDefaults.REGION_CACHING_OFF);
        System.clearProperty(RenderingDefaults.REGION_CACHING_OFF);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(RenderingDefaults.REGION_CACHING_OFF);
        } else {
            System.setProperty(RenderingDefaults.REGION_CACHING_OFF, before);
        }
    }

    @Test
    void turnsRegionCachingOffWhenNothingWasGiven() {
        RenderingDefaults.apply();

        assertThat(System.getProperty("prism.disableRegionCaching")).isEqualTo("true");
    }

    @Test
    void keepsAValueGivenOnTheCommandLine() {
        System.setProperty("prism.disableRegionCaching", "false");

        RenderingDefaults.apply();

        assertThat(System.getProperty("prism.disableRegionCaching")).isEqualTo("false");
    }
}
