package tcplab.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import tcplab.engine.Side;

/**
 * What the exported drawings share in their SVG: the document's start (a white page, so it prints
 * the same whatever the window's theme), the bundled Korean-capable font, the hosts' colours (the
 * light theme's), numbers written the same in every locale, and text escaped as XML.
 */
final class SvgMarkup {

    /** Every text in the bundled Korean-capable font where the viewer has it, else a near one. */
    static final String FONT_RULE = "text { font-family: NanumGothic, 'Nanum Gothic', 'Noto Sans KR', "
            + "'Malgun Gothic', sans-serif; font-weight: bold; }";
    /** The client's colour ({@code -lab-client} of the light theme). */
    static final String CLIENT_COLOUR = "#1f6feb";
    /** The server's colour ({@code -lab-server} of the light theme). */
    static final String SERVER_COLOUR = "#8250df";
    /** Where a line's baseline sits, as a part of its height below its top. */
    private static final double BASELINE = 0.8;

    private SvgMarkup() {
    }

    /** A host's colour. */
    static String colour(Side side) {
        return side == Side.CLIENT ? CLIENT_COLOUR : SERVER_COLOUR;
    }

    /**
     * Each rule of {@code sheet}, one a line, with each of its selectors under {@code root}.
     *
     * @throws IllegalArgumentException for an at-rule, which this does not scope
     */
    static String scoped(String sheet, String root) {
        StringBuilder scoped = new StringBuilder("\n");
        for (String rule : sheet.split("}")) {
            if (rule.isBlank()) {
                continue;
            }
            int open = rule.indexOf('{');
            if (open < 0 || rule.strip().startsWith("@")) {
                throw new IllegalArgumentException("cannot scope the style rule " + rule.strip());
            }
            scoped.append(Arrays.stream(rule.substring(0, open).strip().split(","))
                            .map(selector -> root + " " + selector.strip()).collect(Collectors.joining(", ")))
                    .append(" {").append(rule.substring(open + 1).stripTrailing()).append(" }\n");
        }
        return scoped.toString();
    }

    /** A host's style class: {@code client} or {@code server}. */
    static String sideClass(Side side) {
        return side.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The start of a document {@code width} by {@code height} pixels: the XML declaration, the
     * {@code svg} element of class {@code rootClass}, its title, its style sheet and a white background.
     * Every rule of the style sheet is scoped to the root element, so the drawing can also sit
     * inline in an HTML page beside another drawing that styles the same class names.
     */
    static StringBuilder start(double width, double height, String rootClass, String title, String style) {
        StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\">\n", rootClass, width, height, width, height));
        svg.append("<title>").append(xml(title)).append("</title>\n");
        svg.append("<style>").append(scoped(FONT_RULE + "\n" + style, "svg." + rootClass)).append("</style>\n");
        return svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    }

    /**
     * A text element of several lines (separated by {@code \n}), each a {@code tspan} at
     * {@code x}, the first line's top at {@code top}, each {@code lineHeight} below the last.
     */
    static void lines(StringBuilder svg, String attributes, String text, double x, double top, double lineHeight) {
        String[] lines = text.split("\n", -1);
        svg.append("<text").append(attributes.isEmpty() ? "" : " " + attributes).append('>');
        for (int i = 0; i < lines.length; i++) {
            svg.append(format("<tspan x=\"%.1f\" y=\"%.1f\">%s</tspan>", x, top + lineHeight * (i + BASELINE), xml(lines[i])));
        }
        svg.append("</text>");
    }

    /** Formats numbers the same in every locale. */
    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** Text as XML character data: the five characters with a meaning in markup escaped. */
    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
