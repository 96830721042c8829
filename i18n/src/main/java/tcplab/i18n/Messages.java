package tcplab.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lab's texts in one language. This is the only class that loads the resource bundles:
 * bundles in a named module can only be found from inside it.
 */
public final class Messages {

    /** Base name of the window's texts: root (English), {@code _en} and {@code _ko}. */
    public static final String BUNDLE = "tcplab.i18n.messages";

    /** Base name of the glossary's terms and definitions, kept apart from the sentences that use them. */
    public static final String GLOSSARY_BUNDLE = "tcplab.i18n.glossary";

    /** Every bundle a language's texts come from; a key lives in exactly one of them. */
    public static final List<String> BUNDLES = List.of(BUNDLE, GLOSSARY_BUNDLE);

    private final Language language;
    private final List<ResourceBundle> bundles;

    private Messages(Language language, List<ResourceBundle> bundles) {
        this.language = language;
        this.bundles = bundles;
    }

    /** The texts of the given language. */
    public static Messages of(Language language) {
        return new Messages(language, BUNDLES.stream()
                .map(name -> ResourceBundle.getBundle(name, language.locale())).toList());
    }

    public Language language() {
        return language;
    }

    /**
     * The text for {@code key} with its placeholders filled from {@code args}. A key with no
     * text comes back as {@code !key!}, visible on screen rather than an exception in a lesson;
     * the consistency tests keep that from ever shipping. An argument that is itself a
     * {@link Localizable} is put into this language first, so a sentence can name a host or a state.
     */
    public String text(String key, Object... args) {
        ResourceBundle bundle = bundleWith(key);
        if (bundle == null) {
            return "!" + key + "!";
        }
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = args[i] instanceof Localizable nested ? text(nested) : args[i];
        }
        return new MessageFormat(pattern, language.locale()).format(filled);
    }

    /** The text of a message, or of a text written in both languages, in this language. */
    public String text(Localizable text) {
        if (text instanceof BilingualText written) {
            return written.in(language);
        }
        Message message = (Message) text;
        return text(message.key(), message.args().toArray());
    }

    /** Whether this language has a text for {@code key}. */
    public boolean has(String key) {
        return bundleWith(key) != null;
    }

    /** Every key this language has, sorted. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        bundles.forEach(bundle -> keys.addAll(bundle.keySet()));
        return Collections.unmodifiableSet(keys);
    }

    private ResourceBundle bundleWith(String key) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                return bundle;
            }
        }
        return null;
    }
}
