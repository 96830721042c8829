package tcplab.glossary;

/**
 * Where a text names a glossary entry.
 *
 * @param start the index of the name's first character
 * @param end   the index just past the name (and past an English plural's {@code s})
 * @param entry the entry named
 */
public record TermSpan(int start, int end, GlossaryEntry entry) {
}
