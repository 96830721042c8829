package tcplab.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import tcplab.TextKeys;
import tcplab.engine.Side;
import tcplab.engine.TcpState;
import tcplab.explain.EventExplainer;
import tcplab.i18n.Message;
import tcplab.playback.TimerCountdown;
import tcplab.scenario.HostRole;
import tcplab.scenario.Scenario;

/**
 * A drawn host: its icon, name and role, its TCP state in RFC spelling with a short phrase of
 * what it is doing, and the timers running on it.
 */
public final class HostNode extends VBox {

    public static final String STYLE_CLASS = "host-node";

    private final Side side;
    private final LanguageModel language;
    private final Label state = new Label();
    private final Label summary = new Label();
    private final VBox timers = new VBox();
    private final List<TimerNode> timerNodes = new ArrayList<>();
    private TcpState shownState;

    public HostNode(Side side, LanguageModel language, ObservableValue<Scenario> scenario) {
        this.side = side;
        this.language = language;
        getStyleClass().addAll(STYLE_CLASS, ViewStyles.sideClass(side));
        setAccessibleRole(AccessibleRole.TEXT);
        setAlignment(Pos.TOP_CENTER);

        FontIcon icon = new FontIcon(side == Side.CLIENT ? MaterialDesignL.LAPTOP : MaterialDesignS.SERVER);
        icon.getStyleClass().add("host-icon");

        Label name = new Label();
        name.getStyleClass().add("host-name");
        name.textProperty().bind(side == Side.CLIENT
                ? language.bind("host.client.name") : language.bind("host.server.name"));
        HBox heading = new HBox(8, icon, name);
        heading.setAlignment(Pos.CENTER);

        Label role = new Label();
        role.getStyleClass().add("host-role");
        role.textProperty().bind(Bindings.createStringBinding(
                () -> language.text(TextKeys.hostRole(HostRole.of(scenario.getValue().script(), side))),
                language.messagesProperty(), scenario));

        state.getStyleClass().addAll("host-state", ViewStyles.LANGUAGE_NEUTRAL);
        state.setId(side == Side.CLIENT ? "client-state" : "server-state");
        summary.getStyleClass().add("host-state-summary");
        summary.setWrapText(true);
        // Two lines rather than an ellipsis when the host is narrow.
        summary.setMinHeight(USE_PREF_SIZE);
        timers.getStyleClass().add("host-timers");

        getChildren().addAll(heading, role, state, summary, timers);
        showState(TcpState.CLOSED);
    }

    public Side side() {
        return side;
    }

    /** The state's RFC name as shown, e.g. {@code SYN-SENT}. */
    public String stateText() {
        return state.getText();
    }

    /** How many timers the host shows running, for tests. */
    public long shownTimers() {
        return timerNodes.stream().filter(TimerNode::isVisible).count();
    }

    void showState(TcpState now) {
        if (now != shownState) {
            shownState = now;
            state.setText(now.rfcName());
            summary.textProperty().bind(language.bind(TextKeys.stateSummary(now)));
            // A screen reader says the host, its state and what that means at once.
            accessibleTextProperty().bind(language.bind(Message.of("a11y.host", EventExplainer.hostName(side),
                    now.rfcName(), Message.of(TextKeys.stateSummary(now)))));
        }
    }

    void showTimers(List<TimerCountdown> running) {
        while (timerNodes.size() < running.size()) {
            TimerNode node = new TimerNode(language);
            timerNodes.add(node);
            timers.getChildren().add(node);
        }
        for (int i = 0; i < timerNodes.size(); i++) {
            TimerNode node = timerNodes.get(i);
            boolean used = i < running.size();
            node.setVisible(used);
            node.setManaged(used);
            if (used) {
                node.show(running.get(i));
            }
        }
    }
}
