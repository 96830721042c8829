package tcplab.view;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;
import tcplab.settings.Settings;

/**
 * The language the window speaks. Every visible text binds to it, so switching changes the whole
 * window at once without a restart; the choice is remembered for the next start.
 */
public final class LanguageModel {

    static final String SETTINGS_KEY = "language";

    private final Settings settings;
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>(this, "messages");

    /**
     * Starts in the remembered language, or in the system's language the first time.
     *
     * @param settings where the choice is remembered
     */
    public LanguageModel(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
        Language initial = Language.fromTag(settings.getString(SETTINGS_KEY, ""))
                .orElse(Language.forLocale(Locale.getDefault()));
        messages.set(Messages.of(initial));
    }

    /** Where the window's remembered choices are kept, the language among them. */
    Settings settings() {
        return settings;
    }

    /** The texts of the current language; changes when the learner switches. */
    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    public Language language() {
        return messages.get().language();
    }

    /**
     * Switches every bound text to {@code language} and remembers the choice.
     *
     * @throws IOException if the choice could not be stored; the switch still happens
     */
    public void switchTo(Language language) throws IOException {
        show(language);
        settings.putString(SETTINGS_KEY, language.tag());
        settings.save();
    }

    /** Switches every bound text to {@code language} for this run only, without remembering it. */
    public void show(Language language) {
        if (language != language()) {
            messages.set(Messages.of(language));
        }
    }

    /** The text for {@code key} in the current language. */
    public String text(String key, Object... args) {
        return messages.get().text(key, args);
    }

    /** A text that follows the language: bind a label's text property to it. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> messages.get().text(key, args), messages);
    }

    /** A message that follows the language. */
    public StringBinding bind(Message message) {
        return Bindings.createStringBinding(() -> messages.get().text(message), messages);
    }
}
