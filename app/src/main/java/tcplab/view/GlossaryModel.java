package tcplab.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import tcplab.glossary.GlossaryEntry;
import tcplab.glossary.GlossarySearch;
import tcplab.glossary.TermFinder;
import tcplab.i18n.Language;

/**
 * The glossary as the window uses it: which entry is shown, the term finders that turn the terms
 * of any text into links, and the search. A link asks to {@link #open} an entry; the window then
 * shows the glossary panel at it.
 */
public final class GlossaryModel {

    private final LanguageModel language;
    private final Map<Language, TermFinder> finders = new EnumMap<>(Language.class);
    private final ObjectProperty<GlossaryEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final List<Consumer<GlossaryEntry>> openHandlers = new ArrayList<>();
    private GlossarySearch search;

    public GlossaryModel(LanguageModel language) {
        this.language = language;
    }

    /** The finder of terms in texts of {@code text}'s language; built once, on first use. */
    public TermFinder finder(Language text) {
        return finders.computeIfAbsent(text, each -> new TermFinder(language.messages(each)));
    }

    /** The search over every language's names and definitions, whatever the window shows. */
    public GlossarySearch search() {
        if (search == null) {
            search = new GlossarySearch(Arrays.stream(Language.values()).map(language::messages).toList());
        }
        return search;
    }

    /** The entry the glossary panel shows; null before any is chosen. */
    public ObjectProperty<GlossaryEntry> selectedProperty() {
        return selected;
    }

    /**
     * Shows the glossary panel, at {@code entry} if it is not null (a link's entry), else where it
     * was (the glossary button).
     */
    public void open(GlossaryEntry entry) {
        if (entry != null) {
            selected.set(entry);
        }
        openHandlers.forEach(handler -> handler.accept(entry));
    }

    /** Runs {@code handler} whenever the glossary is asked to open, with the entry asked for (or null). */
    public void onOpen(Consumer<GlossaryEntry> handler) {
        openHandlers.add(handler);
    }
}
