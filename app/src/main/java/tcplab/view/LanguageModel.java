package tcplab.view;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import tcplab.i18n.Language;
import tcplab.i18n.Localizable;
import tcplab.i18n.Messages;
import tcplab.settings.Settings;

/**
 * The language the window speaks. Every visible text binds to it, so switching changes the whole
 * window at once without a restart; the choice is remembered for the next start.
 *
 * <p>Besides one language, the learner can choose every language side by side (한/EN) for
 * bilingual study: then explanations, questions, feedback and the glossary show each paragraph in
 * every language ({@link #explanationLanguagesProperty()}), while the rest of the window keeps the
 * last single language chosen, or the system's ({@link #messagesProperty()}).
 */
public final class LanguageModel {

    static final String SETTINGS_KEY = "language";
    static final String SIDE_BY_SIDE_KEY = "language.sideBySide";

    private final Settings settings;
    private final ObjectProperty<Messages> messages = new SimpleObjectProperty<>(this, "messages");
    private final ReadOnlyBooleanWrapper sideBySide = new ReadOnlyBooleanWrapper(this, "sideBySide");
    private final ReadOnlyObjectWrapper<List<Language>> explanationLanguages =
            new ReadOnlyObjectWrapper<>(this, "explanationLanguages");
    private final Map<Language, Messages> everyLanguage = new EnumMap<>(Language.class);

    /**
     * Starts in the remembered choice, or in the system's language the first time.
     *
     * @param settings where the choice is remembered
     */
    public LanguageModel(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
        Language initial = Language.fromTag(settings.getString(SETTINGS_KEY, ""))
                .orElse(Language.forLocale(Locale.getDefault()));
        messages.set(messages(initial));
        sideBySide.set(settings.getBoolean(SIDE_BY_SIDE_KEY, false));
        messages.addListener((obs, old, now) -> updateExplanationLanguages());
        sideBySide.addListener((obs, old, now) -> updateExplanationLanguages());
        updateExplanationLanguages();
    }

    /** Where the window's remembered choices are kept, the language among them. */
    Settings settings() {
        return settings;
    }

    /** The texts of the current language; changes when the learner switches. */
    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages;
    }

    /** The window's language: the one chosen, or in 한/EN the last single one (or the system's). */
    public Language language() {
        return messages.get().language();
    }

    /** Whether every language is shown side by side (한/EN). */
    public ReadOnlyBooleanProperty sideBySideProperty() {
        return sideBySide.getReadOnlyProperty();
    }

    public boolean isSideBySide() {
        return sideBySide.get();
    }

    /**
     * The languages explanations, questions, feedback and the glossary show, each paragraph in
     * each of them in this order: the window's language alone, or in 한/EN every language
     * ({@code [KOREAN, ENGLISH]}). Views that show paragraphs re-render when it changes.
     */
    public ReadOnlyObjectProperty<List<Language>> explanationLanguagesProperty() {
        return explanationLanguages.getReadOnlyProperty();
    }

    public List<Language> explanationLanguages() {
        return explanationLanguages.get();
    }

    /**
     * Switches every bound text to {@code language}, leaving 한/EN, and remembers the choice.
     *
     * @throws IOException if the choice could not be stored; the switch still happens
     */
    public void switchTo(Language language) throws IOException {
        show(language);
        settings.putString(SETTINGS_KEY, language.tag());
        settings.putBoolean(SIDE_BY_SIDE_KEY, false);
        settings.save();
    }

    /**
     * Shows every language side by side (한/EN) and remembers the choice; the rest of the window
     * keeps its language.
     *
     * @throws IOException if the choice could not be stored; the switch still happens
     */
    public void switchToSideBySide() throws IOException {
        sideBySide.set(true);
        settings.putBoolean(SIDE_BY_SIDE_KEY, true);
        settings.save();
    }

    /** Switches every bound text to {@code language} alone for this run only, without remembering it. */
    public void show(Language language) {
        sideBySide.set(false);
        if (language != language()) {
            messages.set(messages(language));
        }
    }

    /** The texts of any language, whichever the window shows. */
    public Messages messages(Language language) {
        return everyLanguage.computeIfAbsent(language, Messages::of);
    }

    /** The text of {@code message} in {@code language}, whichever the window shows. */
    public String text(Language language, Localizable message) {
        return messages(language).text(message);
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
    public StringBinding bind(Localizable message) {
        return Bindings.createStringBinding(() -> messages.get().text(message), messages);
    }

    private void updateExplanationLanguages() {
        explanationLanguages.set(sideBySide.get() ? List.of(Language.values()) : List.of(language()));
    }
}
