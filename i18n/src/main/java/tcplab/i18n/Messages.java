package tcplab.i18n;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lab's texts in one language. This is the only class that loads the resource bundles:
 * bundles in a named module can only be found from inside it.
 */
public final class Messages {

    /** Base name of the bundles: root (English), {@code _en} and {@code _ko}. */
    public static final String BUNDLE = "tcplab.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The texts of the given language. */
    public static Messages of(Language language) {
        return new Messages(language, ResourceBundle.getBundle(BUNDLE, language.locale()));
    }

    public Language language() {
        return language;
    }

    /**
     * The text for {@code key} with its placeholders filled from {@code args}. A key with no
     * text comes back as {@code !key!}, visible on screen rather than an exception in a lesson;
     * the consistency tests keep that from ever shipping. An argument that is itself a
     * {@link Message} is put into this language first, so a sentence can name a host or a state.
     */
    public String text(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] filled = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            filled[i] = args[i] instanceof Message nested ? text(nested) : args[i];
        }
        return new MessageFormat(pattern, language.locale()).format(filled);
    }

    /** The text of a message in this language. */
    public String text(Message message) {
        return text(message.key(), message.args().toArray());
    }

    /** Whether this language has a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key this language has, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(bundle.keySet()));
    }
}
