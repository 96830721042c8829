package tcplab.glossary;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/**
 * One term of the glossary. Its texts live in the glossary bundle under
 * {@code glossary.<id>.names} (the textbook term of that language first, then other names in use,
 * such as the study note's own words, separated by {@code |}) and {@code glossary.<id>.definition}.
 *
 * @param id          the entry's name in keys, e.g. {@code ack-number}
 * @param symbols     how the entry is written the same in every language: a flag, an abbreviation,
 *                    a state or a setting name, e.g. {@code SYN-SENT}; empty for plain words
 * @param linkByNames whether a text's use of the entry's names (not only of its symbols) links to
 *                    it; off where a name is an everyday word too (a state's "closed")
 */
public record GlossaryEntry(String id, List<String> symbols, boolean linkByNames) {

    /** Separates the names in a {@code names} text. */
    public static final String NAME_SEPARATOR = "|";

    public GlossaryEntry {
        Objects.requireNonNull(id, "id");
        symbols = List.copyOf(symbols);
    }

    /** The key of the entry's names in one language, the textbook term first. */
    public String namesKey() {
        return "glossary." + id + ".names";
    }

    /** The key of the entry's short definition. */
    public String definitionKey() {
        return "glossary." + id + ".definition";
    }

    /** The entry's names in {@code language}: the textbook term first, then the other names in use. */
    public List<String> names(Messages language) {
        return Arrays.stream(language.text(namesKey()).split("\\" + NAME_SEPARATOR))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /** The textbook term in {@code language}. */
    public String term(Messages language) {
        return names(language).get(0);
    }

    /** The other names in {@code language}, e.g. the study note's {@code 승인} for {@code 확인 응답}. */
    public List<String> aliases(Messages language) {
        List<String> names = names(language);
        return names.subList(1, names.size());
    }

    /** The definition, to be put into any language. */
    public Message definition() {
        return Message.of(definitionKey());
    }
}
