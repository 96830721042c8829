package tcplab.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import tcplab.engine.Side;
import tcplab.playback.Frame;
import tcplab.playback.PacketPosition;
import tcplab.playback.WireLayout;

/**
 * The central stage: the client on the left, the server on the right, the wire between them and
 * the segments flying along it. Client-to-server segments ride above the wire, server-to-client
 * ones below, so the direction shows even without the arrows of the ladder. Segments that leave
 * together travel as a train, each its own packet, which a click or Enter drops.
 */
public final class NetworkStageView extends Region {

    public static final String STYLE_CLASS = "network-stage";
    private static final double GAP = 12;
    /** Room between two packets of a train. */
    private static final double PACKET_GAP = 6;
    private static final double FALL_DISTANCE = 90;
    /** More segments than this on the wire at once are drawn compact. */
    private static final int CROWD = 12;

    private final PlaybackModel model;
    private final SimulatedLesson lesson;
    private final LanguageModel language;
    private final HostNode client;
    private final HostNode server;
    private final Region wire = new Region();
    private final Label wireLabel = new Label();
    private final HBox options;
    private final Label fastForward = new Label();
    private final Pane packetLayer = new Pane();
    private final BooleanProperty dropsAllowed = new SimpleBooleanProperty(this, "dropsAllowed", true);
    private final Map<Integer, PacketNode> packets = new HashMap<>();
    private final Deque<PacketNode> spare = new ArrayDeque<>();
    private boolean crowded;
    private double wireStart;
    private double wireEnd;
    private double wireY;

    public NetworkStageView(LanguageModel language, PlaybackModel model, SimulatedLesson lesson) {
        this.model = model;
        this.lesson = lesson;
        this.language = language;
        getStyleClass().add(STYLE_CLASS);

        client = new HostNode(Side.CLIENT, language, lesson.scenarioProperty());
        server = new HostNode(Side.SERVER, language, lesson.scenarioProperty());

        wire.getStyleClass().add("wire");
        wireLabel.getStyleClass().add("wire-label");
        wireLabel.textProperty().bind(language.bind("stage.link"));

        CheckBox relative = new CheckBox();
        relative.setId("relative-numbers");
        relative.getStyleClass().add("relative-numbers");
        relative.textProperty().bind(language.bind("stage.relativeNumbers"));
        relative.selectedProperty().bindBidirectional(model.relativeNumbersProperty());
        fastForward.getStyleClass().add("fast-forward");
        fastForward.setGraphic(new FontIcon(MaterialDesignF.FAST_FORWARD));
        fastForward.textProperty().bind(language.bind("playback.fastForward"));
        fastForward.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        options = new HBox(12, fastForward, spacer, relative);
        options.setAlignment(Pos.CENTER_LEFT);
        options.getStyleClass().add("stage-options");

        packetLayer.setPickOnBounds(false);
        packetLayer.mouseTransparentProperty().bind(dropsAllowed.not());
        packetLayer.setManaged(false);
        getChildren().addAll(wire, wireLabel, client, server, options, packetLayer);

        model.frameProperty().addListener((obs, old, frame) -> render(frame));
        model.relativeNumbersProperty().addListener((obs, old, now) -> render(model.frameProperty().get()));
        render(model.frameProperty().get());
    }

    public HostNode client() {
        return client;
    }

    public HostNode server() {
        return server;
    }

    public HostNode host(Side side) {
        return side == Side.CLIENT ? client : server;
    }

    /**
     * Never shorter than the host boxes need at the width the stage has: a big font (full HD, a
     * zoom) or a wrapped state summary makes them taller, and the stage grows rather than cut them.
     */
    @Override
    protected double computeMinHeight(double width) {
        Insets insets = getInsets();
        double available = (width > 0 ? width : getWidth()) - insets.getLeft() - insets.getRight();
        double hostWidth = hostWidth(available);
        return insets.getTop() + options.prefHeight(available) + GAP
                + Math.max(client.prefHeight(hostWidth), server.prefHeight(hostWidth)) + insets.getBottom();
    }

    private double hostWidth(double available) {
        double wanted = Math.max(client.prefWidth(-1), server.prefWidth(-1));
        return available > 0 ? Math.min(wanted, available * 0.31) : wanted;
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double left = insets.getLeft();
        double top = insets.getTop();
        double width = getWidth() - left - insets.getRight();
        double height = getHeight() - top - insets.getBottom();

        double optionsHeight = options.prefHeight(width);
        options.resizeRelocate(left, top, width, optionsHeight);
        double hostsTop = top + optionsHeight + GAP;
        double hostsHeight = height - optionsHeight - GAP;

        double hostWidth = hostWidth(width);
        double clientHeight = Math.min(client.prefHeight(hostWidth), hostsHeight);
        double serverHeight = Math.min(server.prefHeight(hostWidth), hostsHeight);
        client.resizeRelocate(left, hostsTop, hostWidth, clientHeight);
        server.resizeRelocate(left + width - hostWidth, hostsTop, hostWidth, serverHeight);

        wireStart = left + hostWidth + GAP;
        wireEnd = left + width - hostWidth - GAP;
        wireY = hostsTop + Math.min(hostsHeight, 200) * 0.42;
        double wireHeight = wire.prefHeight(-1);
        wire.resizeRelocate(wireStart, wireY - wireHeight / 2, wireEnd - wireStart, wireHeight);
        double labelWidth = Math.min(wireLabel.prefWidth(-1), wireEnd - wireStart);
        double labelHeight = wireLabel.prefHeight(labelWidth);
        wireLabel.resizeRelocate((wireStart + wireEnd - labelWidth) / 2, hostsTop + hostsHeight - labelHeight,
                labelWidth, labelHeight);
        packetLayer.resizeRelocate(0, 0, getWidth(), getHeight());
        placePackets();
    }

    private void render(Frame frame) {
        if (frame == null) {
            return;
        }
        for (Side side : Side.values()) {
            host(side).showState(frame.state(side));
            host(side).showTimers(frame.timers(side));
        }
        fastForward.setVisible(model.inIdleGap());

        Set<Integer> shown = new HashSet<>();
        boolean relative = model.relativeNumbersProperty().get();
        crowded = frame.packets().size() > CROWD;
        for (PacketPosition position : frame.packets()) {
            int id = position.flight().transmissionId();
            shown.add(id);
            PacketNode node = packets.computeIfAbsent(id, key -> takeNode());
            node.setUserData(position);
            node.show(position, model.cursorProperty().get().trace(), relative, language, dropsAllowed.get());
        }
        packets.entrySet().removeIf(entry -> {
            if (shown.contains(entry.getKey())) {
                return false;
            }
            entry.getValue().setVisible(false);
            spare.push(entry.getValue());
            return true;
        });
        placePackets();
    }

    private PacketNode takeNode() {
        PacketNode node = spare.poll();
        if (node == null) {
            node = new PacketNode(language);
            PacketNode clicked = node;
            node.focusTraversableProperty().bind(dropsAllowed);
            node.setOnMouseClicked(event -> lesson.drop(clicked.flight(), model.time()));
            node.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.DELETE) {
                    lesson.drop(clicked.flight(), model.time());
                    event.consume();
                }
            });
            packetLayer.getChildren().add(node);
        }
        node.setVisible(true);
        return node;
    }

    private void placePackets() {
        Map<Side, List<PacketNode>> lanes = new EnumMap<>(Side.class);
        for (PacketNode node : packets.values()) {
            PacketPosition position = (PacketPosition) node.getUserData();
            lanes.computeIfAbsent(position.flight().sender(), side -> new ArrayList<>()).add(node);
        }
        double wireLength = Math.max(0, wireEnd - wireStart);
        Map<Integer, Double> offsets = new HashMap<>();
        for (List<PacketNode> lane : lanes.values()) {
            // Packets that would not fit side by side with their numbers show only their kind, so none overlaps.
            boolean fits = !crowded && fullWidth(lane) <= wireLength;
            List<WireLayout.Car> cars = new ArrayList<>();
            for (PacketNode node : lane) {
                if (node.setCompact(!fits)) {
                    node.applyCss();
                }
                node.autosize();
                cars.add(new WireLayout.Car((PacketPosition) node.getUserData(), node.getWidth()));
            }
            offsets.putAll(WireLayout.place(cars, wireLength, PACKET_GAP));
        }
        for (PacketNode node : packets.values()) {
            PacketPosition position = (PacketPosition) node.getUserData();
            double nodeWidth = node.getWidth();
            double nodeHeight = node.getHeight();
            boolean fromClient = position.flight().sender() == Side.CLIENT;
            // The packet stays between the hosts: it leaves flush with its sender and lands flush with its receiver.
            double offset = offsets.get(position.flight().transmissionId());
            double x = fromClient ? wireStart + offset : wireEnd - offset - nodeWidth;
            double y = fromClient ? wireY - nodeHeight - 6 : wireY + 6;
            y += position.fall() * FALL_DISTANCE;
            node.relocate(x, y);
            node.setRotate(position.fall() * (fromClient ? 25 : -25));
            node.setOpacity(1 - 0.5 * position.fall());
        }
    }

    /** The length a lane's packets take with their numbers shown, gaps included. */
    private static double fullWidth(List<PacketNode> lane) {
        return lane.stream().mapToDouble(node -> node.fullWidth() + PACKET_GAP).sum() - PACKET_GAP;
    }

    /** The packet nodes on the stage now, for tests and the benchmark. */
    public Collection<? extends Node> packetNodes() {
        return packets.values();
    }

    /** Whether clicking a packet (or Enter on it) drops it: in a simulation, never in a capture. */
    public BooleanProperty dropsAllowedProperty() {
        return dropsAllowed;
    }
}
