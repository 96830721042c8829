package tcplab.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.Trace;
import tcplab.explain.EventExplainer;
import tcplab.guided.QuestionGenerator;
import tcplab.handout.Handout;
import tcplab.handout.HandoutRun;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.ScenarioCatalog;

/**
 * A handout's PDF opens in PDFBox, has A4 pages with the bundled fonts embedded, holds every step's
 * explanation as text in each language mode, and starts the answers on a page of their own.
 */
class HandoutPdfTest {

    /** The lost SYN, and the server's first segment (the SYN+ACK) dropped as well. */
    static final LessonInputs LESSON = LessonInputs.of(ScenarioCatalog.find("syn-lost").orElseThrow())
            .withFault(ScriptedFault.dropNth(Side.SERVER, 1));
    private static final List<List<Language>> MODES = List.of(
            List.of(Language.KOREAN), List.of(Language.ENGLISH), List.of(Language.KOREAN, Language.ENGLISH));
    /** PDF points in a millimetre. */
    private static final double POINTS_PER_MM = 72 / 25.4;
    private static final Pattern SPACE = Pattern.compile("\\s+");

    @Test
    void everyLanguageModeGivesA4PagesWithEveryStepAndTheAnswersOnANewPage() throws Exception {
        Trace trace = Simulator.run(LESSON.simulationInput());
        EventExplainer explainer = new EventExplainer(trace, true, LESSON.learnerFaults(),
                EventExplainer.fixedIsns(LESSON.simulationInput()));
        for (List<Language> languages : MODES) {
            try (PDDocument pdf = Loader.loadPDF(pdf(handout(languages)))) {
                assertThat(pdf.getNumberOfPages()).as("%s", languages).isGreaterThan(2);
                for (PDPage page : pdf.getPages()) {
                    assertThat(page.getMediaBox().getWidth() / POINTS_PER_MM).isCloseTo(210, within());
                    assertThat(page.getMediaBox().getHeight() / POINTS_PER_MM).isCloseTo(297, within());
                }
                Map<PDFont, String> drawn = textByFont(pdf);
                drawn.forEach((font, text) -> {
                    if (!font.isEmbedded()) {
                        assertThat(text).as("%s in %s", languages, font.getName()).matches("\\p{ASCII}*");
                    }
                });
                assertThat(drawn.keySet()).as("%s", languages).anySatisfy(font -> {
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).matches("[A-Z]{6}\\+NanumGothic");
                });

                String extracted = new PDFTextStripper().getText(pdf);
                assertThat(extracted).as("%s", languages).doesNotContain("\0")
                        .contains(Messages.of(languages.get(0)).text(Message.of("handout.steps.title")));
                // Line breaks and the spaces around them differ between layout and extraction.
                String text = SPACE.matcher(extracted).replaceAll("");
                int from = 0;
                for (int index = 0; index < trace.events().size(); index++) {
                    for (Message paragraph : explainer.explain(index)) {
                        for (Language language : languages) {
                            String expected = SPACE.matcher(Messages.of(language).text(paragraph)).replaceAll("");
                            int at = text.indexOf(expected, from);
                            assertThat(at).as("%s step %d: %s", languages, index + 1, expected).isNotNegative();
                            from = at + expected.length();
                        }
                    }
                }

                String answers = Messages.of(languages.get(0)).text(Message.of("handout.answers.title"));
                int answersPage = pageWith(pdf, answers);
                assertThat(answersPage).as("%s", languages).isGreaterThan(1);
                assertThat(pageText(pdf, answersPage).strip()).as("%s", languages).startsWith(answers);
                String questions = Messages.of(languages.get(0)).text(Message.of("handout.questions.title"));
                assertThat(pageWith(pdf, questions)).isLessThan(answersPage);
            }
        }
    }

    /** openhtmltopdf prints {@code #} for a character no font has: the PDF has only the page's own. */
    @Test
    void everyCharacterIsDrawnWithAGlyphOfItsOwn() throws Exception {
        // The handout itself marks answers with a dot the font has; a tick and a cross stand for any
        // character the font lacks.
        String page = handout(List.of(Language.KOREAN, Language.ENGLISH)).replace("</body>", "<p>✓ ✕</p></body>");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        NodeList drawings = document.getElementsByTagName("svg");
        while (drawings.getLength() > 0) {
            drawings.item(0).getParentNode().removeChild(drawings.item(0));
        }
        String body = document.getElementsByTagName("body").item(0).getTextContent();
        try (PDDocument pdf = Loader.loadPDF(pdf(page))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.chars().filter(character -> character == '#').count())
                    .isEqualTo(body.chars().filter(character -> character == '#').count());
            assertThat(text).contains("√", "×");
        }
    }

    /** Batik draws the diagrams' labels with Java 2D's fonts, which must know the bundled one. */
    @Test
    void theDiagramsDrawHangulWithTheBundledFont() throws Exception {
        pdf(handout(List.of(Language.KOREAN)));
        assertThat(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains("NanumGothic");
        assertThat(new Font("NanumGothic", Font.BOLD, 12).canDisplayUpTo("클라이언트 서버 재전송")).isEqualTo(-1);
    }

    @Test
    void theSamePageGivesTheSameBytes() throws Exception {
        String page = handout(List.of(Language.KOREAN));
        assertThat(pdf(page)).isEqualTo(pdf(page));
    }

    @Test
    void thePagesDrawTheDiagramAndTheText(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("handout.pdf");
        HandoutPdf.write(handout(List.of(Language.KOREAN)), file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            BufferedImage first = new PDFRenderer(pdf).renderImageWithDPI(0, 36);
            assertThat(inkShare(first)).isBetween(0.02, 0.6);
        }
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aPageThatIsNotXhtmlIsRefusedAndTheFileStaysAsItWas(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("handout.pdf");
        Files.writeString(file, "before");

        assertThatThrownBy(() -> HandoutPdf.write("<html><body><p>not closed</body></html>", file))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(file)).isEqualTo("before");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    static String handout(List<Language> languages) {
        Trace trace = Simulator.run(LESSON.simulationInput());
        return Handout.render(HandoutRun.of(LESSON, trace, true), new QuestionGenerator(trace, true).questions(),
                languages);
    }

    static byte[] pdf(String page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HandoutPdf.write(page, out);
        return out.toByteArray();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.5);
    }

    /** Each font of the document, with every character drawn in it. */
    private static Map<PDFont, String> textByFont(PDDocument pdf) throws IOException {
        Map<PDFont, StringBuilder> drawn = new LinkedHashMap<>();
        new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(position -> drawn.computeIfAbsent(position.getFont(), font -> new StringBuilder())
                        .append(position.getUnicode()));
            }
        }.getText(pdf);
        Map<PDFont, String> texts = new LinkedHashMap<>();
        drawn.forEach((font, text) -> texts.put(font, text.toString()));
        return texts;
    }

    /** The 1-based number of the first page whose text holds {@code text}, or 0. */
    static int pageWith(PDDocument pdf, String text) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (pageText(pdf, page).contains(text)) {
                return page;
            }
        }
        return 0;
    }

    private static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** The share of pixels that are not white. */
    static double inkShare(BufferedImage image) {
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) image.getWidth() * image.getHeight());
    }
}
