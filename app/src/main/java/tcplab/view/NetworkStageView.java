package tcplab.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import tcplab.engine.Side;

/** The central stage: the client on the left, the server on the right, the link between them. */
public final class NetworkStageView extends HBox {

    public static final String STYLE_CLASS = "network-stage";

    private final HostNode client;
    private final HostNode server;

    public NetworkStageView(LanguageModel language) {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER);

        client = new HostNode(Side.CLIENT, language);
        server = new HostNode(Side.SERVER, language);

        Region wire = new Region();
        wire.getStyleClass().add("wire");
        Label linkLabel = new Label();
        linkLabel.getStyleClass().add("wire-label");
        linkLabel.textProperty().bind(language.bind("stage.link"));
        VBox link = new VBox(linkLabel, new StackPane(wire));
        link.setAlignment(Pos.CENTER);
        link.getStyleClass().add("link");
        HBox.setHgrow(link, Priority.ALWAYS);

        getChildren().addAll(client, link, server);
    }

    public HostNode client() {
        return client;
    }

    public HostNode server() {
        return server;
    }
}
