package tcplab.view;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import tcplab.glossary.GlossaryEntry;
import tcplab.glossary.TermSpan;
import tcplab.i18n.Language;
import tcplab.i18n.Localizable;

/**
 * Paragraphs of reading text (explanations, questions, feedback, definitions) in the languages the
 * learner reads them in: one language, or in 한/EN each paragraph in every language, one under the
 * other. The glossary's terms in them are links that open the glossary at their entry. The
 * paragraphs are kept as messages, so a change of language renders them again.
 */
public final class ParagraphsView extends VBox {

    public static final String STYLE_CLASS = "paragraphs-view";
    /** Every paragraph in one language. */
    public static final String PARAGRAPH = "paragraph";
    /** A paragraph in a language after the first, in 한/EN. */
    public static final String TRANSLATION = "paragraph-translation";
    /** The paragraphs of one message in every language, in 한/EN. */
    public static final String GROUP = "paragraph-group";
    public static final String LINK = "glossary-link";

    private record Paragraph(Localizable message, String styleClass) {
    }

    private final LanguageModel language;
    private final GlossaryModel glossary;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    /** Held here and listened to weakly, so a view dropped (a question answered) is not kept alive by the language. */
    private final InvalidationListener languagesChanged = obs -> render();
    private GlossaryEntry unlinked;

    public ParagraphsView(LanguageModel language, GlossaryModel glossary) {
        this.language = language;
        this.glossary = glossary;
        getStyleClass().add(STYLE_CLASS);
        language.explanationLanguagesProperty().addListener(new WeakInvalidationListener(languagesChanged));
    }

    /** Leaves {@code entry}'s terms as plain text, so a definition does not link to itself; null links every entry. */
    public void setUnlinked(GlossaryEntry entry) {
        unlinked = entry;
    }

    /** Removes every paragraph. */
    public void clear() {
        paragraphs.clear();
        getChildren().clear();
    }

    /** Shows exactly {@code messages}, each as a paragraph styled {@code styleClass}. */
    public void setAll(List<? extends Localizable> messages, String styleClass) {
        clear();
        addAll(messages, styleClass);
    }

    /** Adds {@code messages} at the end, each as a paragraph styled {@code styleClass}. */
    public void addAll(List<? extends Localizable> messages, String styleClass) {
        messages.forEach(message -> add(message, styleClass));
    }

    /** Adds one paragraph at the end, styled {@code styleClass} (in each of its languages). */
    public void add(Localizable message, String styleClass) {
        Paragraph paragraph = new Paragraph(message, styleClass);
        paragraphs.add(paragraph);
        getChildren().add(node(paragraph, language.explanationLanguages()));
    }

    private void render() {
        // Read even with no paragraph, so the property is valid again and tells of the next change.
        List<Language> languages = language.explanationLanguages();
        getChildren().setAll(paragraphs.stream().map(paragraph -> node(paragraph, languages)).toList());
    }

    private Node node(Paragraph paragraph, List<Language> languages) {
        if (languages.size() == 1) {
            return flow(paragraph, languages.get(0));
        }
        VBox group = new VBox();
        // Only the paragraphs carry their style class: sizes in em would otherwise compound.
        group.getStyleClass().add(GROUP);
        for (Language each : languages) {
            TextFlow flow = flow(paragraph, each);
            if (!group.getChildren().isEmpty()) {
                flow.getStyleClass().add(TRANSLATION);
            }
            group.getChildren().add(flow);
        }
        return group;
    }

    /** The paragraph in one language, its glossary terms as links. */
    private TextFlow flow(Paragraph paragraph, Language in) {
        String text = language.text(in, paragraph.message());
        TextFlow flow = new TextFlow();
        flow.getStyleClass().addAll(PARAGRAPH, paragraph.styleClass());
        flow.pseudoClassStateChanged(PseudoClass.getPseudoClass(in.tag()), true);
        flow.setUserData(in);
        int done = 0;
        for (TermSpan span : glossary.finder(in).find(text)) {
            if (span.entry().equals(unlinked)) {
                continue;
            }
            if (span.start() > done) {
                flow.getChildren().add(new Text(text.substring(done, span.start())));
            }
            flow.getChildren().add(link(text.substring(span.start(), span.end()), span.entry()));
            done = span.end();
        }
        if (done < text.length()) {
            flow.getChildren().add(new Text(text.substring(done)));
        }
        return flow;
    }

    private Hyperlink link(String term, GlossaryEntry entry) {
        Hyperlink link = new Hyperlink(term);
        link.getStyleClass().add(LINK);
        link.setUserData(entry);
        link.setOnAction(event -> {
            // A term stays the same colour however often it is looked up.
            link.setVisited(false);
            glossary.open(entry);
        });
        return link;
    }

    /** Every paragraph's text as shown, in order; in 한/EN each message once per language. */
    public List<String> paragraphTexts() {
        return flows().stream().map(ParagraphsView::plainText).toList();
    }

    /** The paragraphs' texts in {@code in} only, in order. */
    public List<String> paragraphTexts(Language in) {
        return flows().stream().filter(flow -> flow.getUserData() == in).map(ParagraphsView::plainText).toList();
    }

    /** The glossary links in every paragraph, in order. */
    public List<Hyperlink> links() {
        return flows().stream().flatMap(flow -> flow.getChildren().stream())
                .filter(Hyperlink.class::isInstance).map(Hyperlink.class::cast).toList();
    }

    private List<TextFlow> flows() {
        List<TextFlow> flows = new ArrayList<>();
        for (Node child : getChildren()) {
            if (child instanceof TextFlow flow) {
                flows.add(flow);
            } else if (child instanceof VBox group) {
                group.getChildren().forEach(node -> flows.add((TextFlow) node));
            }
        }
        return flows;
    }

    private static String plainText(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        for (Node node : flow.getChildren()) {
            text.append(node instanceof Text part ? part.getText() : ((Hyperlink) node).getText());
        }
        return text.toString();
    }
}
