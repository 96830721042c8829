package tcplab.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A drawing's style rules apply only under its own root once it is inside the page. */
class InlineSvgTest {

    @Test
    void theDeclarationGoesAndEveryRuleIsScopedToTheRoot() {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\">\n"
                + "<style>\ntext { font-weight: bold; }\n.a text, .b { fill: #fff; } .c { x: 1; }\n</style>\n"
                + "<g class=\"a\"><text>x</text></g></svg>\n";

        assertThat(InlineSvg.of(svg, "one")).isEqualTo("<svg class=\"one\" xmlns=\"http://www.w3.org/2000/svg\" width=\"10\">\n"
                + "<style>\nsvg.one text { font-weight: bold; }\nsvg.one .a text, svg.one .b { fill: #fff; }\n"
                + "svg.one .c { x: 1; }\n</style>\n<g class=\"a\"><text>x</text></g></svg>\n");
    }

    @Test
    void whatItCannotScopeIsRefused() {
        assertThatThrownBy(() -> InlineSvg.of("<svg class=\"x\"></svg>", "one")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InlineSvg.of("<svg width=\"1\"><style>@media print { .a { x: 1; } }</style></svg>", "one"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(InlineSvg.of("<svg width=\"1\"></svg>", "one")).isEqualTo("<svg class=\"one\" width=\"1\"></svg>");
    }
}
