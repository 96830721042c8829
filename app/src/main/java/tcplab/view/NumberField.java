package tcplab.view;

import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
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
 * A number field that refuses values outside its range: the value is applied only when valid,
 * and otherwise a message appears right under the field (and ControlsFX marks the field), in the
 * chosen language. Whole numbers, or for a percentage up to two decimals and an optional "%".
 */
final class NumberField extends VBox {

    static final String STYLE_CLASS = "number-field";
    private static final int PERCENT_DECIMALS = 2;

    private final TextField field = new TextField();
    private final Label error = new Label();
    private final LanguageModel language;
    private final long min;
    private final long max;
    private final int decimals;
    private final Consumer<BigDecimal> apply;
    private Message problem;

    /** A whole number from {@code min} to {@code max}. */
    NumberField(LanguageModel language, String id, long min, long max, LongConsumer apply) {
        this(language, id, min, max, 0, value -> apply.accept(value.longValueExact()));
    }

    /** A percentage from 0 to 100, written as 1, 1.0, 0.5 or 2.5 %. */
    static NumberField percent(LanguageModel language, String id, DoubleConsumer apply) {
        return new NumberField(language, id, 0, 100, PERCENT_DECIMALS, value -> apply.accept(value.doubleValue()));
    }

    private NumberField(LanguageModel language, String id, long min, long max, int decimals, Consumer<BigDecimal> apply) {
        this.language = language;
        this.min = min;
        this.max = max;
        this.decimals = decimals;
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
        show(BigDecimal.valueOf(value));
    }

    /** Shows a percentage set elsewhere, without trailing zeros. */
    void show(double value) {
        show(BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP));
    }

    private void show(BigDecimal value) {
        BigDecimal shown = parse(field.getText());
        if (shown == null || shown.compareTo(value) != 0) {
            field.setText(value.stripTrailingZeros().toPlainString());
        }
    }

    /** The number written, or null if it is not one this field takes (a percent sign only where decimals are). */
    private BigDecimal parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (decimals > 0 && trimmed.endsWith("%")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1).trim();
        }
        if (!trimmed.matches(decimals > 0 ? "\\d+(\\.\\d{1," + decimals + "})?" : "\\d+")) {
            return null;
        }
        return new BigDecimal(trimmed);
    }

    private Message check(String text) {
        BigDecimal value = parse(text);
        if (value == null) {
            return decimals > 0 ? Message.of("validation.decimal", String.valueOf(decimals)) : Message.of("validation.number");
        }
        return value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
                ? Message.of("validation.range", String.valueOf(min), String.valueOf(max))
                : null;
    }

    /** Applies the value typed if it is valid, else shows why not; tells whether it was valid. */
    boolean commit() {
        Message found = check(field.getText());
        showProblem(found);
        if (found == null) {
            apply.accept(parse(field.getText()));
        }
        return found == null;
    }

    private void showProblem(Message found) {
        problem = found;
        error.setText(found == null ? "" : language.text(found.key(), found.args().toArray()));
        error.setVisible(found != null);
        error.setManaged(found != null);
        field.pseudoClassStateChanged(ViewStyles.INVALID, found != null);
    }
}
