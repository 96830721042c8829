package tcplab.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import tcplab.engine.LinuxSetting;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.export.StateDiagramSvg;
import tcplab.explain.EventExplainer;
import tcplab.guided.Choice;
import tcplab.guided.Question;
import tcplab.guided.QuestionGenerator;
import tcplab.guided.QuestionKind;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;
import tcplab.scenario.Course;
import tcplab.scenario.CourseLesson;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/** Handouts read as XML, hold every step's explanation in order, and ask and then answer each question. */
class HandoutTest {

    private static final List<List<Language>> MODES = List.of(
            List.of(Language.KOREAN), List.of(Language.ENGLISH), List.of(Language.KOREAN, Language.ENGLISH));

    @Test
    void everyLessonInEveryLanguageModeHasEveryStepAndEveryQuestionTwice() throws Exception {
        for (CourseLesson lesson : Course.lessons()) {
            for (TimerProfile profile : TimerProfile.values()) {
                LessonInputs inputs = LessonInputs.of(lesson.scenario()).withProfile(profile);
                Trace trace = Simulator.run(inputs.simulationInput());
                List<Question> questions = new QuestionGenerator(trace, true).questions();
                EventExplainer explainer = new EventExplainer(trace, true, List.of(),
                        EventExplainer.fixedIsns(inputs.simulationInput()));
                for (List<Language> languages : MODES) {
                    String what = lesson.scenario().id() + " " + profile + " " + languages;
                    Document page = parse(Handout.render(HandoutRun.of(inputs, trace, true), questions, languages));

                    List<Element> steps = withClass(page.getDocumentElement(), "step");
                    assertThat(steps).as(what).hasSize(trace.events().size());
                    for (int index = 0; index < steps.size(); index++) {
                        List<String> expected = new ArrayList<>();
                        for (Message paragraph : explainer.explain(index)) {
                            languages.forEach(language -> expected.add(Messages.of(language).text(paragraph)));
                        }
                        assertThat(texts(withClass(steps.get(index), "explanation")))
                                .as("%s step %d", what, index + 1).isEqualTo(expected);
                        assertThat(texts(withClass(steps.get(index), "step-number"))).containsExactly(
                                String.valueOf(index + 1));
                    }
                    drawingsAreScoped(page, what);
                    questionsThenAnswers(page, questions, Messages.of(languages.get(0)), what);
                }
            }
        }
    }

    /** Both diagrams are in the page, each with a style sheet that styles only itself. */
    private static void drawingsAreScoped(Document page, String what) {
        for (String figure : List.of("sequence-diagram", StateDiagramSvg.ROOT_CLASS)) {
            NodeList drawings = only(withClass(page.getDocumentElement(), figure).stream()
                    .filter(element -> element.getTagName().equals("figure")).toList()).getElementsByTagName("svg");
            assertThat(drawings.getLength()).as(what).isEqualTo(1);
            Element drawing = (Element) drawings.item(0);
            assertThat(drawing.getAttribute("class")).isEqualTo(figure);
            String sheet = drawing.getElementsByTagName("style").item(0).getTextContent();
            for (String rule : sheet.strip().split("\n")) {
                for (String selector : rule.substring(0, rule.indexOf('{')).split(",")) {
                    assertThat(selector.strip()).as(what).startsWith("svg." + figure + " ");
                }
            }
        }
    }

    /** The questions section has no answer marked; the answers section, after it, marks exactly the right one. */
    private static void questionsThenAnswers(Document page, List<Question> questions, Messages first, String what) {
        Element asked = only(withClass(page.getDocumentElement(), "questions"));
        Element answered = only(withClass(page.getDocumentElement(), "answers"));
        assertThat(asked.compareDocumentPosition(answered) & Node.DOCUMENT_POSITION_FOLLOWING).as(what).isNotZero();
        assertThat(withClass(asked, "correct")).as(what).isEmpty();

        List<Element> blanks = withClass(asked, "question");
        List<Element> answers = withClass(answered, "answer");
        assertThat(blanks).as(what).hasSize(questions.size());
        assertThat(answers).as(what).hasSize(questions.size());
        for (int q = 0; q < questions.size(); q++) {
            Question question = questions.get(q);
            String prompt = first.text(question.prompt());
            assertThat(texts(withClass(blanks.get(q), "prompt")).get(0)).as(what).isEqualTo(prompt);
            assertThat(texts(withClass(answers.get(q), "prompt")).get(0)).as(what).isEqualTo(prompt);
            assertThat(withClass(blanks.get(q), "choice")).hasSize(question.choices().size());

            List<Element> choices = withClass(answers.get(q), "choice");
            assertThat(choices).as(what).hasSize(question.choices().size());
            List<Element> marked = withClass(answers.get(q), "correct");
            assertThat(marked).as("%s question %d", what, q + 1).hasSize(1);
            assertThat(choices.indexOf(marked.get(0))).as(what).isEqualTo(question.correctIndex());
            Choice right = question.choices().get(question.correctIndex());
            assertThat(texts(withClass(marked.get(0), "choice-text")).get(0)).isEqualTo(first.text(right.text()));
            assertThat(texts(withClass(marked.get(0), "feedback")).get(0)).isEqualTo(first.text(right.feedback()));
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws Exception {
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("synack-lost").orElseThrow())
                .withProfile(TimerProfile.LINUX).withFixedIsn(false).withSeed(42)
                .withFault(ScriptedFault.dropNth(Side.CLIENT, 3));
        List<Language> both = List.of(Language.KOREAN, Language.ENGLISH);

        String once = render(inputs, both);
        String again = render(inputs, both);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        Trace trace = Simulator.run(inputs.simulationInput());
        Handout.write(HandoutRun.of(inputs, trace, true), new QuestionGenerator(trace, true).questions(), both, written);

        assertThat(again).isEqualTo(once);
        assertThat(written.toByteArray()).isEqualTo(once.getBytes(StandardCharsets.UTF_8));
        assertThat(render(inputs.withSeed(43), both)).isNotEqualTo(once);
    }

    @Test
    void everyTextIsEscapedSoTheStructureStays() throws Exception {
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("handshake").orElseThrow());
        Trace trace = Simulator.run(inputs.simulationInput());
        // A teacher's own question may hold any character; a message argument carries it into the text.
        String tricky = "a<b && c>d \"quoted\" 'single' </section>\u0001";
        Question question = new Question(QuestionKind.STATE, 1, 2, Message.of("guided.rightAnswer", tricky), List.of(
                new Choice(Message.of("guided.rightAnswer", "<li class=\"correct\">"), false, Message.of("guided.wrong")),
                new Choice(Message.of("guided.rightAnswer", "x & y"), true, Message.of("guided.correct"))));

        String html = Handout.render(HandoutRun.of(inputs, trace, true), List.of(question), List.of(Language.ENGLISH));
        Document page = parse(html);

        assertThat(texts(withClass(page.getDocumentElement(), "prompt")))
                .containsOnly("The right answer: a<b && c>d \"quoted\" 'single' </section>\uFFFD");
        assertThat(withClass(page.getDocumentElement(), "correct")).hasSize(1);
        assertThat(texts(withClass(only(withClass(page.getDocumentElement(), "answers")), "choice-text")))
                .containsExactly("The right answer: <li class=\"correct\">", "The right answer: x & y");
        assertThat(html).contains("a&lt;b &amp;&amp; c&gt;d &quot;quoted&quot; &#39;single&#39; &lt;/section&gt;");
    }

    @Test
    void theSetupSaysWhatDiffersFromTheLessonAndFromLinux() throws Exception {
        LessonInputs plain = LessonInputs.of(ScenarioCatalog.find("syn-lost").orElseThrow());
        List<String> untouched = setup(plain);
        assertThat(untouched).contains("Timer profile", "RFC 9293", "Random seed",
                "1 (the same seed always gives the same run)", "Client: 1000, fixed for readability",
                "Server: 5000, fixed for readability", "Relative to each side’s ISN, as Wireshark shows them",
                "None: the lesson as it comes");
        assertThat(untouched).doesNotContain("Linux kernel settings");

        LessonInputs changed = plain.withProfile(TimerProfile.LINUX).withFixedIsn(false)
                .withLinux(plain.linux().with(LinuxSetting.TCP_SYN_RETRIES, 2))
                .withLink(Side.SERVER, plain.link(Side.SERVER).withLossPercent(5).withDelayMillis(200))
                .withFault(ScriptedFault.dropNth(Side.CLIENT, 2));
        assertThat(setup(changed)).contains("Linux", "tcp_syn_retries = 2 (Linux’s default: 6)",
                "Client: generated as RFC 9293 says (a clock and a keyed hash)",
                "Server → Client: loss 5 %, one-way delay 200 ms, jitter 0 ms", "Dropped: Client → Server segment #2");
        assertThat(setup(plain.withProfile(TimerProfile.LINUX))).contains("Linux’s defaults (6.5 and later)");
    }

    @Test
    void thePagePrintsOnA4AndStartsTheAnswersOnANewPage() throws Exception {
        String html = render(LessonInputs.of(ScenarioCatalog.find("handshake").orElseThrow()), List.of(Language.KOREAN));
        String style = parse(html).getElementsByTagName("style").item(0).getTextContent();

        assertThat(html).startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ko\"");
        assertThat(style).contains("@page { size: A4;", "NanumGothic", "'Malgun Gothic'", "'Apple SD Gothic Neo'");
        assertThat(style).containsPattern("\\.questions, \\.answers \\{ page-break-before: always; break-before: page; }");
        assertThat(style).containsPattern("\\.step \\{ page-break-inside: avoid;");
        assertThat(style).doesNotContain("display: flex", "display: grid");
    }

    @Test
    void aHandoutNeedsOneOrMoreDifferentLanguages() {
        LessonInputs inputs = LessonInputs.of(ScenarioCatalog.find("handshake").orElseThrow());
        HandoutRun run = HandoutRun.of(inputs, Simulator.run(inputs.simulationInput()), true);
        assertThatThrownBy(() -> Handout.render(run, List.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Handout.render(run, List.of(), List.of(Language.ENGLISH, Language.ENGLISH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> setup(LessonInputs inputs) throws Exception {
        Document page = parse(render(inputs, List.of(Language.ENGLISH)));
        Element table = only(withClass(page.getDocumentElement(), "setup"));
        List<String> cells = new ArrayList<>(texts(table.getElementsByTagName("th")));
        cells.addAll(texts(withClass(table, "setup-value")));
        return cells;
    }

    private static String render(LessonInputs inputs, List<Language> languages) {
        Trace trace = Simulator.run(inputs.simulationInput());
        return Handout.render(HandoutRun.of(inputs, trace, true), new QuestionGenerator(trace, true).questions(),
                languages);
    }

    static Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    /** The elements under {@code root} (itself included) whose class list holds {@code styleClass}, in document order. */
    static List<Element> withClass(Element root, String styleClass) {
        List<Element> found = new ArrayList<>();
        NodeList all = root.getElementsByTagName("*");
        if (Arrays.asList(root.getAttribute("class").split(" ")).contains(styleClass)) {
            found.add(root);
        }
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (Arrays.asList(element.getAttribute("class").split(" ")).contains(styleClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element only(List<Element> elements) {
        assertThat(elements).hasSize(1);
        return elements.get(0);
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(Node::getTextContent).toList();
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
