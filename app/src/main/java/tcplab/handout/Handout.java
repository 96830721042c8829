package tcplab.handout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tcplab.TextKeys;
import tcplab.explain.EventExplainer;
import tcplab.explain.Formats;
import tcplab.export.SequenceDiagramSvg;
import tcplab.export.StateDiagramSvg;
import tcplab.guided.Choice;
import tcplab.guided.Question;
import tcplab.i18n.Language;
import tcplab.i18n.Localizable;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;
import tcplab.scenario.Course;
import tcplab.scenario.CourseLesson;

/**
 * A printable handout of one run, as a self-contained HTML page that prints on A4: the lesson, its
 * goal and the run's setup; the sequence diagram and the RFC 9293 state diagram with the states and
 * transitions the run went through; every event of the trace as a numbered step with
 * its time, what happened and the explanation the window gives; the questions with a box to tick
 * and a line to write on; and, starting on a new page, the same questions with the right answer
 * marked and every choice's feedback.
 *
 * <p>The page is polyglot HTML5: a browser reads it as HTML and an XML parser as XHTML, so it can
 * also be rendered by XHTML-based tools. Its layout uses plain blocks and one table. It holds no
 * date and nothing else that changes between runs: the same inputs give the same bytes.
 *
 * <p>In several languages (Korean and English, as the window's 한/EN) each paragraph follows in
 * every language in turn, and each heading carries its translation; the sequence diagram is drawn
 * in the first language, the state diagram's labels in every one.
 *
 * <p>Within the page these class names mark what a reader or a test looks for: {@code step} (one
 * per event, in order), {@code explanation}, {@code questions} and {@code answers} (the two
 * sections), {@code question} and {@code answer}, {@code choice}, and {@code correct} (only in the
 * answers, on the right choice).
 */
public final class Handout {

    /** Wide enough for the labels, narrow enough that a page's width shows it at about its own size. */
    static final double DIAGRAM_WIDTH = SequenceDiagramSvg.DEFAULT_WIDTH;
    private static final String STYLE_SHEET = styleSheet();

    private final HandoutRun run;
    private final List<Question> questions;
    private final List<Messages> languages;
    private final EventExplainer explainer;
    private final StepHeadline headlines;
    private final Xhtml page = new Xhtml();

    private Handout(HandoutRun run, List<Question> questions, List<Language> languages) {
        if (languages.isEmpty() || languages.stream().distinct().count() != languages.size()) {
            throw new IllegalArgumentException("a handout needs one or more different languages: " + languages);
        }
        this.run = run;
        this.questions = List.copyOf(questions);
        this.languages = languages.stream().map(Messages::of).toList();
        this.explainer = new EventExplainer(run.trace(), run.relativeNumbers(), run.learnerFaults(),
                EventExplainer.fixedIsns(run.input()));
        this.headlines = new StepHeadline(run.trace(), run.relativeNumbers());
    }

    /**
     * The handout of {@code run} as an HTML document.
     *
     * @param run       the run and the inputs it came from
     * @param questions the questions to ask about it, in playback order: the ones the guided mode
     *                  generates from the run, or a teacher's own; none leaves both question
     *                  pages saying so
     * @param languages the languages to write it in, in order: one, or every one for a bilingual handout
     */
    public static String render(HandoutRun run, List<Question> questions, List<Language> languages) {
        return new Handout(run, questions, languages).document();
    }

    /** Writes the handout {@link #render} makes, as UTF-8, to {@code out}, which stays open. */
    public static void write(HandoutRun run, List<Question> questions, List<Language> languages, OutputStream out)
            throws IOException {
        out.write(render(run, questions, languages).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String document() {
        String tag = languages.get(0).language().tag();
        page.markup("<!DOCTYPE html>\n");
        page.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", tag, "xml:lang", tag).newline();
        page.open("head").newline();
        page.empty("meta", "charset", "UTF-8").newline();
        page.element("title", first(Message.of("handout.title", Message.of(TextKeys.scenarioTitle(scenarioId())))))
                .newline();
        page.open("style").newline().markup(STYLE_SHEET).close("style");
        page.close("head");
        page.open("body", "class", "handout").newline();
        header();
        diagrams();
        steps();
        questions();
        answers();
        page.close("body");
        page.close("html");
        return page.toString();
    }

    private void header() {
        page.open("header", "class", "handout-header").newline();
        inline("p", Message.of("handout.masthead", Message.of("app.title")), "class", "masthead");
        Optional<CourseLesson> lesson = Course.lessonOf(scenarioId());
        Message title = Message.of(TextKeys.scenarioTitle(scenarioId()));
        inline("h1", lesson.map(numbered -> Message.of("handout.lesson", String.valueOf(numbered.number()), title))
                .orElse(title));
        lesson.ifPresent(numbered -> paragraphs("p", Message.of("handout.goal",
                Message.of(TextKeys.courseGoal(scenarioId()))), "goal"));
        paragraphs("p", Message.of(TextKeys.scenarioSummary(scenarioId())), "summary");
        page.open("table", "class", "setup").open("tbody").newline();
        for (SetupDescription.Line line : SetupDescription.of(run)) {
            page.open("tr");
            inline("th", line.label(), "scope", "row");
            page.open("td");
            line.values().forEach(value -> paragraphs("div", value, "setup-value"));
            page.close("td");
            page.close("tr");
        }
        page.close("tbody").close("table");
        page.close("header");
    }

    private void diagrams() {
        page.open("section", "class", "diagrams").newline();
        inline("h2", Message.of("panel.ladder.title"));
        page.open("figure", "class", "diagram sequence-diagram").newline();
        page.markup(InlineSvg.of(SequenceDiagramSvg.render(run.trace(), languages.get(0), run.relativeNumbers(),
                DIAGRAM_WIDTH)));
        page.close("figure");
        inline("h2", Message.of("panel.states.title"));
        page.open("figure", "class", "diagram state-diagram").newline();
        page.markup(InlineSvg.of(StateDiagramSvg.render(run.trace(), run.trace().events().size(), languages)));
        page.close("figure");
        page.close("section");
    }

    private void steps() {
        page.open("section", "class", "steps").newline();
        inline("h2", Message.of("handout.steps.title"));
        paragraphs("p", Message.of("handout.steps.intro"), "intro");
        for (int index = 0; index < run.trace().events().size(); index++) {
            int event = index;
            page.open("div", "class", "step", "id", "step-" + (index + 1), "data-event", String.valueOf(index))
                    .newline();
            page.open("p", "class", "step-head");
            page.element("span", String.valueOf(index + 1), "class", "step-number");
            page.element("span", first(Message.of("playback.time",
                    Formats.seconds(run.trace().events().get(index).time()))), "class", "step-time");
            page.close("p");
            paragraphs("p", messages -> headlines.text(event, messages), "step-what");
            explainer.explain(index).forEach(paragraph -> paragraphs("p", paragraph, "explanation"));
            page.close("div");
        }
        page.close("section");
    }

    /** The questions as the learner answers them: a box to tick by each choice, and a line to write why. */
    private void questions() {
        questionPage(false, Message.of("handout.questions.title"),
                questions.isEmpty() ? Message.of("handout.questions.none") : Message.of("handout.questions.intro"));
    }

    /** The questions again, each choice with its feedback, the right one marked and named. */
    private void answers() {
        questionPage(true, Message.of("handout.answers.title"),
                questions.isEmpty() ? Message.of("handout.questions.none") : null);
    }

    /**
     * One of the two question pages: section {@code questions} of {@code question}s, or section
     * {@code answers} of {@code answer}s.
     *
     * @param intro the paragraph under the title, or null for none
     */
    private void questionPage(boolean answered, Message title, Message intro) {
        String item = answered ? "answer" : "question";
        page.open("section", "class", item + "s").newline();
        inline("h2", title);
        if (intro != null) {
            paragraphs("p", intro, "intro");
        }
        for (int number = 1; number <= questions.size(); number++) {
            Question question = questions.get(number - 1);
            page.open("div", "class", item, "id", item + "-" + number).newline();
            inline("h3", Message.of("guided.question.title", number, questions.size()));
            paragraphs("p", Message.of("handout.questions.asked", String.valueOf(question.askBefore() + 1)), "asked");
            paragraphs("p", question.prompt(), "prompt");
            page.open("ol", "class", "choices").newline();
            for (int i = 0; i < question.choices().size(); i++) {
                Choice choice = question.choices().get(i);
                boolean marked = answered && choice.correct();
                page.open("li", "class", marked ? "choice correct" : "choice");
                // A filled dot: the bundled Korean font has it, where PDF renderers that use only that font lack ✓.
                page.element("span", marked ? "●" : "", "class", "tick");
                page.element("span", String.valueOf((char) ('A' + i)), "class", "choice-letter");
                paragraphs("span", choice.text(), "choice-text");
                if (marked) {
                    inline("span", Message.of("handout.answers.right"), "class", "verdict");
                }
                if (answered) {
                    paragraphs("p", choice.feedback(), "feedback");
                }
                page.close("li");
            }
            page.close("ol");
            if (answered) {
                paragraphs("p", Message.of("handout.answers.shownAt", String.valueOf(question.answerEvent() + 1)),
                        "shown-at");
            } else {
                inline("p", Message.of("handout.questions.why"), "class", "why");
            }
            page.close("div");
        }
        page.close("section");
    }

    /** {@code message} in the first language, with its translations in the others after it, in one element. */
    private void inline(String element, Localizable message, String... attributes) {
        page.open(element, attributes);
        page.text(first(message));
        for (Messages other : languages.subList(1, languages.size())) {
            page.element("span", other.text(message), "class", "translation", "lang", other.language().tag());
        }
        page.close(element);
    }

    /** {@code message} as one element per language, the first language first. */
    private void paragraphs(String element, Localizable message, String styleClass) {
        paragraphs(element, messages -> messages.text(message), styleClass);
    }

    private void paragraphs(String element, Function<Messages, String> text, String styleClass) {
        for (int i = 0; i < languages.size(); i++) {
            Messages messages = languages.get(i);
            page.element(element, text.apply(messages), "class", i == 0 ? styleClass : styleClass + " translation",
                    "lang", messages.language().tag()).newline();
        }
    }

    private String first(Localizable message) {
        return languages.get(0).text(message);
    }

    private String scenarioId() {
        return run.scenario().id();
    }

    private static String styleSheet() {
        try (InputStream in = Handout.class.getResourceAsStream("handout.css")) {
            if (in == null) {
                throw new IllegalStateException("handout.css is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
