package tcplab.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import tcplab.i18n.Messages;

/**
 * Looks entries up by what a learner types, in any of the given languages at once: letter case and
 * spaces in names do not count, so {@code 확인응답} finds {@code 확인 응답} (Korean is often typed
 * without them) and {@code time-wait} finds {@code TIME-WAIT}. Entries named exactly so come
 * first, then those with a name that begins so, then with one that contains the query, then those
 * whose definitions do. In definitions spaces count for Latin queries, so {@code rto} does not
 * find "answer to"; a Korean query ignores them there too. Each group is in the glossary's order.
 */
public final class GlossarySearch {

    private record Indexed(GlossaryEntry entry, List<String> names, String definitions, String definitionWords) {

        /** How well the entry answers {@code query}: 0 is best; {@link #UNMATCHED} not at all. */
        int rank(String typed) {
            String query = normal(typed);
            if (names.contains(query)) {
                return 0;
            }
            if (names.stream().anyMatch(name -> name.startsWith(query))) {
                return 1;
            }
            if (names.stream().anyMatch(name -> name.contains(query))) {
                return 2;
            }
            boolean korean = typed.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
            boolean inDefinition = korean ? definitions.contains(query) : definitionWords.contains(words(typed));
            return inDefinition ? 3 : UNMATCHED;
        }
    }

    private static final int UNMATCHED = Integer.MAX_VALUE;

    private final List<Indexed> index;

    /** A search over the entries' texts in every one of {@code languages}. */
    public GlossarySearch(List<Messages> languages) {
        List<Indexed> built = new ArrayList<>();
        for (GlossaryEntry entry : Glossary.entries()) {
            List<String> names = new ArrayList<>();
            StringBuilder definitions = new StringBuilder();
            entry.symbols().forEach(symbol -> names.add(normal(symbol)));
            for (Messages language : languages) {
                entry.names(language).forEach(name -> names.add(normal(name)));
                definitions.append(language.text(entry.definition())).append('\n');
            }
            built.add(new Indexed(entry, List.copyOf(names), normal(definitions.toString()), words(definitions.toString())));
        }
        this.index = List.copyOf(built);
    }

    /** The entries {@code query} finds; every entry for a blank query. */
    public List<GlossaryEntry> find(String query) {
        return index.stream()
                .filter(indexed -> indexed.rank(query) != UNMATCHED)
                .sorted(Comparator.comparingInt(indexed -> indexed.rank(query)))
                .map(Indexed::entry).toList();
    }

    /** Lower case without white space, so spacing and capitals never hide a match. */
    private static String normal(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    /** Lower case with each run of white space one space, so words stay apart. */
    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
