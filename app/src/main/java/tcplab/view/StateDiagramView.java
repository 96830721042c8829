package tcplab.view;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import tcplab.engine.Side;
import tcplab.explain.EventExplainer;
import tcplab.i18n.Message;
import tcplab.playback.Frame;
import tcplab.playback.TextMeasure;
import tcplab.playback.TraceCursor;
import tcplab.statediagram.Rectangle;
import tcplab.statediagram.StateBox;
import tcplab.statediagram.StateDiagramLayout;
import tcplab.statediagram.StateDiagramRun;
import tcplab.statediagram.StateEdge;

/**
 * The RFC 9293 connection state diagram (section 3.3.2) laid out as the RFC draws it, with each
 * side's current state marked (client: round "C" badge, server: square "S" badge), the states the
 * run has been in set apart from those it has not, and the transition each side just took lit and
 * labelled with its event and action as the RFC's figure labels it ({@code rcv SYN / snd SYN,ACK}).
 * What is drawn where comes from {@link StateDiagramLayout}, what the run did from
 * {@link StateDiagramRun}; this class only makes and places the nodes.
 */
public final class StateDiagramView extends Region {

    public static final String STYLE_CLASS = "state-diagram";
    /** How much larger than their style sheet size the boxes may grow in a big panel. */
    private static final double MAX_GROWTH = 1.6;

    private final Map<StateBox, Label> boxes = new EnumMap<>(StateBox.class);
    private final Map<StateEdge, EdgeNode> edges = new LinkedHashMap<>();
    private final Map<Side, Label> badges = new EnumMap<>(Side.class);
    private final Group edgeLayer = new Group();
    /** The lit transitions' labels, above every line, box and badge, so nothing drawn covers their words. */
    private final Group actionLayer = new Group();
    /** Never shown: measures a label's words in the labels' style. */
    private final Label actionMeasure = new Label();
    private final LanguageModel language;
    private final PlaybackModel model;
    /** The trace and the number of its events the diagram shows. */
    private TraceCursor shownCursor;
    private int shownApplied;
    private StateDiagramRun run;

    public StateDiagramView(LanguageModel language, PlaybackModel model) {
        this.language = language;
        this.model = model;
        getStyleClass().add(STYLE_CLASS);
        getChildren().add(edgeLayer);
        StateEdge.FIGURE.forEach(this::addEdge);
        for (StateBox box : StateBox.values()) {
            Label label = new Label(box.state().rfcName());
            label.getStyleClass().addAll("state-box", ViewStyles.LANGUAGE_NEUTRAL);
            label.setId("state-box-" + box.id());
            label.setMinWidth(USE_PREF_SIZE);
            boxes.put(box, label);
            getChildren().add(label);
        }
        for (Side side : Side.values()) {
            Label badge = badge(side);
            badge.setId("state-badge-" + ViewStyles.sideClass(side));
            badges.put(side, badge);
            getChildren().add(badge);
        }
        actionMeasure.getStyleClass().add("state-edge-action");
        actionMeasure.setVisible(false);
        actionMeasure.setManaged(false);
        actionLayer.getChildren().add(actionMeasure);
        actionLayer.setMouseTransparent(true);
        getChildren().add(actionLayer);
        model.frameProperty().addListener((obs, old, now) -> show(now));
        // The lit transitions' labels are worded and placed in the layout pass.
        language.messagesProperty().addListener((obs, old, now) -> requestLayout());
        show(model.frameProperty().get());
    }

    private static Label badge(Side side) {
        Label badge = new Label(side.letter());
        badge.getStyleClass().addAll("state-badge", ViewStyles.sideClass(side), ViewStyles.LANGUAGE_NEUTRAL);
        return badge;
    }

    private EdgeNode addEdge(StateEdge edge) {
        EdgeNode node = new EdgeNode(edge);
        edges.put(edge, node);
        edgeLayer.getChildren().add(node);
        actionLayer.getChildren().add(node.action);
        return node;
    }

    private void show(Frame frame) {
        TraceCursor cursor = model.cursorProperty().get();
        // Between two events nothing on the diagram changes: playing, that is most frames.
        if (frame == null || cursor == null || cursor == shownCursor && frame.applied() == shownApplied) {
            return;
        }
        shownCursor = cursor;
        shownApplied = frame.applied();
        run = StateDiagramRun.of(cursor.trace(), frame.applied());
        // Styles change here, before the next pulse's CSS pass; layoutChildren only places things.
        boxes.forEach((box, label) -> {
            List<Side> here = new ArrayList<>();
            label.getStyleClass().removeAll("current-client", "current-server");
            for (Side side : Side.values()) {
                if (run.current(side) == box) {
                    here.add(side);
                    label.getStyleClass().add("current-" + ViewStyles.sideClass(side));
                }
            }
            label.pseudoClassStateChanged(ViewStyles.CURRENT, !here.isEmpty());
            describe(label, box, here);
            label.pseudoClassStateChanged(ViewStyles.VISITED,
                    run.visited(Side.CLIENT).contains(box) || run.visited(Side.SERVER).contains(box));
        });
        lightTransitions();
        requestLayout();
    }

    /** Names a state box for a screen reader: its state, and which host is in it now, if one is. */
    private void describe(Label label, StateBox box, List<Side> here) {
        label.accessibleTextProperty().unbind();
        if (here.isEmpty()) {
            label.setAccessibleText(null);
        } else {
            label.accessibleTextProperty().bind(language.bind(here.size() == 2
                    ? Message.of("a11y.state.currentBoth", box.state().rfcName())
                    : Message.of("a11y.state.current", box.state().rfcName(), EventExplainer.hostName(here.get(0)))));
        }
    }

    /** The id of the box marking {@code side}'s current state, for tests. */
    public String currentBoxId(Side side) {
        return boxes.get(run.current(side)).getId();
    }

    /** The names of the states drawn as visited now, for tests. */
    public Set<String> visitedStateNames() {
        return boxes.values().stream().filter(box -> box.getPseudoClassStates().contains(ViewStyles.VISITED))
                .map(Label::getText).collect(Collectors.toSet());
    }

    /** The event / action labels shown now, for tests. */
    public List<String> shownTransitionLabels() {
        return edges.values().stream().filter(edge -> edge.action.isVisible()).map(edge -> edge.action.getText()).toList();
    }

    private void lightTransitions() {
        edges.values().removeIf(edge -> {
            edge.light(List.of());
            if (!edge.edge.inFigure()) {
                // A transition outside the figure (a reset, say) is drawn only while it is the latest.
                edgeLayer.getChildren().remove(edge);
                actionLayer.getChildren().remove(edge.action);
                return true;
            }
            return false;
        });
        Map<StateEdge, List<Side>> lit = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            run.latest(side).ifPresent(step -> lit.computeIfAbsent(step.edge(), edge -> new ArrayList<>()).add(side));
        }
        lit.forEach((edge, sides) -> {
            EdgeNode node = edges.get(edge);
            (node == null ? addEdge(edge) : node).light(sides);
        });
    }

    /**
     * Places everything where {@link StateDiagramLayout} says, each node laid out at its own size
     * and scaled about its centre, so that a box never shortens its name.
     */
    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        Rectangle area = new Rectangle(insets.getLeft(), insets.getTop(), getWidth() - insets.getLeft() - insets.getRight(),
                getHeight() - insets.getTop() - insets.getBottom());
        Map<StateBox, StateDiagramLayout.Size> sizes = new EnumMap<>(StateBox.class);
        boxes.forEach((box, label) -> sizes.put(box, new StateDiagramLayout.Size(label.prefWidth(-1), label.prefHeight(-1))));
        Label anyBadge = badges.get(Side.CLIENT);
        List<StateDiagramLayout.BoxMark> boxMarks = new ArrayList<>();
        List<StateDiagramLayout.EdgeMark> edgeMarks = new ArrayList<>();
        if (run != null) {
            for (Side side : Side.values()) {
                boxMarks.add(new StateDiagramLayout.BoxMark(side, run.current(side)));
                run.latest(side).ifPresent(step -> edgeMarks.add(new StateDiagramLayout.EdgeMark(side, step.edge())));
            }
        }
        StateDiagramLayout layout = StateDiagramLayout.place(new StateDiagramLayout.Request(area, MAX_GROWTH, sizes,
                new StateDiagramLayout.Size(anyBadge.prefWidth(-1), anyBadge.prefHeight(-1)), boxMarks, edgeMarks,
                figure -> {
                    String oneLine = language.text(figure.labelKey());
                    return List.of(oneLine, oneLine.replace(" / ", " /\n"));
                }, new LabelMeasure(actionMeasure)));
        double scale = layout.scale();
        layout.boxes().forEach((box, bounds) -> showScaled(boxes.get(box), bounds, scale));
        badges.values().forEach(badge -> badge.setVisible(false));
        for (StateDiagramLayout.BoxBadge badge : layout.boxBadges()) {
            badges.get(badge.side()).setVisible(true);
            showScaled(badges.get(badge.side()), badge.bounds(), scale);
        }
        for (StateDiagramLayout.Arrow arrow : layout.arrows()) {
            edges.get(arrow.edge()).draw(arrow);
        }
        for (StateDiagramLayout.EdgeBadge badge : layout.edgeBadges()) {
            showScaled(edges.get(badge.edge()).badges.get(badge.side()), badge.bounds(), scale);
        }
        for (StateDiagramLayout.EdgeLabel label : layout.labels()) {
            Label action = edges.get(label.edge()).action;
            action.setText(label.text());
            showScaled(action, label.bounds(), scale, label.bounds().width() / scale, label.bounds().height() / scale);
        }
    }

    /** Puts {@code node}, laid out at its preferred size, scaled about its centre to cover {@code bounds}. */
    private static void showScaled(Node node, Rectangle bounds, double scale) {
        showScaled(node, bounds, scale, node.prefWidth(-1), node.prefHeight(-1));
    }

    /** Puts {@code node}, laid out {@code width} by {@code height}, scaled about its centre to cover {@code bounds}. */
    private static void showScaled(Node node, Rectangle bounds, double scale, double width, double height) {
        node.resize(width, height);
        node.relocate(bounds.centre().x() - width / 2, bounds.centre().y() - height / 2);
        node.setScaleX(scale);
        node.setScaleY(scale);
    }

    /** Sizes of a label's possible texts, padding included, as a label in the labels' style lays them out. */
    private record LabelMeasure(Label label) implements TextMeasure {

        @Override
        public double width(String text) {
            label.setText(text);
            return label.prefWidth(-1);
        }

        @Override
        public double height(String text) {
            label.setText(text);
            return label.prefHeight(-1);
        }
    }

    /** A transition arrow between two boxes, with a badge for each side that just took it and its label. */
    private static final class EdgeNode extends Group {
        final StateEdge edge;
        private final Line line = new Line();
        private final Polygon head = new Polygon(0, 0, -9, -4.5, -9, 4.5);
        private final Map<Side, Label> badges = new EnumMap<>(Side.class);
        /** The event / action, which joins the diagram's top layer: lines drawn after this edge would cross it here. */
        private final Label action = new Label();

        EdgeNode(StateEdge edge) {
            this.edge = edge;
            getStyleClass().add("state-edge");
            if (!edge.inFigure()) {
                getStyleClass().add("extra");
            }
            line.getStyleClass().add("state-edge-line");
            head.getStyleClass().add("state-edge-head");
            getChildren().addAll(line, head);
            for (Side side : Side.values()) {
                Label badge = badge(side);
                badge.getStyleClass().add("edge-badge");
                badge.setVisible(false);
                badges.put(side, badge);
                getChildren().add(badge);
            }
            action.getStyleClass().add("state-edge-action");
            action.setVisible(false);
            action.setManaged(false);
            setMouseTransparent(true);
        }

        void draw(StateDiagramLayout.Arrow arrow) {
            line.setStartX(arrow.start().x());
            line.setStartY(arrow.start().y());
            line.setEndX(arrow.end().x());
            line.setEndY(arrow.end().y());
            head.getTransforms().setAll(new Translate(arrow.end().x(), arrow.end().y()), new Rotate(arrow.angleDegrees()));
        }

        /** Lights the edge for the sides that just took it; none puts it out. */
        void light(List<Side> sides) {
            getStyleClass().removeAll("taken-client", "taken-server");
            pseudoClassStateChanged(ViewStyles.TAKEN, !sides.isEmpty());
            badges.forEach((side, badge) -> badge.setVisible(sides.contains(side)));
            sides.forEach(side -> getStyleClass().add("taken-" + ViewStyles.sideClass(side)));
            // Only a lit transition of the figure says its event and action, in the colour of the side that took it.
            action.setVisible(!sides.isEmpty() && edge.inFigure());
            action.setText("");
            action.getStyleClass().removeAll(ViewStyles.CLIENT, ViewStyles.SERVER);
            if (sides.size() == 1) {
                action.getStyleClass().add(ViewStyles.sideClass(sides.get(0)));
            }
        }
    }
}
