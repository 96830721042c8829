package tcplab.handout;

/**
 * An SVG document made an element of the handout's page: the XML declaration, which only a
 * document may begin with, is dropped. The exported drawings scope their style rules to their own
 * root element, so two drawings that style the same class names do not restyle each other.
 */
final class InlineSvg {

    private InlineSvg() {
    }

    /**
     * {@code svg} without its XML declaration.
     *
     * @throws IllegalArgumentException if what is left does not start with an {@code svg} element
     */
    static String of(String svg) {
        String element = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
        if (!element.startsWith("<svg ")) {
            throw new IllegalArgumentException("expected an svg element");
        }
        return element;
    }
}
