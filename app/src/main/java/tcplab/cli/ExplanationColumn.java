package tcplab.cli;

import java.util.List;
import java.util.stream.Collectors;
import tcplab.explain.EventExplainer;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/**
 * The last column of {@code trace --explain}: what the window's explanation panel says when the
 * playback stands on an event, from the same explainer and the same texts. Paragraphs are
 * separated by a newline; with several languages, each language's paragraphs follow the previous
 * language's after an empty line.
 */
final class ExplanationColumn {

    static final String HEADER = "explanation";

    private final EventExplainer explainer;
    private final List<Messages> languages;

    ExplanationColumn(EventExplainer explainer, List<Language> languages) {
        this.explainer = explainer;
        this.languages = languages.stream().map(Messages::of).toList();
    }

    /** The explanation of the event at {@code index}, unescaped. */
    String text(int index) {
        List<Message> paragraphs = explainer.explain(index);
        return languages.stream()
                .map(messages -> paragraphs.stream().map(messages::text).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n\n"));
    }
}
