package tcplab.options;

/**
 * A value the user typed, made safe to repeat in a one-line message: at most a short prefix of it,
 * with control and formatting characters (newlines, escape sequences, bidirectional overrides)
 * written as escapes, so that nothing typed reaches the terminal raw.
 */
public final class ShownValue {

    /** How many characters of a value a message repeats. */
    static final int MAX_SHOWN = 24;

    private ShownValue() {
    }

    /** The value's first {@link #MAX_SHOWN} characters, escaped and in quotes. */
    public static String quoted(String value) {
        boolean cut = value.length() > MAX_SHOWN;
        return "'" + escaped(cut ? value.substring(0, MAX_SHOWN) : value) + (cut ? "...'" : "'");
    }

    /** The text with every control or formatting character written as an escape. */
    public static String escaped(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) && !validPair(text, i)) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /** Whether the surrogate at {@code i} belongs to a well-formed pair (a lone one cannot be printed). */
    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
