package tcplab.view;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A window opened without --size fits the screen it opens on. */
class FittingSizeTest {

    @Test
    void aSmallScreenGetsTheWholeFreeAreaDownToTheMinimum() {
        assertThat(LabApplication.fittingSize(new Rectangle2D(0, 0, 1024, 700))).containsExactly(1024, 700);
        assertThat(LabApplication.fittingSize(new Rectangle2D(0, 0, 1200, 760))).containsExactly(1200, 760);
    }

    @Test
    void aMiddleScreenGetsTheDesignedSize() {
        assertThat(LabApplication.fittingSize(new Rectangle2D(0, 0, 1440, 900))).containsExactly(1280, 800);
    }

    @Test
    void aBigScreenGivesTheDiagramsMostOfItsRoom() {
        assertThat(LabApplication.fittingSize(new Rectangle2D(0, 0, 1920, 1040))).containsExactly(1632, 884);
    }

    @Test
    void aScreenBelowTheMinimumStillGetsTheMinimum() {
        assertThat(LabApplication.fittingSize(new Rectangle2D(0, 0, 800, 600))).containsExactly(1024, 700);
    }
}
