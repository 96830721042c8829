package tcplab.view;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import tcplab.engine.Side;

/** A drawn host: an icon, its name and its role, for the client or the server. */
public final class HostNode extends VBox {

    public static final String STYLE_CLASS = "host-node";

    private final Side side;

    public HostNode(Side side, LanguageModel language) {
        this.side = side;
        getStyleClass().addAll(STYLE_CLASS, side == Side.CLIENT ? "client" : "server");
        setAlignment(Pos.CENTER);
        setMaxHeight(USE_PREF_SIZE);

        FontIcon icon = new FontIcon(side == Side.CLIENT ? MaterialDesignL.LAPTOP : MaterialDesignS.SERVER);
        icon.getStyleClass().add("host-icon");

        Label name = new Label();
        name.getStyleClass().add("host-name");
        name.textProperty().bind(side == Side.CLIENT
                ? language.bind("host.client.name") : language.bind("host.server.name"));

        Label role = new Label();
        role.getStyleClass().add("host-role");
        role.textProperty().bind(side == Side.CLIENT
                ? language.bind("host.client.role") : language.bind("host.server.role"));

        getChildren().addAll(icon, name, role);
    }

    public Side side() {
        return side;
    }
}
