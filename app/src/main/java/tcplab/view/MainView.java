package tcplab.view;

import javafx.scene.layout.BorderPane;

/** The lab's whole window content. */
public final class MainView extends BorderPane {

    public static final String STYLE_CLASS = "main-view";

    private final TitleBarView titleBar;
    private final NetworkStageView stage;

    public MainView(LanguageModel language) {
        getStyleClass().add(STYLE_CLASS);
        titleBar = new TitleBarView(language);
        stage = new NetworkStageView(language);
        setTop(titleBar);
        setCenter(stage);
    }

    public TitleBarView titleBar() {
        return titleBar;
    }

    public NetworkStageView networkStage() {
        return stage;
    }
}
