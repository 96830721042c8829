package tcplab.view;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/**
 * A choice written the same way in every language (a zoom as {@code 150 %}, a speed as
 * {@code 0.25×}); marked so that the layout tests do not expect it to change with the language.
 *
 * @param <T> the kind of item chosen
 */
final class LanguageNeutralCell<T> extends ListCell<T> {

    private final Function<T, String> text;

    LanguageNeutralCell(Function<T, String> text) {
        this.text = text;
        getStyleClass().add(ViewStyles.LANGUAGE_NEUTRAL);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
