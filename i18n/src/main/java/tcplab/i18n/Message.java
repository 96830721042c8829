package tcplab.i18n;

import java.util.List;
import java.util.Objects;

/**
 * A text to show, named by its bundle key with its arguments, not yet put into any language.
 * A view keeps the message rather than the string, so it can show it again in another language.
 *
 * @param key  the dotted bundle key, e.g. {@code toolbar.play}
 * @param args the values for the text's {@code {0}}, {@code {1}}, ... placeholders
 */
public record Message(String key, List<Object> args) implements Localizable {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A message with the given key and arguments. */
    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
