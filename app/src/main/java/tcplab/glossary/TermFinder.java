package tcplab.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tcplab.i18n.Messages;

/**
 * Finds the glossary's terms in a text of one language, so the text needs no markup: every
 * entry's symbols (and its names, where {@link GlossaryEntry#linkByNames()}) are looked for at
 * word boundaries, the longest first, so {@code SYN-SENT} is the state and not the flag.
 *
 * <p>A name begins where no letter or digit precedes it. It ends before anything but a letter or
 * digit of its last character's script: a Korean particle may follow a name ({@code SYN을},
 * {@code 확인 응답은}), and an English plural {@code s} belongs to it ({@code ACKs}). A name written in
 * lower case also matches with a capital first letter, at the start of a sentence; other names
 * match only as written, so {@code ack} (the number) and {@code ACK} (the flag) stay apart.
 */
public final class TermFinder {

    private record Form(String text, GlossaryEntry entry) {
    }

    private final List<Form> forms;

    /** A finder for the texts of one language. */
    public TermFinder(Messages language) {
        List<Form> found = new ArrayList<>();
        for (GlossaryEntry entry : Glossary.entries()) {
            entry.symbols().forEach(symbol -> found.add(new Form(symbol, entry)));
            if (entry.linkByNames()) {
                entry.names(language).forEach(name -> {
                    found.add(new Form(name, entry));
                    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                    if (!capitalised.equals(name)) {
                        found.add(new Form(capitalised, entry));
                    }
                });
            }
        }
        found.sort(Comparator.comparingInt((Form form) -> form.text().length()).reversed());
        this.forms = List.copyOf(found);
    }

    /**
     * Every place {@code text} names an entry, in order, without overlaps; each entry only where it
     * is first named, so a paragraph links a term once.
     */
    public List<TermSpan> find(String text) {
        List<TermSpan> spans = new ArrayList<>();
        Set<GlossaryEntry> named = new HashSet<>();
        int index = 0;
        while (index < text.length()) {
            TermSpan span = index > 0 && Character.isLetterOrDigit(text.codePointBefore(index)) ? null : at(text, index);
            if (span == null) {
                index++;
                continue;
            }
            if (named.add(span.entry())) {
                spans.add(span);
            }
            index = span.end();
        }
        return spans;
    }

    private TermSpan at(String text, int index) {
        for (Form form : forms) {
            if (text.startsWith(form.text(), index)) {
                int end = end(text, index + form.text().length(), form.text());
                if (end >= 0) {
                    return new TermSpan(index, end, form.entry());
                }
            }
        }
        return null;
    }

    /** Where a name that stops at {@code end} ends, or -1 if it runs on into a longer word. */
    private static int end(String text, int end, String name) {
        if (end == text.length()) {
            return end;
        }
        int last = name.codePointBefore(name.length());
        int next = text.codePointAt(end);
        if (!Character.isLetterOrDigit(last) || !Character.isLetterOrDigit(next)
                || Character.UnicodeScript.of(last) != Character.UnicodeScript.of(next)) {
            return end;
        }
        if (Character.isLetter(last) && next == 's'
                && (end + 1 == text.length() || !Character.isLetterOrDigit(text.codePointAt(end + 1)))) {
            return end + 1;
        }
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.HANGUL ? end : -1;
    }
}
