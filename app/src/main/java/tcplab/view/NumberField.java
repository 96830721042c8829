package tcplab.view;

import java.util.function.LongConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import tcplab.i18n.Message;

/**
 * A labelled whole-number field that refuses values outside its range: the value is applied only
 * when valid, and otherwise a message appears right under the field (and ControlsFX marks the
 * field), in the chosen language.
 */
final class NumberField extends VBox {

    static final String STYLE_CLASS = "number-field";

    private final TextField field = new TextField();
    private final Label error = new Label();
    private final LanguageModel language;
    private final long min;
    private final long max;
    private final LongConsumer apply;
    private Message problem;

    NumberField(LanguageModel language, String id, long min, long max, LongConsumer apply) {
        this.language = language;
        this.min = min;
        this.max = max;
        this.apply = apply;
        getStyleClass().add(STYLE_CLASS);
        field.setId(id);
        field.setPrefColumnCount(8);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(USE_PREF_SIZE);
        error.setId(id + "-error");
        showProblem(null);

        ValidationSupport validation = new ValidationSupport();
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        validation.registerValidator(field, false, (control, text) -> {
            Message found = check((String) text);
            return ValidationResult.fromMessageIf(control, found == null ? "" : language.text(found.key(),
                    found.args().toArray()), Severity.ERROR, found != null);
        });
        field.setOnAction(event -> commit());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        field.textProperty().addListener((obs, old, text) -> showProblem(check(text)));
        language.messagesProperty().addListener((obs, old, now) -> showProblem(problem));
        getChildren().addAll(field, error);
    }

    TextField field() {
        return field;
    }

    /** Shows a value set elsewhere (a scenario reset, say). */
    void show(long value) {
        if (!String.valueOf(value).equals(field.getText().trim())) {
            field.setText(String.valueOf(value));
        }
    }

    private Message check(String text) {
        String trimmed = text == null ? "" : text.trim();
        long value;
        try {
            value = Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            return Message.of("validation.number");
        }
        return value < min || value > max
                ? Message.of("validation.range", String.valueOf(min), String.valueOf(max))
                : null;
    }

    private void commit() {
        Message found = check(field.getText());
        showProblem(found);
        if (found == null) {
            apply.accept(Long.parseLong(field.getText().trim()));
        }
    }

    private void showProblem(Message found) {
        problem = found;
        error.setText(found == null ? "" : language.text(found.key(), found.args().toArray()));
        error.setVisible(found != null);
        error.setManaged(found != null);
        field.pseudoClassStateChanged(ViewStyles.INVALID, found != null);
    }
}
