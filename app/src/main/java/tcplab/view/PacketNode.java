package tcplab.view;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.CacheHint;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import tcplab.engine.Trace;
import tcplab.i18n.Messages;
import tcplab.explain.EventExplainer;
import tcplab.explain.Formats;
import tcplab.explain.SegmentLabel;
import tcplab.i18n.Message;
import tcplab.playback.Flight;
import tcplab.playback.PacketPosition;
import tcplab.playback.SegmentKind;

/**
 * A segment drawn on the wire: its kind in large letters (SYN, SYN+ACK, ACK, FIN, RST, data),
 * its numbers below, and a badge when it is a retransmission, a link duplicate, or lost. The kind
 * also sets the colour, but the words always say it too.
 */
final class PacketNode extends StackPane {

    static final String STYLE_CLASS = "packet-node";

    private static final double CROSS_INSET = 3;

    private final Label kind = new Label();
    private final Label numbers = new Label();
    private final VBox labels;
    /*
     * The badge and the cross are made for the first segment that needs them: most segments never
     * do, and every node in the window costs each frame a visit, hundreds of packets at once.
     */
    private Label badge;
    private Line crossA;
    private Line crossB;
    private Group cross;
    private Flight flight;
    private boolean shownRelative;
    private boolean describedRelative;
    private boolean describedLost;
    private boolean describedDroppable;
    /** Its width with the numbers shown, once measured for what it shows now. */
    private double fullWidth = -1;
    /** The language it was measured in: other words, other widths. */
    private Messages measuredIn;
    private final LanguageModel language;

    PacketNode(LanguageModel language) {
        getStyleClass().add(STYLE_CLASS);
        kind.getStyleClass().addAll("packet-kind", ViewStyles.LANGUAGE_NEUTRAL);
        numbers.getStyleClass().addAll("packet-numbers", ViewStyles.LANGUAGE_NEUTRAL);
        labels = new VBox(kind, numbers);
        labels.setAlignment(Pos.CENTER);
        labels.getStyleClass().add("packet-labels");
        getChildren().add(labels);
        this.language = language;
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(language.bind("packet.dropHint"));
        Tooltip.install(this, tooltip);
        // A learner chooses a packet with Tab and drops it with Enter, as a click would.
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        // Drawn once and then moved as a bitmap: many packets fly at once, and only their place changes.
        setCache(true);
        setCacheHint(CacheHint.SPEED);
    }

    /**
     * Shows a flight; the language decides the words of the badge and of the name a screen reader
     * says, which tells whether the learner may drop it.
     */
    void show(PacketPosition position, Trace trace, boolean relative, LanguageModel language, boolean droppable) {
        Flight shown = position.flight();
        boolean changed = shown != flight;
        if (changed) {
            flight = shown;
            SegmentKind segmentKind = SegmentKind.of(shown.segment());
            boolean compact = getStyleClass().contains("compact");
            getStyleClass().setAll(STYLE_CLASS, "kind-" + segmentKind.name().toLowerCase().replace('_', '-'));
            if (compact) {
                getStyleClass().add("compact");
            }
            if (shown.retransmission()) {
                getStyleClass().add("retransmission");
            }
            if (shown.duplicate()) {
                getStyleClass().add("duplicate");
            }
            if (shown.oldDuplicate()) {
                getStyleClass().add("old-duplicate");
            }
            if (segmentKind == SegmentKind.DATA) {
                kind.textProperty().bind(language.bind("packet.data"));
            } else {
                kind.textProperty().unbind();
                kind.setText(shown.segment().flagsJoined("+").replace("+PSH", "").replace("PSH+", ""));
            }
            if (shown.dropped()) {
                badge().textProperty().bind(language.bind("packet.lost"));
            } else if (shown.duplicate()) {
                badge().textProperty().bind(language.bind("packet.duplicate"));
            } else if (shown.oldDuplicate()) {
                badge().textProperty().bind(language.bind("packet.oldDuplicate"));
            } else if (shown.retransmission()) {
                badge().textProperty().bind(language.bind("packet.retransmission"));
            } else if (badge != null) {
                badge.textProperty().unbind();
                badge.setText("");
            }
        }
        if (changed || relative != shownRelative) {
            shownRelative = relative;
            fullWidth = -1;
            String text = Formats.numbers(trace, shown.transmissionId(), shown.segment(), relative);
            numbers.setText(text);
        }
        if (changed || relative != describedRelative || position.lost() != describedLost || droppable != describedDroppable) {
            describe(trace, relative, position.lost(), droppable);
        }
        // A lost segment is crossed out from the moment of its loss, paused or playing, not only while it falls.
        boolean badgeShown = shown.retransmission() || shown.duplicate() || shown.oldDuplicate() || position.lost();
        if (badgeShown || badge != null) {
            badge().setVisible(badgeShown);
            badge.setManaged(badgeShown);
        }
        pseudoClassStateChanged(ViewStyles.FALLING, position.lost());
        if (position.lost() || cross != null) {
            cross().setVisible(position.lost());
        }
    }

    /** Names the packet for a screen reader, in the window's language: what it is, where it goes, what Enter does. */
    private void describe(Trace trace, boolean relative, boolean lost, boolean droppable) {
        describedRelative = relative;
        describedLost = lost;
        describedDroppable = droppable;
        Message status = lost ? Message.of("a11y.packet.lost")
                : droppable ? Message.of("a11y.packet.inFlight.droppable") : Message.of("a11y.packet.inFlight");
        accessibleTextProperty().bind(language.bind(Message.of("a11y.packet", SegmentLabel.phrase(trace, flight, relative),
                EventExplainer.hostName(flight.sender()), EventExplainer.hostName(flight.sender().peer()), status)));
    }

    private Label badge() {
        if (badge == null) {
            badge = new Label();
            badge.getStyleClass().add("packet-badge");
            labels.getChildren().add(0, badge);
        }
        return badge;
    }

    private Group cross() {
        if (cross == null) {
            crossA = new Line();
            crossB = new Line();
            crossA.getStyleClass().add("packet-cross");
            crossB.getStyleClass().add("packet-cross");
            cross = new Group(crossA, crossB);
            cross.setMouseTransparent(true);
            // Drawn corner to corner over the packet, outside its layout.
            cross.setManaged(false);
            getChildren().add(cross);
            placeCross();
        }
        return cross;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (cross != null) {
            placeCross();
        }
    }

    private void placeCross() {
        crossA.setStartX(CROSS_INSET);
        crossA.setStartY(CROSS_INSET);
        crossA.setEndX(getWidth() - CROSS_INSET);
        crossA.setEndY(getHeight() - CROSS_INSET);
        crossB.setStartX(CROSS_INSET);
        crossB.setStartY(getHeight() - CROSS_INSET);
        crossB.setEndX(getWidth() - CROSS_INSET);
        crossB.setEndY(CROSS_INSET);
    }

    /** Whether the packet is drawn crossed out, for tests. */
    boolean crossedOut() {
        return cross != null && cross.isVisible();
    }

    /**
     * In a crowd (many segments at once, or more than fit side by side on a short wire) a packet
     * shows only its kind: the numbers would overlap unreadably, and fewer drawn pixels keep the
     * animation smooth.
     *
     * @return whether that changed the packet
     */
    boolean setCompact(boolean compact) {
        if (compact == getStyleClass().contains("compact")) {
            return false;
        }
        if (compact) {
            getStyleClass().add("compact");
        } else {
            getStyleClass().remove("compact");
        }
        numbers.setVisible(!compact);
        numbers.setManaged(!compact);
        return true;
    }

    /** Its width with its numbers shown, whether or not it is compact now. */
    double fullWidth() {
        if (fullWidth < 0 || measuredIn != language.messagesProperty().get()) {
            boolean compact = getStyleClass().contains("compact");
            setCompact(false);
            applyCss();
            double measured = prefWidth(-1);
            if (compact) {
                setCompact(true);
                applyCss();
            }
            // Outside a scene no style applies yet, and the width would be that of the default font.
            if (getScene() == null) {
                return measured;
            }
            fullWidth = measured;
            measuredIn = language.messagesProperty().get();
        }
        return fullWidth;
    }

    Flight flight() {
        return flight;
    }
}
