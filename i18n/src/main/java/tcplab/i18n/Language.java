package tcplab.i18n;

import java.util.Locale;
import java.util.Optional;

/** A language the lab speaks, with the name a speaker of it would look for in a menu. */
public enum Language {
    KOREAN(Locale.KOREAN, "한국어"),
    ENGLISH(Locale.ENGLISH, "English");

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name written in itself, so a learner finds it whatever is showing now. */
    public String nativeName() {
        return nativeName;
    }

    /** The language tag stored in preferences, e.g. {@code ko}. */
    public String tag() {
        return locale.getLanguage();
    }

    /** The language with the given tag, if the lab speaks it. */
    public static Optional<Language> fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** Korean on a Korean system, English everywhere else. */
    public static Language forLocale(Locale locale) {
        return KOREAN.tag().equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }
}
