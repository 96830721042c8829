package tcplab.view;

import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * What the window shows while the lab is being built: the lab's frame in the learner's theme,
 * zoom and language, with the title bar's name and subtitle and nothing else. It is made of a
 * few labels, so the window appears about as soon as any JavaFX window can; {@link MainView}
 * replaces it as a whole, never piece by piece.
 */
final class StartingView extends BorderPane {

    StartingView(LanguageModel language, DisplayModel display) {
        getStyleClass().add(MainView.STYLE_CLASS);
        DisplayStyle.apply(this, display);
        HBox titleBar = new HBox(TitleBarView.titles(language));
        titleBar.getStyleClass().add(TitleBarView.STYLE_CLASS);
        setTop(titleBar);
    }
}
