package tcplab.view;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels for running text: they wrap, and are never shorter than their wrapped lines. */
final class WrappingLabels {

    private WrappingLabels() {
    }

    /** A wrapping label showing {@code text}, with the style class {@code styleClass}. */
    static Label of(ObservableValue<String> text, String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }
}
