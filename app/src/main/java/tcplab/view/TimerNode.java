package tcplab.view;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import tcplab.TextKeys;
import tcplab.engine.TimerKind;
import tcplab.explain.Formats;
import tcplab.i18n.Message;
import tcplab.playback.TimerCountdown;

/**
 * A running timer: a ring that empties as it runs out, its name, and the true simulated time
 * left (which keeps counting in seconds even while idle time is fast-forwarded).
 */
final class TimerNode extends HBox {

    static final String STYLE_CLASS = "timer-node";
    private static final double RADIUS = 14;

    private final Arc ring = new Arc(0, 0, RADIUS, RADIUS, 90, 360);
    private final Label name = new Label();
    private final Label remaining = new Label();
    private final Label attempt = new Label();
    private final LanguageModel language;
    private TimerKind kind;
    private String shownRemaining = "";
    private int shownAttempt = -1;

    TimerNode(LanguageModel language) {
        this.language = language;
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        setAccessibleRole(AccessibleRole.TEXT);
        Circle track = new Circle(RADIUS);
        track.getStyleClass().add("timer-track");
        ring.setType(ArcType.OPEN);
        ring.getStyleClass().add("timer-ring");
        StackPane dial = new StackPane(track, ring);
        dial.setMinSize(2 * RADIUS + 4, 2 * RADIUS + 4);
        name.getStyleClass().add("timer-name");
        // A narrow host box (guided mode on a small window) wraps the name rather than cut it short.
        name.setWrapText(true);
        name.setMinHeight(USE_PREF_SIZE);
        remaining.getStyleClass().add("timer-remaining");
        attempt.getStyleClass().add("timer-attempt");
        VBox texts = new VBox(name, new HBox(8, remaining, attempt));
        getChildren().addAll(dial, texts);
    }

    void show(TimerCountdown timer) {
        if (timer.kind() != kind) {
            kind = timer.kind();
            name.textProperty().bind(language.bind(TextKeys.timerName(kind)));
            getStyleClass().setAll(STYLE_CLASS, "timer-" + kind.name().toLowerCase().replace('_', '-'));
            shownRemaining = "";
            shownAttempt = -1;
        }
        ring.setLength(360 * timer.fractionRemaining());
        String left = Formats.countdown(timer.remainingMicros());
        if (!left.equals(shownRemaining)) {
            shownRemaining = left;
            remaining.textProperty().bind(language.bind("timer.remaining", left));
            accessibleTextProperty().bind(language.bind(Message.of("a11y.timer", Message.of(TextKeys.timerName(kind)),
                    Message.of("timer.remaining", left))));
        }
        if (timer.attempt() != shownAttempt) {
            shownAttempt = timer.attempt();
            attempt.textProperty().bind(language.bind("timer.attempt", timer.attempt()));
            attempt.setVisible(timer.attempt() > 0);
            attempt.setManaged(timer.attempt() > 0);
        }
    }
}
