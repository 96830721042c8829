package tcplab.export;

import static tcplab.export.SvgMarkup.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tcplab.engine.Side;
import tcplab.engine.Trace;
import tcplab.explain.FigureTransition;
import tcplab.i18n.Messages;
import tcplab.playback.TextMeasure;
import tcplab.statediagram.Point;
import tcplab.statediagram.Rectangle;
import tcplab.statediagram.StateBox;
import tcplab.statediagram.StateDiagramLayout;
import tcplab.statediagram.StateDiagramRun;
import tcplab.statediagram.StateEdge;

/**
 * The RFC 9293 state diagram of a run as an SVG document for printing, laid out by the same
 * {@link StateDiagramLayout} as the window's diagram: every state and every transition of the
 * RFC's figure; the states each host visited up to a position marked by a hollow badge beside
 * the box (client: round, C, at the left; server: square, S, at the right) and a tinted box; each
 * host's last state by a filled badge and a thick border; each transition a host took drawn in
 * its colour (client solid, server dashed) with its badge and its event / action label; a
 * transition the figure does not draw (a reset, say) dotted. A legend under the diagram says so.
 * Colour, shape and letter each tell the hosts apart, so the page reads in black and white too.
 * The page is white and independent of the window's theme.
 *
 * <p>The markup can be checked by what it shows: each state is a {@code <g class="state ...">}
 * with {@code data-box} (e.g. {@code closed-bottom}) and {@code data-state} (the RFC name), and
 * the classes {@code visited-client}, {@code visited-server}, {@code final-client},
 * {@code final-server}; each transition is a {@code <g class="edge ...">} with {@code data-from}
 * and {@code data-to} (box names) and the classes {@code taken-client}, {@code taken-server} and
 * {@code extra} (not in the figure).
 *
 * <p>The document starts with an XML declaration, as a file should. The {@code svg} element has
 * the class {@link #ROOT_CLASS} and every style rule stands under it, so the element can also be
 * put inline in an HTML page without its styles and the page's touching each other.
 */
public final class StateDiagramSvg {

    /** The drawing's width: a page's width, with room for the labels. */
    public static final double WIDTH = 680;

    private static final double DIAGRAM_HEIGHT = 620;
    private static final double MARGIN = 8;
    private static final double BOX_FONT = 13;
    private static final double BOX_PAD_X = 6;
    private static final double BOX_PAD_Y = 3;
    private static final double LABEL_FONT = 11;
    private static final double LABEL_PAD_X = 3;
    private static final double LABEL_PAD_Y = 1;
    private static final double BADGE = 16;
    /** A badge's letter, as a part of the badge's size. */
    private static final double BADGE_LETTER = 0.7;
    private static final double LEGEND_FONT = 12;
    private static final double LEGEND_ROW = 22;
    /** The room a legend item's sample takes before its text. */
    private static final double SAMPLE_WIDTH = 46;
    /** The class of the {@code svg} element. */
    public static final String ROOT_CLASS = "state-diagram";
    private static final String EDGE_GREY = "#8c959f";
    private static final String INK = "#24292f";
    /**
     * Every rule under the root's class, so that a page holding the drawing (a handout) keeps its
     * own styles, and the drawing its own.
     */
    private static final String STYLE = String.join("\n",
            ".state rect { fill: #ffffff; stroke: " + EDGE_GREY + "; stroke-width: 1.2; }",
            ".state text { fill: #57606a; font-size: 13px; text-anchor: middle; }",
            ".state.visited-client rect, .state.visited-server rect "
                    + "{ fill: #fff8c5; stroke: " + INK + "; stroke-width: 1.5; }",
            ".state.visited-client text, .state.visited-server text { fill: " + INK + "; }",
            ".state.final-client rect, .state.final-server rect { stroke-width: 3.5; }",
            ".edge line { stroke: " + EDGE_GREY + "; stroke-width: 1.2; }",
            ".edge polygon { fill: " + EDGE_GREY + "; }",
            ".edge line.client { stroke: " + SvgMarkup.CLIENT_COLOUR + "; stroke-width: 3; }",
            ".edge line.server { stroke: " + SvgMarkup.SERVER_COLOUR
                    + "; stroke-width: 3; stroke-dasharray: 9 4; }",
            ".edge.extra line.client, .edge.extra line.server { stroke-dasharray: 2 3; }",
            ".edge polygon.client { fill: " + SvgMarkup.CLIENT_COLOUR + "; }",
            ".edge polygon.server { fill: " + SvgMarkup.SERVER_COLOUR + "; }",
            ".label rect { fill: #ffffff; fill-opacity: 0.9; }",
            ".label text { font-size: 11px; text-anchor: middle; fill: " + INK + "; }",
            ".label.client text { fill: " + SvgMarkup.CLIENT_COLOUR + "; }",
            ".label.server text { fill: " + SvgMarkup.SERVER_COLOUR + "; }",
            ".legend text { font-size: 12px; fill: " + INK + "; }");

    private StateDiagramSvg() {
    }

    /** Writes {@link #render(Trace, int, List)} as UTF-8 to {@code out}, which stays open. */
    public static void write(Trace trace, int upToEvent, List<Messages> languages, OutputStream out) throws IOException {
        out.write(render(trace, upToEvent, languages).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The diagram of {@code trace} up to {@code upToEvent} with its texts in one language. */
    public static String render(Trace trace, int upToEvent, Messages messages) {
        return render(trace, upToEvent, List.of(messages));
    }

    /**
     * The state diagram of {@code trace} as an SVG document {@link #WIDTH} pixels wide, marking
     * what the run did up to the position where its first {@code upToEvent} events have happened
     * ({@code trace.events().size()} for the whole run; see {@link StateDiagramRun#of}).
     *
     * @param languages the languages of the texts, e.g. Korean, or Korean and English: each
     *                  transition label and legend text is written in each, in this order
     * @throws IllegalArgumentException if {@code upToEvent} is not from 0 to the number of events,
     *                                  or no language is given
     */
    public static String render(Trace trace, int upToEvent, List<Messages> languages) {
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("no language for the state diagram's texts");
        }
        StateDiagramRun run = StateDiagramRun.of(trace, upToEvent);
        StateDiagramLayout layout = StateDiagramLayout.place(request(run, languages));
        List<LegendItem> legend = legend(run, languages);
        int columns = legendColumns(legend);
        List<String> legendTexts = legendTexts(legend, columns);
        double legendTop = DIAGRAM_HEIGHT + MARGIN;
        double height = Math.ceil(legendTop + legendHeight(legendTexts, columns) + MARGIN);

        String title = String.join(" / ", texts(languages, messages -> messages.text("panel.states.title")));
        StringBuilder svg = SvgMarkup.start(WIDTH, height, ROOT_CLASS, title, STYLE);
        Map<StateEdge, List<Side>> takenBy = new LinkedHashMap<>();
        for (StateDiagramLayout.EdgeBadge badge : layout.edgeBadges()) {
            takenBy.computeIfAbsent(badge.edge(), edge -> new ArrayList<>()).add(badge.side());
        }
        for (StateDiagramLayout.Arrow arrow : layout.arrows()) {
            edge(svg, arrow, takenBy.getOrDefault(arrow.edge(), List.of()));
        }
        for (StateBox box : StateBox.values()) {
            box(svg, run, box, layout.boxes().get(box));
        }
        for (StateDiagramLayout.BoxBadge badge : layout.boxBadges()) {
            badge(svg, badge.side(), badge.bounds(), run.current(badge.side()) == badge.box());
        }
        for (StateDiagramLayout.EdgeBadge badge : layout.edgeBadges()) {
            badge(svg, badge.side(), badge.bounds(), true);
        }
        for (StateDiagramLayout.EdgeLabel label : layout.labels()) {
            label(svg, label);
        }
        legend(svg, legend, legendTexts, columns, legendTop);
        return svg.append("</svg>\n").toString();
    }

    /** The layout of the whole figure, marking the run's visited boxes and taken edges for each host. */
    private static StateDiagramLayout.Request request(StateDiagramRun run, List<Messages> languages) {
        TextMeasure boxMeasure = new EstimatedTextMeasure(BOX_FONT);
        Map<StateBox, StateDiagramLayout.Size> sizes = new EnumMap<>(StateBox.class);
        for (StateBox box : StateBox.values()) {
            String name = box.state().rfcName();
            sizes.put(box, new StateDiagramLayout.Size(boxMeasure.width(name) + 2 * BOX_PAD_X,
                    boxMeasure.height(name) + 2 * BOX_PAD_Y));
        }
        List<StateDiagramLayout.BoxMark> boxMarks = new ArrayList<>();
        for (Side side : Side.values()) {
            run.visited(side).forEach(box -> boxMarks.add(new StateDiagramLayout.BoxMark(side, box)));
        }
        Set<StateDiagramLayout.EdgeMark> edgeMarks = new LinkedHashSet<>();
        run.taken().forEach(step -> edgeMarks.add(new StateDiagramLayout.EdgeMark(step.side(), step.edge())));
        Function<FigureTransition, List<String>> texts = figure -> {
            List<String> lines = languages.stream().map(messages -> messages.text(figure.labelKey())).toList();
            return List.of(String.join("\n", lines),
                    String.join("\n", lines.stream().map(line -> line.replace(" / ", " /\n")).toList()));
        };
        return new StateDiagramLayout.Request(new Rectangle(MARGIN, MARGIN, WIDTH - 2 * MARGIN, DIAGRAM_HEIGHT - MARGIN),
                1, sizes, new StateDiagramLayout.Size(BADGE, BADGE), boxMarks, List.copyOf(edgeMarks), texts,
                new PaddedMeasure(new EstimatedTextMeasure(LABEL_FONT), LABEL_PAD_X, LABEL_PAD_Y));
    }

    private static void edge(StringBuilder svg, StateDiagramLayout.Arrow arrow, List<Side> takenBy) {
        StringBuilder classes = new StringBuilder("edge");
        if (!arrow.edge().inFigure()) {
            classes.append(" extra");
        }
        takenBy.forEach(side -> classes.append(" taken-").append(SvgMarkup.sideClass(side)));
        svg.append(format("<g class=\"%s\" data-from=\"%s\" data-to=\"%s\">", classes, arrow.edge().from().id(),
                arrow.edge().to().id()));
        Point start = arrow.start();
        Point end = arrow.end();
        String line = format("x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"", start.x(), start.y(), end.x(), end.y());
        String head = format("points=\"0,0 -9,-4.5 -9,4.5\" transform=\"translate(%.1f %.1f) rotate(%.2f)\"",
                end.x(), end.y(), arrow.angleDegrees());
        if (takenBy.isEmpty()) {
            svg.append("<line ").append(line).append("/><polygon ").append(head).append("/>");
        }
        for (Side side : takenBy) {
            String sideClass = SvgMarkup.sideClass(side);
            svg.append(format("<line class=\"%s\" %s/><polygon class=\"%s\" %s/>", sideClass, line, sideClass, head));
        }
        svg.append("</g>\n");
    }

    private static void box(StringBuilder svg, StateDiagramRun run, StateBox box, Rectangle bounds) {
        StringBuilder classes = new StringBuilder("state");
        for (Side side : Side.values()) {
            if (run.visited(side).contains(box)) {
                classes.append(" visited-").append(SvgMarkup.sideClass(side));
            }
        }
        for (Side side : Side.values()) {
            if (run.current(side) == box) {
                classes.append(" final-").append(SvgMarkup.sideClass(side));
            }
        }
        String name = box.state().rfcName();
        svg.append(format("<g class=\"%s\" data-box=\"%s\" data-state=\"%s\">", classes, box.id(), name));
        svg.append(format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\"/>", bounds.x(), bounds.y(),
                bounds.width(), bounds.height()));
        SvgMarkup.lines(svg, "", name, bounds.centre().x(), bounds.y() + BOX_PAD_Y, bounds.height() - 2 * BOX_PAD_Y);
        svg.append("</g>\n");
    }

    /** A host's badge with its letter: round for the client, square for the server; filled, or hollow in a coloured ring. */
    private static void badge(StringBuilder svg, Side side, Rectangle bounds, boolean filled) {
        String colour = SvgMarkup.colour(side);
        String fill = filled ? colour : "#ffffff";
        svg.append(format("<g class=\"badge %s%s\">", SvgMarkup.sideClass(side), filled ? " filled" : ""));
        Point centre = bounds.centre();
        if (side == Side.CLIENT) {
            svg.append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>",
                    centre.x(), centre.y(), bounds.width() / 2 - 0.75, fill, colour));
        } else {
            svg.append(format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" stroke=\"%s\" "
                    + "stroke-width=\"1.5\"/>",
                    bounds.x() + 0.75, bounds.y() + 0.75, bounds.width() - 1.5, bounds.height() - 1.5, fill, colour));
        }
        double font = bounds.height() * BADGE_LETTER;
        // Centred by its baseline: a capital's middle is about a third of the font's size above it.
        svg.append(format("<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"middle\" fill=\"%s\">%s</text>"
                + "</g>\n",
                centre.x(), centre.y() + font * 0.36, font, filled ? "#ffffff" : colour, side.letter()));
    }

    private static void label(StringBuilder svg, StateDiagramLayout.EdgeLabel label) {
        String sideClass = label.sides().size() == 1 ? " " + SvgMarkup.sideClass(label.sides().get(0)) : "";
        Rectangle bounds = label.bounds();
        svg.append(format("<g class=\"label%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\"/>",
                sideClass, bounds.x(), bounds.y(), bounds.width(), bounds.height()));
        double lineHeight = (bounds.height() - 2 * LABEL_PAD_Y) / label.text().split("\n", -1).length;
        SvgMarkup.lines(svg, "", label.text(), bounds.centre().x(), bounds.y() + LABEL_PAD_Y, lineHeight);
        svg.append("</g>\n");
    }

    /** An entry of the legend: a sample of what it explains, then its text in each language. */
    private record LegendItem(Side side, Sample sample, List<String> texts) {
    }

    private enum Sample { VISITED, FINAL, TAKEN, EXTRA }

    private static List<LegendItem> legend(StateDiagramRun run, List<Messages> languages) {
        List<LegendItem> items = new ArrayList<>();
        items.add(new LegendItem(Side.CLIENT, Sample.VISITED,
                texts(languages, m -> m.text("statediagram.legend.visited.client"))));
        items.add(new LegendItem(Side.SERVER, Sample.VISITED,
                texts(languages, m -> m.text("statediagram.legend.visited.server"))));
        items.add(new LegendItem(Side.CLIENT, Sample.FINAL,
                texts(languages, m -> m.text("statediagram.legend.final.client"))));
        items.add(new LegendItem(Side.SERVER, Sample.FINAL,
                texts(languages, m -> m.text("statediagram.legend.final.server"))));
        items.add(new LegendItem(Side.CLIENT, Sample.TAKEN,
                texts(languages, m -> m.text("statediagram.legend.taken.client"))));
        items.add(new LegendItem(Side.SERVER, Sample.TAKEN,
                texts(languages, m -> m.text("statediagram.legend.taken.server"))));
        if (run.taken().stream().anyMatch(step -> !step.edge().inFigure())) {
            items.add(new LegendItem(Side.CLIENT, Sample.EXTRA,
                    texts(languages, m -> m.text("statediagram.legend.extra"))));
        }
        return items;
    }

    private static List<String> texts(List<Messages> languages, Function<Messages, String> text) {
        return languages.stream().map(text).distinct().toList();
    }

    /**
     * The legend's entries, each text on one line, languages separated by a slash: in two columns
     * (the client's at the left, the server's at the right) when every entry fits half the width,
     * else one under another, an entry too wide for the page taking a line for each language.
     */
    private static List<String> legendTexts(List<LegendItem> items, int columns) {
        TextMeasure measure = new EstimatedTextMeasure(LEGEND_FONT);
        double room = (WIDTH - 2 * MARGIN) / columns - SAMPLE_WIDTH;
        return items.stream().map(item -> {
            String oneLine = String.join(" / ", item.texts());
            return measure.width(oneLine) <= room ? oneLine : String.join("\n", item.texts());
        }).toList();
    }

    private static int legendColumns(List<LegendItem> items) {
        TextMeasure measure = new EstimatedTextMeasure(LEGEND_FONT);
        double half = (WIDTH - 2 * MARGIN) / 2 - SAMPLE_WIDTH;
        return items.stream().allMatch(item -> measure.width(String.join(" / ", item.texts())) <= half) ? 2 : 1;
    }

    /** The height of the legend's rows, in the order drawn. */
    private static double legendHeight(List<String> texts, int columns) {
        double height = 0;
        for (int i = 0; i < texts.size(); i += columns) {
            height += legendRowHeight(texts, i, columns);
        }
        return height;
    }

    private static double legendRowHeight(List<String> texts, int first, int columns) {
        int lines = 1;
        for (int i = first; i < Math.min(texts.size(), first + columns); i++) {
            lines = Math.max(lines, texts.get(i).split("\n", -1).length);
        }
        return LEGEND_ROW + (lines - 1) * LEGEND_FONT * 1.25;
    }

    private static void legend(StringBuilder svg, List<LegendItem> items, List<String> texts, int columns, double top) {
        double columnWidth = (WIDTH - 2 * MARGIN) / columns;
        svg.append("<g class=\"legend\">\n");
        double rowTop = top;
        for (int i = 0; i < items.size(); i++) {
            LegendItem item = items.get(i);
            double rowHeight = legendRowHeight(texts, i - i % columns, columns);
            double x = MARGIN + columnWidth * (i % columns);
            double y = rowTop + rowHeight / 2;
            String sideClass = SvgMarkup.sideClass(item.side());
            switch (item.sample()) {
                case VISITED, FINAL -> badge(svg, item.side(), Rectangle.around(new Point(x + SAMPLE_WIDTH / 2, y), BADGE),
                        item.sample() == Sample.FINAL);
                case TAKEN -> {
                    sampleLine(svg, "edge", sideClass, x, y);
                    badge(svg, item.side(), Rectangle.around(new Point(x + SAMPLE_WIDTH / 2 - 2, y), BADGE - 4), true);
                }
                case EXTRA -> sampleLine(svg, "edge extra", sideClass, x, y);
            }
            String text = texts.get(i);
            double textHeight = text.split("\n", -1).length * LEGEND_FONT * 1.25;
            SvgMarkup.lines(svg, "", text, x + SAMPLE_WIDTH, y - textHeight / 2, LEGEND_FONT * 1.25);
            svg.append('\n');
            if (i % columns == columns - 1 || i == items.size() - 1) {
                rowTop += rowHeight;
            }
        }
        svg.append("</g>\n");
    }

    private static void sampleLine(StringBuilder svg, String edgeClasses, String sideClass, double x, double y) {
        svg.append(format("<g class=\"%s\"><line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/></g>",
                edgeClasses, sideClass, x + 4, y, x + SAMPLE_WIDTH - 8, y));
    }

    /** A measure of texts drawn with padding around them. */
    private record PaddedMeasure(TextMeasure text, double padX, double padY) implements TextMeasure {

        @Override
        public double width(String shown) {
            return text.width(shown) + 2 * padX;
        }

        @Override
        public double height(String shown) {
            return text.height(shown) + 2 * padY;
        }
    }
}
