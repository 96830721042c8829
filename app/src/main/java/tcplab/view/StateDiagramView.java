package tcplab.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.explain.EventExplainer;
import tcplab.explain.FigureTransition;
import tcplab.i18n.Message;
import tcplab.playback.Frame;

/**
 * The RFC 9293 connection state diagram (section 3.3.2) laid out as the RFC draws it, with each
 * side's current state marked (client: round "C" badge, server: square "S" badge) and the
 * transition each side just took lit and labelled with its event and action as the RFC's figure
 * labels it ({@code rcv SYN / snd SYN,ACK}). CLOSED is drawn twice, at the top where connections start
 * and at the bottom where they end, as in the RFC's figure.
 */
public final class StateDiagramView extends Region {

    public static final String STYLE_CLASS = "state-diagram";
    private static final double COLUMNS = 3;
    private static final double ROWS = 7;
    /** How much larger than their style sheet size the boxes may grow in a big panel. */
    private static final double MAX_GROWTH = 1.6;
    /** Room kept between the boxes of neighbouring columns. */
    private static final double BOX_GAP = 6;
    /** The part of a row's height a box may take: the rest is for the arrows and their badges. */
    private static final double BOX_SHARE = 0.7;

    /** A box on the diagram: a state at a grid cell (column, row). */
    private enum Slot {
        CLOSED_TOP(TcpState.CLOSED, 1, 0),
        LISTEN(TcpState.LISTEN, 1, 1),
        SYN_RECEIVED(TcpState.SYN_RECEIVED, 0, 2),
        SYN_SENT(TcpState.SYN_SENT, 2, 2),
        ESTABLISHED(TcpState.ESTABLISHED, 1, 3),
        FIN_WAIT_1(TcpState.FIN_WAIT_1, 0, 4),
        CLOSE_WAIT(TcpState.CLOSE_WAIT, 2, 4),
        FIN_WAIT_2(TcpState.FIN_WAIT_2, 0, 5),
        CLOSING(TcpState.CLOSING, 1, 5),
        LAST_ACK(TcpState.LAST_ACK, 2, 5),
        TIME_WAIT(TcpState.TIME_WAIT, 1, 6),
        CLOSED_BOTTOM(TcpState.CLOSED, 2, 6);

        final TcpState state;
        final int column;
        final int row;

        Slot(TcpState state, int column, int row) {
            this.state = state;
            this.column = column;
            this.row = row;
        }

        /** Where a host in {@code state} is drawn, having come from {@code from}. */
        static Slot of(TcpState state, TcpState from) {
            if (state == TcpState.CLOSED) {
                return from == TcpState.TIME_WAIT || from == TcpState.LAST_ACK || from == TcpState.CLOSING
                        ? CLOSED_BOTTOM : CLOSED_TOP;
            }
            return valueOf(state.name());
        }
    }

    /** The standard transitions of the RFC's figure. */
    private static final List<Slot[]> STANDARD_EDGES = List.of(
            edge(Slot.CLOSED_TOP, Slot.LISTEN), edge(Slot.LISTEN, Slot.CLOSED_TOP),
            edge(Slot.CLOSED_TOP, Slot.SYN_SENT), edge(Slot.SYN_SENT, Slot.CLOSED_TOP),
            edge(Slot.LISTEN, Slot.SYN_RECEIVED), edge(Slot.LISTEN, Slot.SYN_SENT),
            edge(Slot.SYN_SENT, Slot.SYN_RECEIVED), edge(Slot.SYN_RECEIVED, Slot.LISTEN),
            edge(Slot.SYN_RECEIVED, Slot.ESTABLISHED), edge(Slot.SYN_SENT, Slot.ESTABLISHED),
            edge(Slot.SYN_RECEIVED, Slot.FIN_WAIT_1),
            edge(Slot.ESTABLISHED, Slot.FIN_WAIT_1), edge(Slot.ESTABLISHED, Slot.CLOSE_WAIT),
            edge(Slot.FIN_WAIT_1, Slot.FIN_WAIT_2), edge(Slot.FIN_WAIT_1, Slot.CLOSING),
            edge(Slot.FIN_WAIT_1, Slot.TIME_WAIT), edge(Slot.FIN_WAIT_2, Slot.TIME_WAIT),
            edge(Slot.CLOSING, Slot.TIME_WAIT), edge(Slot.CLOSE_WAIT, Slot.LAST_ACK),
            edge(Slot.LAST_ACK, Slot.CLOSED_BOTTOM), edge(Slot.TIME_WAIT, Slot.CLOSED_BOTTOM));

    private final Map<Slot, Label> boxes = new EnumMap<>(Slot.class);
    private final List<EdgeNode> edges = new ArrayList<>();
    private final Map<Side, EdgeNode> extraEdges = new EnumMap<>(Side.class);
    private final Map<Side, Label> badges = new EnumMap<>(Side.class);
    private final Group edgeLayer = new Group();
    /** The lit transitions' labels, above every line, box and badge, so nothing drawn covers their words. */
    private final Group actionLayer = new Group();
    private final LanguageModel language;
    private Frame frame;

    public StateDiagramView(LanguageModel language, PlaybackModel model) {
        this.language = language;
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(edgeLayer);
        for (Slot[] pair : STANDARD_EDGES) {
            EdgeNode edge = new EdgeNode(pair[0], pair[1], false, language);
            edges.add(edge);
            edgeLayer.getChildren().add(edge);
        }
        for (Slot slot : Slot.values()) {
            Label box = new Label(slot.state.rfcName());
            box.getStyleClass().addAll("state-box", ViewStyles.LANGUAGE_NEUTRAL);
            box.setId("state-box-" + slot.name().toLowerCase().replace('_', '-'));
            box.setMinWidth(USE_PREF_SIZE);
            boxes.put(slot, box);
            getChildren().add(box);
        }
        for (Side side : Side.values()) {
            Label badge = new Label(side.letter());
            badge.getStyleClass().addAll("state-badge", ViewStyles.sideClass(side), ViewStyles.LANGUAGE_NEUTRAL);
            badge.setId("state-badge-" + ViewStyles.sideClass(side));
            badges.put(side, badge);
            getChildren().add(badge);
        }
        edges.forEach(edge -> actionLayer.getChildren().add(edge.action));
        actionLayer.setMouseTransparent(true);
        getChildren().add(actionLayer);
        model.frameProperty().addListener((obs, old, now) -> show(now));
        // The lit transitions' labels are worded and placed in the layout pass.
        language.messagesProperty().addListener((obs, old, now) -> requestLayout());
        show(model.frameProperty().get());
    }

    private static Slot[] edge(Slot from, Slot to) {
        return new Slot[] {from, to};
    }

    private void show(Frame shown) {
        boolean same = frame != null && shown != null && frame.states().equals(shown.states())
                && frame.transitions().equals(shown.transitions());
        frame = shown;
        if (frame == null || same) {
            return;
        }
        // Styles change here, before the next pulse's CSS pass; layoutChildren only places things.
        Map<Side, Slot> current = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            current.put(side, slotOf(side));
        }
        boxes.forEach((slot, box) -> {
            box.pseudoClassStateChanged(ViewStyles.CURRENT, current.containsValue(slot));
            describe(box, slot, current);
            box.getStyleClass().removeAll("current-client", "current-server");
            current.forEach((side, at) -> {
                if (at == slot) {
                    box.getStyleClass().add("current-" + ViewStyles.sideClass(side));
                }
            });
        });
        lightTransitions();
        requestLayout();
    }

    /** Names a state box for a screen reader: its state, and which host is in it now, if one is. */
    private void describe(Label box, Slot slot, Map<Side, Slot> current) {
        List<Side> here = current.entrySet().stream().filter(entry -> entry.getValue() == slot).map(Map.Entry::getKey).toList();
        box.accessibleTextProperty().unbind();
        if (here.isEmpty()) {
            box.setAccessibleText(null);
        } else {
            box.accessibleTextProperty().bind(language.bind(here.size() == 2
                    ? Message.of("a11y.state.currentBoth", slot.state.rfcName())
                    : Message.of("a11y.state.current", slot.state.rfcName(), EventExplainer.hostName(here.get(0)))));
        }
    }

    /** The slot a side's current state is drawn at. */
    private Slot slotOf(Side side) {
        TcpState from = frame.transition(side).map(StateChanged::from).orElse(TcpState.CLOSED);
        return Slot.of(frame.state(side), from);
    }

    /** The id of the box marking {@code side}'s current state, for tests. */
    public String currentBoxId(Side side) {
        return boxes.get(slotOf(side)).getId();
    }

    /**
     * Places the boxes at their grid cells, all at one scale: smaller when the widest box would
     * not fit its cell (a narrow window, a big zoom), larger up to {@link #MAX_GROWTH} when the
     * cells have room (full HD), so the diagram fills its panel and no name is cut short.
     */
    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double width = getWidth() - insets.getLeft() - insets.getRight();
        double height = getHeight() - insets.getTop() - insets.getBottom();
        double cellWidth = width / COLUMNS;
        double cellHeight = height / ROWS;
        double widest = 0;
        double tallest = 0;
        for (Label box : boxes.values()) {
            widest = Math.max(widest, box.prefWidth(-1));
            tallest = Math.max(tallest, box.prefHeight(-1));
        }
        double scale = Math.min(MAX_GROWTH, Math.min((cellWidth - BOX_GAP) / widest, cellHeight * BOX_SHARE / tallest));
        Map<Slot, double[]> bounds = new EnumMap<>(Slot.class);
        for (Map.Entry<Slot, Label> entry : boxes.entrySet()) {
            Slot slot = entry.getKey();
            Label box = entry.getValue();
            double boxWidth = box.prefWidth(-1);
            double boxHeight = box.prefHeight(boxWidth);
            double centreX = insets.getLeft() + cellWidth * (slot.column + 0.5);
            double centreY = insets.getTop() + cellHeight * (slot.row + 0.5);
            // Scaled about its centre: laid out at its full size, it never shortens its name.
            box.resizeRelocate(centreX - boxWidth / 2, centreY - boxHeight / 2, boxWidth, boxHeight);
            box.setScaleX(scale);
            box.setScaleY(scale);
            double shownWidth = boxWidth * scale;
            double shownHeight = boxHeight * scale;
            bounds.put(slot, new double[] {centreX - shownWidth / 2, centreY - shownHeight / 2, shownWidth, shownHeight});
        }
        // Boxes and badges placed so far, which a lit transition's badge must not cover.
        List<double[]> taken = new ArrayList<>(bounds.values());
        if (frame != null) {
            for (Side side : Side.values()) {
                Label badge = badges.get(side);
                double[] box = bounds.get(slotOf(side));
                double size = badge.prefHeight(-1);
                double shown = size * scale;
                double x = side == Side.CLIENT ? box[0] - shown - 2 : box[0] + box[2] + 2;
                double y = box[1] + (box[3] - shown) / 2;
                badge.resizeRelocate(x + (shown - size) / 2, y + (shown - size) / 2, badge.prefWidth(-1), size);
                badge.setScaleX(scale);
                badge.setScaleY(scale);
                taken.add(new double[] {x, y, shown, shown});
            }
        }
        for (EdgeNode edge : edges) {
            edge.place(bounds, taken, scale);
        }
        extraEdges.values().forEach(edge -> edge.place(bounds, taken, scale));
        // The lit transitions' labels last, clear of every box, badge and each other, inside the diagram.
        BoundingBox area = new BoundingBox(insets.getLeft(), insets.getTop(), width, height);
        for (EdgeNode edge : edges) {
            edge.placeAction(area, taken);
        }
    }

    /** The event / action labels shown now, for tests. */
    public List<String> shownTransitionLabels() {
        return edges.stream().filter(edge -> edge.action.isVisible()).map(edge -> edge.action.getText()).toList();
    }

    private void lightTransitions() {
        edges.forEach(edge -> edge.light(null));
        extraEdges.values().forEach(edge -> edgeLayer.getChildren().remove(edge));
        extraEdges.clear();
        for (Side side : Side.values()) {
            frame.transition(side).ifPresent(change -> {
                Slot from = Slot.of(change.from(), TcpState.CLOSED);
                Slot to = Slot.of(change.to(), change.from());
                EdgeNode lit = edges.stream().filter(edge -> edge.from == from && edge.to == to).findFirst()
                        .orElseGet(() -> {
                            // A transition outside the figure (a reset, say): drawn dashed while it is the latest.
                            EdgeNode extra = new EdgeNode(from, to, true, language);
                            extraEdges.put(side, extra);
                            edgeLayer.getChildren().add(extra);
                            return extra;
                        });
                lit.light(side);
            });
        }
    }

    /** A transition arrow between two boxes. */
    private static final class EdgeNode extends Group {
        private static final double[] BADGE_PLACES = {0.5, 0.38, 0.62, 0.26, 0.74};
        /** How many badge widths aside from its arrow a badge may move to find a free place. */
        private static final int MAX_STEPS_ASIDE = 4;
        /** Room kept between a transition's label and anything beside it. */
        private static final double ACTION_GAP = 1;
        final Slot from;
        final Slot to;
        private final Line line = new Line();
        private final Polygon head = new Polygon(0, 0, -9, -4.5, -9, 4.5);
        private final Label badge = new Label();
        private final Label action = new Label();
        private final Optional<FigureTransition> figure;
        private final LanguageModel language;
        /** Where the badge sits and a badge's width across the edge, as placed last; the label goes beside them. */
        private Point2D mark = Point2D.ZERO;
        private Point2D across = Point2D.ZERO;
        private double badgeHalf;
        /** The diagram's scale, which the label follows like the boxes and badges. */
        private double scale = 1;

        EdgeNode(Slot from, Slot to, boolean extra, LanguageModel language) {
            this.from = from;
            this.to = to;
            getStyleClass().add("state-edge");
            if (extra) {
                getStyleClass().add("extra");
            }
            line.getStyleClass().add("state-edge-line");
            head.getStyleClass().add("state-edge-head");
            badge.getStyleClass().addAll("state-badge", "edge-badge", ViewStyles.LANGUAGE_NEUTRAL);
            badge.setVisible(false);
            action.getStyleClass().add("state-edge-action");
            action.setVisible(false);
            action.setManaged(false);
            figure = FigureTransition.between(from.state, to.state);
            this.language = language;
            // The label joins the diagram's top layer: lines drawn after this edge would cross it here.
            getChildren().addAll(line, head, badge);
            setMouseTransparent(true);
        }

        /**
         * Draws the arrow between its boxes and, when lit, puts its badge on it: at its middle,
         * or the nearest point along it, or beside it, further out step by step, wherever the
         * badge covers no box and no badge placed before it.
         */
        void place(Map<Slot, double[]> bounds, List<double[]> taken, double scale) {
            double[] a = bounds.get(from);
            double[] b = bounds.get(to);
            Point2D centreA = new Point2D(a[0] + a[2] / 2, a[1] + a[3] / 2);
            Point2D centreB = new Point2D(b[0] + b[2] / 2, b[1] + b[3] / 2);
            Point2D direction = centreB.subtract(centreA).normalize();
            // Two opposite edges between the same boxes run side by side, not on top of each other.
            Point2D offset = new Point2D(-direction.getY(), direction.getX()).multiply(5);
            Point2D start = border(centreA, a, direction).add(offset);
            Point2D end = border(centreB, b, direction.multiply(-1)).add(offset);
            line.setStartX(start.getX());
            line.setStartY(start.getY());
            line.setEndX(end.getX());
            line.setEndY(end.getY());
            double angle = Math.toDegrees(Math.atan2(direction.getY(), direction.getX()));
            head.getTransforms().setAll(new Translate(end.getX(), end.getY()), new Rotate(angle));
            if (!badge.isVisible()) {
                return;
            }
            double size = badge.prefHeight(-1);
            double half = size / 2 * scale;
            this.scale = scale;
            badgeHalf = half;
            // The middle of the edge, or the nearest point on it, or beside it, clear of boxes and badges.
            mark = start.midpoint(end);
            across = new Point2D(-direction.getY(), direction.getX()).multiply(2 * half);
            search:
            for (int step = 0; step <= MAX_STEPS_ASIDE; step++) {
                for (Point2D shift : step == 0 ? List.of(Point2D.ZERO) : List.of(across.multiply(step), across.multiply(-step))) {
                    for (double along : BADGE_PLACES) {
                        Point2D candidate = start.add(end.subtract(start).multiply(along)).add(shift);
                        if (taken.stream().noneMatch(box -> covers(box, candidate, half))) {
                            mark = candidate;
                            break search;
                        }
                    }
                }
            }
            badge.setScaleX(scale);
            badge.setScaleY(scale);
            badge.resize(badge.prefWidth(-1), size);
            badge.relocate(mark.getX() - size / 2, mark.getY() - size / 2);
            taken.add(new double[] {mark.getX() - half, mark.getY() - half, 2 * half, 2 * half});
        }

        /**
         * Puts a lit edge's event / action label beside its badge, on one line if there is room,
         * else event above action as the figure often writes it. Where that covers something, it
         * goes to the free place nearest the badge: off its edge rather than on a box, badge or label.
         */
        void placeAction(BoundingBox area, List<double[]> taken) {
            if (!action.isVisible()) {
                return;
            }
            String oneLine = language.text(figure.orElseThrow().labelKey());
            List<String> texts = List.of(oneLine, oneLine.replace(" / ", " /\n"));
            for (String text : texts) {
                action.setText(text);
                Optional<double[]> free = nearBadge(area, labelWidth(area), labelHeight()).stream()
                        .filter(box -> isFree(box, taken)).findFirst();
                if (free.isPresent()) {
                    showAction(free.get(), taken);
                    return;
                }
            }
            double[] best = null;
            String bestText = null;
            for (String text : texts) {
                action.setText(text);
                for (double[] box : touching(area, labelWidth(area), labelHeight(), taken)) {
                    if (isFree(box, taken) && (best == null || distanceFromBadge(box) < distanceFromBadge(best))) {
                        best = box;
                        bestText = text;
                    }
                }
            }
            if (best != null) {
                action.setText(bestText);
                showAction(best, taken);
                return;
            }
            // No free place in the whole diagram: where it covers least, beside its badge.
            List<double[]> candidates = nearBadge(area, labelWidth(area), labelHeight());
            showAction(candidates.stream().min(Comparator.comparingDouble(box -> covered(box, taken))).orElseThrow(), taken);
        }

        private double labelWidth(BoundingBox area) {
            return Math.min(action.prefWidth(-1) * scale, area.getWidth());
        }

        private double labelHeight() {
            return action.prefHeight(-1) * scale;
        }

        private static boolean isFree(double[] box, List<double[]> taken) {
            return taken.stream().noneMatch(other -> overlap(box, other));
        }

        /** Shows the label over {@code box}: laid out at its own size and scaled about its centre, as the boxes are. */
        private void showAction(double[] box, List<double[]> taken) {
            double width = box[2] / scale;
            double height = box[3] / scale;
            action.resize(width, height);
            action.relocate(box[0] + (box[2] - width) / 2, box[1] + (box[3] - height) / 2);
            action.setScaleX(scale);
            action.setScaleY(scale);
            taken.add(box);
        }

        /**
         * Every place where the label, inside the area, touches the side of something placed or of
         * the area, or lines up with the badge: the free places nearest the badge are among them.
         */
        private List<double[]> touching(BoundingBox area, double labelWidth, double labelHeight, List<double[]> taken) {
            List<Double> xs = new ArrayList<>(List.of(area.getMinX(), area.getMaxX() - labelWidth,
                    mark.getX() - labelWidth / 2, mark.getX() + badgeHalf + ACTION_GAP,
                    mark.getX() - badgeHalf - ACTION_GAP - labelWidth));
            List<Double> ys = new ArrayList<>(List.of(area.getMinY(), area.getMaxY() - labelHeight,
                    mark.getY() - labelHeight / 2, mark.getY() + badgeHalf + ACTION_GAP,
                    mark.getY() - badgeHalf - ACTION_GAP - labelHeight));
            for (double[] other : taken) {
                xs.add(other[0] + other[2] + ACTION_GAP);
                xs.add(other[0] - labelWidth - ACTION_GAP);
                ys.add(other[1] + other[3] + ACTION_GAP);
                ys.add(other[1] - labelHeight - ACTION_GAP);
            }
            List<double[]> candidates = new ArrayList<>();
            for (double x : xs) {
                for (double y : ys) {
                    if (x >= area.getMinX() && x + labelWidth <= area.getMaxX()
                            && y >= area.getMinY() && y + labelHeight <= area.getMaxY()) {
                        candidates.add(new double[] {x, y, labelWidth, labelHeight});
                    }
                }
            }
            return candidates;
        }

        /** How far a label's box is from the centre of its edge's badge. */
        private double distanceFromBadge(double[] box) {
            double dx = Math.max(0, Math.max(box[0] - mark.getX(), mark.getX() - box[0] - box[2]));
            double dy = Math.max(0, Math.max(box[1] - mark.getY(), mark.getY() - box[1] - box[3]));
            return Math.hypot(dx, dy);
        }

        /** Places for the label beside the badge: right or left of it, level, a line above or below, then just off the edge. */
        private List<double[]> nearBadge(BoundingBox area, double labelWidth, double labelHeight) {
            List<double[]> candidates = new ArrayList<>();
            for (double rise : new double[] {0, -labelHeight / 2 - 2, labelHeight / 2 + 2}) {
                double y = mark.getY() - labelHeight / 2 + rise;
                candidates.add(box(area, mark.getX() + badgeHalf + 5, y, labelWidth, labelHeight));
                candidates.add(box(area, mark.getX() - badgeHalf - 5 - labelWidth, y, labelWidth, labelHeight));
            }
            Point2D side = across.magnitude() == 0 ? new Point2D(0, 1) : across.normalize();
            double reach = badgeHalf + 4 + labelHeight / 2;
            for (Point2D centre : List.of(mark.add(side.multiply(reach)), mark.subtract(side.multiply(reach)),
                    mark.add(0, reach), mark.subtract(0, reach))) {
                candidates.add(box(area, centre.getX() - labelWidth / 2, centre.getY() - labelHeight / 2,
                        labelWidth, labelHeight));
            }
            return candidates;
        }

        /** How much of the boxes already placed a box would cover. */
        private static double covered(double[] box, List<double[]> taken) {
            double sum = 0;
            for (double[] other : taken) {
                double width = Math.min(box[0] + box[2], other[0] + other[2]) - Math.max(box[0], other[0]);
                double height = Math.min(box[1] + box[3], other[1] + other[3]) - Math.max(box[1], other[1]);
                sum += Math.max(0, width) * Math.max(0, height);
            }
            return sum;
        }

        /** A box of the given size at (x, y), moved inside the area. */
        private static double[] box(BoundingBox area, double x, double y, double width, double height) {
            return new double[] {Math.max(area.getMinX(), Math.min(area.getMaxX() - width, x)),
                    Math.max(area.getMinY(), Math.min(area.getMaxY() - height, y)), width, height};
        }

        private static boolean overlap(double[] a, double[] b) {
            return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
        }

        private static boolean covers(double[] box, Point2D badgeCentre, double half) {
            return badgeCentre.getX() + half > box[0] && badgeCentre.getX() - half < box[0] + box[2]
                    && badgeCentre.getY() + half > box[1] && badgeCentre.getY() - half < box[1] + box[3];
        }

        /** Where a ray from a box's centre leaves the box. */
        private static Point2D border(Point2D centre, double[] box, Point2D direction) {
            double halfWidth = box[2] / 2 + 2;
            double halfHeight = box[3] / 2 + 2;
            double scaleX = direction.getX() == 0 ? Double.MAX_VALUE : halfWidth / Math.abs(direction.getX());
            double scaleY = direction.getY() == 0 ? Double.MAX_VALUE : halfHeight / Math.abs(direction.getY());
            return centre.add(direction.multiply(Math.min(scaleX, scaleY)));
        }

        void light(Side side) {
            getStyleClass().removeAll("taken-client", "taken-server");
            pseudoClassStateChanged(ViewStyles.TAKEN, side != null);
            badge.setVisible(side != null);
            // Only a lit transition says its event and action.
            boolean labelled = side != null && figure.isPresent();
            action.setVisible(labelled);
            // The words are set where the label is placed, on one line or two.
            action.setText("");
            action.getStyleClass().removeAll(ViewStyles.CLIENT, ViewStyles.SERVER);
            if (side != null) {
                action.getStyleClass().add(ViewStyles.sideClass(side));
                getStyleClass().add("taken-" + ViewStyles.sideClass(side));
                badge.setText(side.letter());
                badge.getStyleClass().removeAll(ViewStyles.CLIENT, ViewStyles.SERVER);
                badge.getStyleClass().add(ViewStyles.sideClass(side));
            }
        }
    }
}
