package tcplab.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tcplab.i18n.Messages;

/**
 * Looks entries up by what a learner types, in any of the given languages at once: letter case and
 * spaces do not count, so {@code 확인응답} finds {@code 확인 응답} (Korean is often typed without
 * them) and {@code time-wait} finds {@code TIME-WAIT}. Entries whose names or symbols
 * contain the query come first, then those whose definitions do, each group in the glossary's order.
 */
public final class GlossarySearch {

    private record Indexed(GlossaryEntry entry, String names, String definitions) {
    }

    private final List<Indexed> index;

    /** A search over the entries' texts in every one of {@code languages}. */
    public GlossarySearch(List<Messages> languages) {
        List<Indexed> built = new ArrayList<>();
        for (GlossaryEntry entry : Glossary.entries()) {
            StringBuilder names = new StringBuilder();
            StringBuilder definitions = new StringBuilder();
            entry.symbols().forEach(symbol -> names.append(normal(symbol)).append('\n'));
            for (Messages language : languages) {
                entry.names(language).forEach(name -> names.append(normal(name)).append('\n'));
                definitions.append(normal(language.text(entry.definition()))).append('\n');
            }
            built.add(new Indexed(entry, names.toString(), definitions.toString()));
        }
        this.index = List.copyOf(built);
    }

    /** The entries {@code query} finds; every entry for a blank query. */
    public List<GlossaryEntry> find(String query) {
        String wanted = normal(query);
        List<GlossaryEntry> byName = new ArrayList<>();
        List<GlossaryEntry> byDefinition = new ArrayList<>();
        for (Indexed indexed : index) {
            if (indexed.names().contains(wanted)) {
                byName.add(indexed.entry());
            } else if (indexed.definitions().contains(wanted)) {
                byDefinition.add(indexed.entry());
            }
        }
        byName.addAll(byDefinition);
        return byName;
    }

    /** Lower case without white space, so spacing and capitals never hide a match. */
    private static String normal(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
