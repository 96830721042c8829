package tcplab.export;

import static tcplab.export.SvgMarkup.format;
import static tcplab.export.SvgMarkup.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tcplab.engine.Side;
import tcplab.engine.Trace;
import tcplab.explain.SegmentLabel;
import tcplab.i18n.Messages;
import tcplab.playback.Flight;
import tcplab.playback.LadderDrawing;
import tcplab.playback.LadderGeometry;
import tcplab.playback.LadderLabelLayout;
import tcplab.playback.SegmentKind;
import tcplab.playback.TimeScale;
import tcplab.playback.TraceCursor;

/**
 * A whole trace's sequence diagram as an SVG document, drawn without a window from the same
 * geometry and label layout as the window's diagram ({@link LadderGeometry},
 * {@link LadderLabelLayout}): the hosts' time lines, one arrow per transmission (dashed for a
 * retransmission, ending in a cross mid-wire when lost), each arrow's label on a patch of the
 * background, and the states written beside the time lines. Texts are measured by estimate and
 * drawn in the bundled Korean-capable font where the viewer has it. Colours are the light theme's.
 *
 * <p>Each arrow is one {@code <g class="arrow ...">} element with the transmission's id in
 * {@code data-transmission}, so the drawing can be checked and restyled by what it shows.
 */
public final class SequenceDiagramSvg {

    /** A width that prints well on a page and leaves room for the labels. */
    public static final double DEFAULT_WIDTH = 640;

    private static final double LABEL_FONT = 12;
    private static final double STATE_FONT = 12;
    private static final double HEADER_FONT = 14;
    private static final double CROSS_SIZE = 20;
    private static final String STYLE = String.join("\n",
            ".header { font-size: 14px; text-anchor: middle; }",
            "text.client { fill: " + SvgMarkup.CLIENT_COLOUR + "; } .lifeline.client { stroke: " + SvgMarkup.CLIENT_COLOUR + "; }",
            "text.server { fill: " + SvgMarkup.SERVER_COLOUR + "; } .lifeline.server { stroke: " + SvgMarkup.SERVER_COLOUR + "; }",
            ".lifeline { stroke-width: 3; }",
            ".arrow line { stroke-width: 2.5; }",
            ".arrow.retransmission line { stroke-dasharray: 7 5; }",
            ".label rect { fill: #ffffff; fill-opacity: 0.78; }",
            ".label text { font-size: 12px; text-anchor: middle; }",
            ".cross { fill: #cf222e; font-size: 20px; text-anchor: middle; dominant-baseline: central; }",
            ".state { font-size: 12px; }");

    /** Each kind's colour, the light theme's ({@code -lab-syn} and so on in the window's style sheet). */
    private static final Map<SegmentKind, String> COLOURS = new EnumMap<>(Map.of(
            SegmentKind.SYN, "#0a6e7d", SegmentKind.SYN_ACK, "#5a4fcf", SegmentKind.ACK, "#1a7f37",
            SegmentKind.FIN, "#b35900", SegmentKind.RST, "#cf222e", SegmentKind.DATA, "#4d5761"));

    private SequenceDiagramSvg() {
    }

    /** Writes the diagram of {@code trace} as UTF-8 SVG to {@code out}, which stays open. */
    public static void write(Trace trace, Messages messages, boolean relative, double width, OutputStream out)
            throws IOException {
        out.write(render(trace, messages, relative, width).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /**
     * The diagram of {@code trace} as an SVG document {@code width} pixels wide (as high as the
     * trace needs), its texts in the language of {@code messages}, its numbers relative to the
     * ISNs or raw.
     */
    public static String render(Trace trace, Messages messages, boolean relative, double width) {
        TraceCursor cursor = new TraceCursor(trace);
        List<String> labels = cursor.flights().stream()
                .map(flight -> SegmentLabel.text(messages, trace, flight, relative)).toList();
        LadderDrawing drawing = LadderDrawing.of(cursor, TimeScale.of(cursor), labels,
                new EstimatedTextMeasure(LABEL_FONT), new EstimatedTextMeasure(STATE_FONT), CROSS_SIZE, width);
        double height = Math.ceil(drawing.height());

        StringBuilder svg = SvgMarkup.start(width, height, "sequence-diagram", messages.text("panel.ladder.title"), STYLE);
        LadderGeometry geometry = drawing.geometry();
        for (Side side : Side.values()) {
            String sideClass = SvgMarkup.sideClass(side);
            String name = side == Side.CLIENT ? messages.text("host.client.name") : messages.text("host.server.name");
            svg.append(format("<text class=\"header %s\" x=\"%.1f\" y=\"%.1f\">%s</text>\n", sideClass,
                    geometry.x(side), HEADER_FONT + 10, xml(name)));
            svg.append(format("<line class=\"lifeline %s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", sideClass,
                    geometry.x(side), LadderGeometry.TOP - 6, geometry.x(side), height - LadderGeometry.BOTTOM / 2));
        }
        for (LadderDrawing.StateMark mark : drawing.states()) {
            svg.append(format("<text class=\"state %s\" x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                    SvgMarkup.sideClass(mark.change().side()), mark.x(), mark.baselineY(),
                    xml(mark.change().to().rfcName())));
        }
        for (LadderDrawing.Arrow arrow : drawing.arrows()) {
            arrow(svg, arrow);
        }
        for (LadderDrawing.Arrow arrow : drawing.arrows()) {
            label(svg, arrow.flight(), arrow.label());
        }
        for (LadderDrawing.Arrow arrow : drawing.arrows()) {
            arrow.cross().ifPresent(cross -> svg.append(format("<text class=\"cross\" x=\"%.1f\" y=\"%.1f\">✕</text>\n",
                    cross.x() + cross.width() / 2, cross.y() + cross.height() / 2)));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void arrow(StringBuilder svg, LadderDrawing.Arrow arrow) {
        Flight flight = arrow.flight();
        StringBuilder classes = new StringBuilder("arrow ").append(kindClass(flight))
                .append(' ').append(SvgMarkup.sideClass(flight.sender()));
        if (flight.retransmission()) {
            classes.append(" retransmission");
        }
        if (flight.duplicate()) {
            classes.append(" duplicate");
        }
        if (flight.dropped()) {
            classes.append(" dropped");
        }
        String colour = COLOURS.get(SegmentKind.of(flight.segment()));
        svg.append(format("<g class=\"%s\" data-transmission=\"%d\" stroke=\"%s\" fill=\"%s\">", classes,
                flight.transmissionId(), colour, colour));
        svg.append(format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                arrow.startX(), arrow.startY(), arrow.endX(), arrow.endY()));
        if (!flight.dropped()) {
            svg.append(format("<polygon points=\"0,0 -10,-5 -10,5\" transform=\"translate(%.1f %.1f) rotate(%.2f)\"/>",
                    arrow.endX(), arrow.endY(), arrow.angleDegrees()));
        }
        svg.append("</g>\n");
    }

    private static void label(StringBuilder svg, Flight flight, LadderLabelLayout.Placed box) {
        svg.append(format("<g class=\"label %s\" fill=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\"/>",
                kindClass(flight), COLOURS.get(SegmentKind.of(flight.segment())), box.x(), box.y(), box.width(), box.height()));
        double lineHeight = (box.height() - 2 * LadderLabelLayout.PAD) / box.text().split("\n", -1).length;
        SvgMarkup.lines(svg, "", box.text(), box.x() + box.width() / 2, box.y() + LadderLabelLayout.PAD, lineHeight);
        svg.append("</g>\n");
    }

    private static String kindClass(Flight flight) {
        return "kind-" + SegmentKind.of(flight.segment()).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
