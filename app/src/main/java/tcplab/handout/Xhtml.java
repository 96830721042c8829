package tcplab.handout;

/**
 * Markup written so that both an HTML browser and an XML parser read it alike (polyglot HTML5):
 * every element is closed, and every text and attribute value is escaped, so no lesson text,
 * however it is written, can change the document's structure.
 */
final class Xhtml {

    private final StringBuilder out = new StringBuilder();

    /** Opens {@code name} with attributes given as name, value, name, value, ... */
    Xhtml open(String name, String... attributes) {
        return startTag(name, attributes, ">");
    }

    Xhtml close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** An element holding only {@code text}. */
    Xhtml element(String name, String text, String... attributes) {
        open(name, attributes);
        text(text);
        out.append("</").append(name).append('>');
        return this;
    }

    /**
     * A void element ({@code meta}, {@code br}), written self-closed as XML needs it. Any other
     * element, even an empty one, needs {@link #element}: an HTML parser reads {@code <span/>} as
     * an opening tag.
     */
    Xhtml empty(String name, String... attributes) {
        return startTag(name, attributes, "/>");
    }

    Xhtml text(String text) {
        out.append(escaped(text));
        return this;
    }

    /** Markup that is well-formed already (an SVG drawing, a style sheet without markup characters). */
    Xhtml markup(String markup) {
        out.append(markup);
        return this;
    }

    Xhtml newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private Xhtml startTag(String name, String[] attributes, String end) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name and value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escaped(attributes[i + 1])).append('"');
        }
        out.append(end);
        return this;
    }

    /**
     * Text as character data or an attribute value: the markup characters escaped, and the
     * control characters XML 1.0 forbids (a teacher's text may hold one) replaced by U+FFFD.
     */
    static String escaped(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xFFFE
                            && !(c >= 0xD800 && c <= 0xDFFF) || c >= 0x10000;
                    escaped.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return escaped.toString();
    }
}
