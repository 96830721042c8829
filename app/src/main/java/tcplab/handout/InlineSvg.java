package tcplab.handout;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An SVG document made fit to sit in the handout's page beside other drawings. A page applies
 * every style sheet in it to the whole page, an inline drawing's too, so two drawings that style
 * the same class names ({@code label}, {@code state}) would restyle each other; here each rule
 * of a drawing's style sheet is scoped to the drawing's own root element. The XML declaration,
 * which only a document may begin with, is dropped.
 */
final class InlineSvg {

    private static final String STYLE_START = "<style>";
    private static final String STYLE_END = "</style>";

    private InlineSvg() {
    }

    /**
     * {@code svg} with {@code scope} as its root element's class and each of its style rules
     * applying only under that element.
     *
     * @throws IllegalArgumentException if the root element has a class already, or the style sheet
     *                                  has an at-rule, which this does not scope
     */
    static String of(String svg, String scope) {
        String document = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
        int rootEnd = document.indexOf('>');
        if (!document.startsWith("<svg ") || document.substring(0, rootEnd).contains(" class=")) {
            throw new IllegalArgumentException("expected an svg element without a class of its own");
        }
        String scoped = "<svg class=\"" + scope + "\" " + document.substring("<svg ".length());
        int start = scoped.indexOf(STYLE_START);
        if (start < 0) {
            return scoped;
        }
        int end = scoped.indexOf(STYLE_END, start);
        String rules = scoped.substring(start + STYLE_START.length(), end);
        return scoped.substring(0, start + STYLE_START.length()) + scopedRules(rules, "svg." + scope)
                + scoped.substring(end);
    }

    /** Each rule of {@code sheet}, one a line, with each of its selectors under {@code root}. */
    private static String scopedRules(String sheet, String root) {
        StringBuilder scoped = new StringBuilder("\n");
        for (String rule : sheet.split("}")) {
            if (rule.isBlank()) {
                continue;
            }
            int open = rule.indexOf('{');
            if (open < 0 || rule.strip().startsWith("@")) {
                throw new IllegalArgumentException("cannot scope the style rule " + rule.strip());
            }
            String selectors = rule.substring(0, open).strip();
            scoped.append(Arrays.stream(selectors.split(","))
                            .map(selector -> root + " " + selector.strip()).collect(Collectors.joining(", ")))
                    .append(" {").append(rule.substring(open + 1).stripTrailing()).append(" }\n");
        }
        return scoped.toString();
    }
}
