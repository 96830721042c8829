package tcplab.view;

import javafx.geometry.Pos;
import javafx.scene.CacheHint;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import tcplab.engine.Trace;
import tcplab.explain.Formats;
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

    private final Label kind = new Label();
    private final Label numbers = new Label();
    private final Label badge = new Label();
    private final Line crossA = new Line(0, 0, 26, 26);
    private final Line crossB = new Line(0, 26, 26, 0);
    private final StackPane cross = new StackPane(crossA, crossB);
    private Flight flight;
    private boolean shownRelative;

    PacketNode(LanguageModel language) {
        getStyleClass().add(STYLE_CLASS);
        kind.getStyleClass().addAll("packet-kind", ViewStyles.LANGUAGE_NEUTRAL);
        numbers.getStyleClass().addAll("packet-numbers", ViewStyles.LANGUAGE_NEUTRAL);
        badge.getStyleClass().add("packet-badge");
        crossA.getStyleClass().add("packet-cross");
        crossB.getStyleClass().add("packet-cross");
        cross.setMouseTransparent(true);
        VBox labels = new VBox(badge, kind, numbers);
        labels.setAlignment(Pos.CENTER);
        labels.getStyleClass().add("packet-labels");
        getChildren().addAll(labels, cross);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(language.bind("packet.dropHint"));
        Tooltip.install(this, tooltip);
        setFocusTraversable(false);
        // Drawn once and then moved as a bitmap: many packets fly at once, and only their place changes.
        setCache(true);
        setCacheHint(CacheHint.SPEED);
    }

    /** Shows a flight; the language decides the words of the badge. */
    void show(PacketPosition position, Trace trace, boolean relative, LanguageModel language) {
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
            if (segmentKind == SegmentKind.DATA) {
                kind.textProperty().bind(language.bind("packet.data"));
            } else {
                kind.textProperty().unbind();
                kind.setText(shown.segment().flagsJoined("+").replace("+PSH", "").replace("PSH+", ""));
            }
            badge.textProperty().unbind();
            if (shown.dropped()) {
                badge.textProperty().bind(language.bind("packet.lost"));
            } else if (shown.duplicate()) {
                badge.textProperty().bind(language.bind("packet.duplicate"));
            } else if (shown.retransmission()) {
                badge.textProperty().bind(language.bind("packet.retransmission"));
            } else {
                badge.setText("");
            }
        }
        if (changed || relative != shownRelative) {
            shownRelative = relative;
            String text = Formats.numbers(trace, shown.segment(), relative);
            numbers.setText(text);
            // Screen readers name the packet by what it shows.
            setAccessibleText(shown.sender().letter() + "→" + shown.sender().peer().letter() + " "
                    + kind.getText() + " " + text);
        }
        boolean badgeShown = shown.retransmission() || shown.duplicate() || position.falling();
        badge.setVisible(badgeShown);
        badge.setManaged(badgeShown);
        pseudoClassStateChanged(ViewStyles.FALLING, position.falling());
        cross.setVisible(position.falling());
    }

    /**
     * In a crowd (many segments at once) a packet shows only its kind: the numbers would overlap
     * unreadably anyway, and fewer drawn pixels keep the animation smooth.
     */
    void setCompact(boolean compact) {
        if (compact != getStyleClass().contains("compact")) {
            if (compact) {
                getStyleClass().add("compact");
            } else {
                getStyleClass().remove("compact");
            }
            numbers.setVisible(!compact);
            numbers.setManaged(!compact);
        }
    }

    Flight flight() {
        return flight;
    }
}
