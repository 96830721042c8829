package tcplab.view;

import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;

/**
 * A choice shown by its name in the window's language, renamed live when the language changes.
 *
 * @param <T> the kind of item chosen
 */
final class LocalizedCell<T> extends ListCell<T> {

    private final Function<T, ObservableValue<String>> name;

    /** @param name an item's name, bound to the language (a {@link LanguageModel#bind} of its key) */
    LocalizedCell(Function<T, ObservableValue<String>> name) {
        this.name = name;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        textProperty().unbind();
        if (empty || item == null) {
            setText(null);
        } else {
            textProperty().bind(name.apply(item));
        }
    }
}
