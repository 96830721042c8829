package tcplab.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the lab speaks, as data: adding one is an entry here and its bundles
 * {@code messages_<tag>.properties} and {@code glossary_<tag>.properties}. The window offers
 * every entry in this order (and all of them side by side), the command line accepts every tag,
 * the fonts listed are loaded at start, and the bundle tests check every bundle against the root
 * one.
 */
public enum Language {
    KOREAN(Locale.KOREAN, "한국어", Character.UnicodeScript.HANGUL, List.of("NanumGothic.ttf", "NanumGothicBold.ttf")),
    ENGLISH(Locale.ENGLISH, "English", Character.UnicodeScript.LATIN, List.of());

    /** The language of the root bundle, shown when the system's language is none of these. */
    public static final Language FALLBACK = ENGLISH;

    private final Locale locale;
    private final String nativeName;
    private final Character.UnicodeScript script;
    private final List<String> fonts;

    Language(Locale locale, String nativeName, Character.UnicodeScript script, List<String> fonts) {
        this.locale = locale;
        this.nativeName = nativeName;
        this.script = script;
        this.fonts = fonts;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name written in itself, so a learner finds it whatever is showing now. */
    public String nativeName() {
        return nativeName;
    }

    /** The language tag stored in preferences and given on the command line, e.g. {@code ko}. */
    public String tag() {
        return locale.getLanguage();
    }

    /** The script the language is written in: every one of its texts has letters of it. */
    public Character.UnicodeScript script() {
        return script;
    }

    /**
     * The font files, shipped with the app beside its other fonts, that draw this language on a
     * machine without a font for its script; none if every system has one.
     */
    public List<String> fonts() {
        return fonts;
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

    /** The system's language if the lab speaks it, else {@link #FALLBACK}. */
    public static Language forLocale(Locale locale) {
        return fromTag(locale.getLanguage()).orElse(FALLBACK);
    }
}
