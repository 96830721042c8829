package tcplab.statediagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tcplab.engine.Side;
import tcplab.explain.FigureTransition;
import tcplab.playback.TextMeasure;

/**
 * Where the state diagram draws things, as plain geometry in pixels: each {@link StateBox} at the
 * middle of its grid cell, all at one scale (smaller when the widest box would not fit its cell,
 * larger up to a limit when the cells have room); an arrow for each edge of the figure and each
 * other edge marked; a host's badge beside each box marked for it (the client's at the left, the
 * server's at the right); a badge on each edge marked, where it covers no box and no badge placed
 * before it; and the event / action label of each marked figure edge beside its badge, clear of
 * every box, badge and other label, inside the drawing. The window's diagram and the SVG export
 * both take their coordinates from here.
 *
 * @param scale      the scale every box, badge and label is drawn at, against its natural size
 * @param boxes      where each box is drawn, scaled
 * @param arrows     one per edge drawn: the figure's, in the order of {@link StateEdge#FIGURE}, then
 *                   the other edges marked
 * @param boxBadges  one per box mark, in the order asked
 * @param edgeBadges one per edge mark, in the order of {@link #arrows}
 * @param labels     one per marked figure edge, in the order of {@link #arrows}
 */
public record StateDiagramLayout(double scale, Map<StateBox, Rectangle> boxes, List<Arrow> arrows,
                                 List<BoxBadge> boxBadges, List<EdgeBadge> edgeBadges, List<EdgeLabel> labels) {

    /** Room kept between the boxes of neighbouring columns. */
    private static final double BOX_GAP = 6;
    /** The part of a row's height a box may take: the rest is for the arrows and their badges. */
    private static final double BOX_SHARE = 0.7;
    /** Room between a box and a badge beside it, and between a box and an arrow's end. */
    private static final double BOX_MARGIN = 2;
    /** How far apart two opposite arrows between the same boxes run. */
    private static final double PARALLEL_OFFSET = 5;
    /** The places along its arrow a badge tries, as parts of the arrow's length, best first. */
    private static final double[] BADGE_PLACES = {0.5, 0.38, 0.62, 0.26, 0.74};
    /** How many badge widths aside from its arrow a badge may move to find a free place. */
    private static final int MAX_STEPS_ASIDE = 4;
    /** Room kept between a label and anything beside it. */
    private static final double LABEL_GAP = 1;
    /** Room between a badge and a label level with it. */
    private static final double LABEL_BESIDE_BADGE = 5;

    public StateDiagramLayout {
        boxes = Map.copyOf(boxes);
        arrows = List.copyOf(arrows);
        boxBadges = List.copyOf(boxBadges);
        edgeBadges = List.copyOf(edgeBadges);
        labels = List.copyOf(labels);
    }

    /** A width and a height in pixels. */
    public record Size(double width, double height) {
    }

    /** A host's badge to put beside a box. */
    public record BoxMark(Side side, StateBox box) {
    }

    /** A host's badge to put on an edge, which also gets its label. */
    public record EdgeMark(Side side, StateEdge edge) {
    }

    /** An edge's arrow, from the border of the box it leaves to that of the box it enters. */
    public record Arrow(StateEdge edge, Point start, Point end) {

        /** The direction of the arrow, in degrees clockwise from the x axis (y grows down). */
        public double angleDegrees() {
            return Math.toDegrees(Math.atan2(end.y() - start.y(), end.x() - start.x()));
        }
    }

    /** A host's badge beside a box, scaled. */
    public record BoxBadge(Side side, StateBox box, Rectangle bounds) {
    }

    /** A host's badge on an edge, scaled. */
    public record EdgeBadge(Side side, StateEdge edge, Rectangle bounds) {
    }

    /**
     * An edge's event / action label, scaled.
     *
     * @param sides the hosts whose marks put it there, in the order marked
     * @param text  the text chosen among those offered: the first that finds a free place
     */
    public record EdgeLabel(StateEdge edge, List<Side> sides, String text, Rectangle bounds) {
    }

    /**
     * What to lay out.
     *
     * @param area         the drawing's area
     * @param maxScale     the largest scale the boxes may grow to when the cells have room
     * @param boxSizes     each box's natural size (its name and padding), at scale 1
     * @param badgeSize    a badge's natural size, at scale 1
     * @param boxMarks     the badges to put beside boxes
     * @param edgeMarks    the badges to put on edges; each figure edge marked also gets its label
     * @param labelTexts   the texts a figure transition's label may be written as, best first
     *                     (one line, say, then event above action)
     * @param labelMeasure a label's natural size, padding included, at scale 1
     */
    public record Request(Rectangle area, double maxScale, Map<StateBox, Size> boxSizes, Size badgeSize,
                          List<BoxMark> boxMarks, List<EdgeMark> edgeMarks,
                          Function<FigureTransition, List<String>> labelTexts, TextMeasure labelMeasure) {
    }

    /** Lays out the diagram {@code request} asks for. */
    public static StateDiagramLayout place(Request request) {
        return new Placement(request).run();
    }

    /** Where a box, badge or label may go: inside the area, over nothing placed before. */
    private static final class Placement {
        private final Request request;
        private final Rectangle area;
        /** Boxes, badges and labels placed so far, which nothing placed later may cover. */
        private final List<Rectangle> taken = new ArrayList<>();
        private double scale;

        Placement(Request request) {
            this.request = request;
            this.area = request.area();
        }

        StateDiagramLayout run() {
            Map<StateBox, Rectangle> boxes = placeBoxes();
            taken.addAll(boxes.values());
            List<BoxBadge> boxBadges = new ArrayList<>();
            double badgeSize = request.badgeSize().height() * scale;
            for (BoxMark mark : request.boxMarks()) {
                Rectangle box = boxes.get(mark.box());
                double x = mark.side() == Side.CLIENT ? box.x() - badgeSize - BOX_MARGIN : box.maxX() + BOX_MARGIN;
                Rectangle badge = new Rectangle(x, box.y() + (box.height() - badgeSize) / 2, badgeSize, badgeSize);
                boxBadges.add(new BoxBadge(mark.side(), mark.box(), badge));
                taken.add(badge);
            }
            Set<StateEdge> drawn = new LinkedHashSet<>(StateEdge.FIGURE);
            request.edgeMarks().forEach(mark -> drawn.add(mark.edge()));
            List<Arrow> arrows = new ArrayList<>();
            List<EdgeBadge> edgeBadges = new ArrayList<>();
            Map<StateEdge, Anchor> anchors = new LinkedHashMap<>();
            Map<StateEdge, List<Side>> markedBy = new LinkedHashMap<>();
            for (StateEdge edge : drawn) {
                Arrow arrow = arrow(edge, boxes);
                arrows.add(arrow);
                for (EdgeMark mark : request.edgeMarks()) {
                    if (mark.edge().equals(edge)) {
                        Anchor anchor = placeBadge(arrow, badgeSize / 2);
                        anchors.putIfAbsent(edge, anchor);
                        markedBy.computeIfAbsent(edge, key -> new ArrayList<>()).add(mark.side());
                        edgeBadges.add(new EdgeBadge(mark.side(), edge, Rectangle.around(anchor.centre(), badgeSize)));
                    }
                }
            }
            List<EdgeLabel> labels = new ArrayList<>();
            markedBy.forEach((edge, sides) -> edge.figure().ifPresent(figure -> {
                EdgeLabel label = placeLabel(edge, sides, anchors.get(edge), request.labelTexts().apply(figure));
                labels.add(label);
                taken.add(label.bounds());
            }));
            return new StateDiagramLayout(scale, boxes, arrows, boxBadges, edgeBadges, labels);
        }

        private Map<StateBox, Rectangle> placeBoxes() {
            double cellWidth = area.width() / StateBox.COLUMNS;
            double cellHeight = area.height() / StateBox.ROWS;
            double widest = 0;
            double tallest = 0;
            for (Size size : request.boxSizes().values()) {
                widest = Math.max(widest, size.width());
                tallest = Math.max(tallest, size.height());
            }
            scale = Math.min(request.maxScale(), Math.min((cellWidth - BOX_GAP) / widest, cellHeight * BOX_SHARE / tallest));
            Map<StateBox, Rectangle> boxes = new EnumMap<>(StateBox.class);
            for (StateBox box : StateBox.values()) {
                Size size = request.boxSizes().get(box);
                double width = size.width() * scale;
                double height = size.height() * scale;
                double centreX = area.x() + cellWidth * (box.column() + 0.5);
                double centreY = area.y() + cellHeight * (box.row() + 0.5);
                boxes.put(box, new Rectangle(centreX - width / 2, centreY - height / 2, width, height));
            }
            return boxes;
        }

        private static Arrow arrow(StateEdge edge, Map<StateBox, Rectangle> boxes) {
            Rectangle from = boxes.get(edge.from());
            Rectangle to = boxes.get(edge.to());
            Point direction = to.centre().subtract(from.centre()).normalize();
            // Two opposite edges between the same boxes run side by side, not on top of each other.
            Point offset = direction.perpendicular().multiply(PARALLEL_OFFSET);
            return new Arrow(edge, border(from, direction).add(offset), border(to, direction.multiply(-1)).add(offset));
        }

        /** Where a ray from a box's centre leaves the box, a little outside it. */
        private static Point border(Rectangle box, Point direction) {
            double halfWidth = box.width() / 2 + BOX_MARGIN;
            double halfHeight = box.height() / 2 + BOX_MARGIN;
            double reachX = direction.x() == 0 ? Double.MAX_VALUE : halfWidth / Math.abs(direction.x());
            double reachY = direction.y() == 0 ? Double.MAX_VALUE : halfHeight / Math.abs(direction.y());
            return box.centre().add(direction.multiply(Math.min(reachX, reachY)));
        }

        /**
         * A badge on an arrow: at its middle, or the nearest point along it, or beside it, further
         * out step by step, wherever the badge covers no box and no badge placed before it.
         */
        private Anchor placeBadge(Arrow arrow, double half) {
            Point along = arrow.end().subtract(arrow.start());
            Point across = along.normalize().perpendicular().multiply(2 * half);
            Point centre = arrow.start().add(along.multiply(0.5));
            search:
            for (int step = 0; step <= MAX_STEPS_ASIDE; step++) {
                for (Point shift : step == 0 ? List.of(Point.ZERO) : List.of(across.multiply(step), across.multiply(-step))) {
                    for (double part : BADGE_PLACES) {
                        Point candidate = arrow.start().add(along.multiply(part)).add(shift);
                        Rectangle badge = Rectangle.around(candidate, 2 * half);
                        if (taken.stream().noneMatch(badge::overlaps)) {
                            centre = candidate;
                            break search;
                        }
                    }
                }
            }
            taken.add(Rectangle.around(centre, 2 * half));
            return new Anchor(centre, across, half);
        }

        /**
         * A label beside its edge's badge, in the first of its texts that finds a free place
         * there: level with the badge at its right or left, a line above or below, or just off
         * the edge. Else the free place nearest the badge, off its edge rather than on a box,
         * badge or label; with no free place in the whole area, where it covers least, beside its badge.
         */
        private EdgeLabel placeLabel(StateEdge edge, List<Side> sides, Anchor anchor, List<String> texts) {
            for (String text : texts) {
                Size size = labelSize(text);
                Optional<Rectangle> free = nearBadge(anchor, size).stream().filter(this::isFree).findFirst();
                if (free.isPresent()) {
                    return new EdgeLabel(edge, sides, text, free.get());
                }
            }
            Rectangle best = null;
            String bestText = null;
            for (String text : texts) {
                for (Rectangle box : touching(anchor, labelSize(text))) {
                    if (isFree(box) && (best == null || anchor.distance(box) < anchor.distance(best))) {
                        best = box;
                        bestText = text;
                    }
                }
            }
            if (best != null) {
                return new EdgeLabel(edge, sides, bestText, best);
            }
            String last = texts.get(texts.size() - 1);
            Rectangle least = nearBadge(anchor, labelSize(last)).stream()
                    .min(Comparator.comparingDouble(this::covered)).orElseThrow();
            return new EdgeLabel(edge, sides, last, least);
        }

        private Size labelSize(String text) {
            return new Size(Math.min(request.labelMeasure().width(text) * scale, area.width()),
                    request.labelMeasure().height(text) * scale);
        }

        private boolean isFree(Rectangle box) {
            return taken.stream().noneMatch(box::overlaps);
        }

        /** How much of what is placed a box would cover. */
        private double covered(Rectangle box) {
            return taken.stream().mapToDouble(box::sharedArea).sum();
        }

        /** Places for a label beside its badge: right or left of it, level, a line above or below, then just off the edge. */
        private List<Rectangle> nearBadge(Anchor anchor, Size size) {
            List<Rectangle> candidates = new ArrayList<>();
            Point mark = anchor.centre();
            for (double rise : new double[] {0, -size.height() / 2 - 2, size.height() / 2 + 2}) {
                double y = mark.y() - size.height() / 2 + rise;
                candidates.add(inside(mark.x() + anchor.half() + LABEL_BESIDE_BADGE, y, size));
                candidates.add(inside(mark.x() - anchor.half() - LABEL_BESIDE_BADGE - size.width(), y, size));
            }
            Point side = anchor.across().length() == 0 ? new Point(0, 1) : anchor.across().normalize();
            double reach = anchor.half() + 4 + size.height() / 2;
            for (Point centre : List.of(mark.add(side.multiply(reach)), mark.subtract(side.multiply(reach)),
                    mark.add(new Point(0, reach)), mark.subtract(new Point(0, reach)))) {
                candidates.add(inside(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size));
            }
            return candidates;
        }

        /**
         * Every place where the label, inside the area, touches the side of something placed or of
         * the area, or lines up with the badge: the free places nearest the badge are among them.
         */
        private List<Rectangle> touching(Anchor anchor, Size size) {
            Point mark = anchor.centre();
            List<Double> xs = new ArrayList<>(List.of(area.x(), area.maxX() - size.width(),
                    mark.x() - size.width() / 2, mark.x() + anchor.half() + LABEL_GAP,
                    mark.x() - anchor.half() - LABEL_GAP - size.width()));
            List<Double> ys = new ArrayList<>(List.of(area.y(), area.maxY() - size.height(),
                    mark.y() - size.height() / 2, mark.y() + anchor.half() + LABEL_GAP,
                    mark.y() - anchor.half() - LABEL_GAP - size.height()));
            for (Rectangle other : taken) {
                xs.add(other.maxX() + LABEL_GAP);
                xs.add(other.x() - size.width() - LABEL_GAP);
                ys.add(other.maxY() + LABEL_GAP);
                ys.add(other.y() - size.height() - LABEL_GAP);
            }
            List<Rectangle> candidates = new ArrayList<>();
            for (double x : xs) {
                for (double y : ys) {
                    Rectangle box = new Rectangle(x, y, size.width(), size.height());
                    if (area.contains(box)) {
                        candidates.add(box);
                    }
                }
            }
            return candidates;
        }

        private Rectangle inside(double x, double y, Size size) {
            return new Rectangle(x, y, size.width(), size.height()).movedInside(area);
        }
    }

    /**
     * Where an edge's first badge went, which its label stays near.
     *
     * @param centre the badge's centre
     * @param across a badge's width across the edge
     * @param half   half a badge's side
     */
    private record Anchor(Point centre, Point across, double half) {

        /** How far a box is from the badge's centre. */
        double distance(Rectangle box) {
            double dx = Math.max(0, Math.max(box.x() - centre.x(), centre.x() - box.maxX()));
            double dy = Math.max(0, Math.max(box.y() - centre.y(), centre.y() - box.maxY()));
            return Math.hypot(dx, dy);
        }
    }
}
