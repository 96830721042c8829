package tcplab.view;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import tcplab.explain.Formats;
import tcplab.playback.PlaybackSpeed;
import tcplab.playback.TimeScale;

/**
 * The playback controls along the bottom: restart, step back, play/pause, step forward, the speed,
 * the scrub bar and the time. Every control takes the keyboard focus in turn; the window's own
 * shortcuts (Space, Left/Right, Home, +/-) do the same things.
 */
public final class PlaybackBarView extends VBox {

    public static final String STYLE_CLASS = "playback-bar";

    private final Button play = new Button();
    private final Slider scrub = new Slider(0, 1, 0);
    private final Label time = new Label();
    private boolean updatingScrub;

    public PlaybackBarView(LanguageModel language, PlaybackModel model) {
        getStyleClass().add(STYLE_CLASS);

        Button restart = iconButton("restart", new FontIcon(MaterialDesignR.REWIND), language.bind("toolbar.restart"));
        restart.setOnAction(event -> model.restart());
        Button back = iconButton("step-back", new FontIcon(MaterialDesignS.SKIP_PREVIOUS), language.bind("toolbar.stepBack"));
        back.setOnAction(event -> model.stepPrevious());
        Button forward = iconButton("step-forward", new FontIcon(MaterialDesignS.SKIP_NEXT), language.bind("toolbar.stepForward"));
        forward.setOnAction(event -> model.stepNext());

        play.setId("play");
        play.getStyleClass().addAll("play-button", "accent");
        FontIcon playIcon = new FontIcon(MaterialDesignP.PLAY);
        play.setGraphic(playIcon);
        play.textProperty().bind(Bindings.createStringBinding(() -> model.playingProperty().get()
                ? language.text("toolbar.pause") : language.text("toolbar.play"),
                model.playingProperty(), language.messagesProperty()));
        model.playingProperty().addListener((obs, was, playing) ->
                playIcon.setIconCode(playing ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        playIcon.setIconCode(model.playingProperty().get() ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY);
        play.setOnAction(event -> model.togglePlaying());
        play.setMinWidth(USE_PREF_SIZE);

        Label speedLabel = new Label();
        speedLabel.textProperty().bind(language.bind("toolbar.speed"));
        ComboBox<PlaybackSpeed> speed = new ComboBox<>();
        speed.setId("speed");
        speed.getItems().setAll(PlaybackSpeed.values());
        speed.setCellFactory(list -> new LanguageNeutralCell<PlaybackSpeed>(PlaybackSpeed::label));
        speed.setButtonCell(new LanguageNeutralCell<PlaybackSpeed>(PlaybackSpeed::label));
        speed.valueProperty().bindBidirectional(model.speedProperty());
        speedLabel.setLabelFor(speed);
        // What 1x is: the pace is set by the flights, not by the simulated clock, so say so.
        StringBinding speedMeaning = language.bind("toolbar.speedMeaning",
                Formats.countdown(Math.round(TimeScale.FLIGHT_SECONDS * 1e6)),
                Formats.countdown(Math.round(TimeScale.IDLE_GAP_SECONDS * 1e6)));
        Tooltip speedTip = new Tooltip();
        speedTip.textProperty().bind(speedMeaning);
        speed.setTooltip(speedTip);

        scrub.setId("scrub");
        scrub.getStyleClass().add("scrub");
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.setMaxWidth(Double.MAX_VALUE);
        scrub.accessibleTextProperty().bind(language.bind("toolbar.scrub"));
        model.fractionProperty().addListener((obs, old, fraction) -> {
            updatingScrub = true;
            scrub.setValue(fraction.doubleValue());
            updatingScrub = false;
        });
        scrub.setValue(model.fractionProperty().get());
        scrub.valueProperty().addListener((obs, old, value) -> {
            if (!updatingScrub) {
                model.seekFraction(value.doubleValue());
            }
        });

        time.setId("playback-time");
        time.getStyleClass().add("playback-time");
        time.setMinWidth(USE_PREF_SIZE);
        model.frameProperty().addListener((obs, old, frame) -> showTime(language, model, frame.time()));
        // Another run may start at an equal frame, yet its times may need another precision.
        model.cursorProperty().addListener((obs, old, now) -> showTime(language, model, model.time()));
        language.messagesProperty().addListener((obs, old, now) -> showTime(language, model, model.time()));
        showTime(language, model, model.time());

        HBox controls = new HBox(8, restart, back, play, forward, speedLabel, speed, scrub, time);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("playback-controls");

        Label keys = new Label();
        keys.getStyleClass().add("playback-keys");
        keys.textProperty().bind(language.bind("toolbar.keys"));
        keys.setWrapText(true);
        Label meaning = new Label();
        meaning.setId("speed-meaning");
        meaning.getStyleClass().add("speed-meaning");
        meaning.textProperty().bind(speedMeaning);
        meaning.setWrapText(true);
        // Side by side when there is room, one under the other when not (a narrow window, a big zoom).
        FlowPane hints = new FlowPane(24, 0, keys, meaning);
        hints.getStyleClass().add("playback-hints");
        getChildren().addAll(controls, hints);
    }

    /** A button that shows only an icon; its name is in its tooltip and for screen readers. */
    private static Button iconButton(String id, FontIcon icon, StringBinding name) {
        Button button = new Button(null, icon);
        button.setId(id);
        button.getStyleClass().add("button-icon");
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(name);
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(name);
        return button;
    }

    private void showTime(LanguageModel language, PlaybackModel model, long micros) {
        time.setText(language.text("playback.time", Formats.seconds(model.cursorProperty().get().trace(), micros)));
    }

    Button playButton() {
        return play;
    }
}
