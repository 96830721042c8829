package tcplab.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A drawing becomes an element of the page: without the declaration only a document may start with. */
class InlineSvgTest {

    @Test
    void theDeclarationGoesAndTheDrawingStays() {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg class=\"one\" width=\"10\">"
                + "<style>svg.one text { fill: #fff; }</style></svg>\n";

        assertThat(InlineSvg.of(svg)).isEqualTo("<svg class=\"one\" width=\"10\"><style>svg.one text { fill: #fff; }</style></svg>\n");
        assertThat(InlineSvg.of("<svg width=\"1\"></svg>")).isEqualTo("<svg width=\"1\"></svg>");
    }

    @Test
    void anythingButADrawingIsRefused() {
        assertThatThrownBy(() -> InlineSvg.of("<?xml version=\"1.0\"?>\n<html></html>")).isInstanceOf(IllegalArgumentException.class);
    }
}
