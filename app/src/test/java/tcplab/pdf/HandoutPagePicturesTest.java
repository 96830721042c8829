package tcplab.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import tcplab.i18n.Language;
import tcplab.i18n.Message;
import tcplab.i18n.Messages;

/**
 * The pictures of handout pages in {@code docs/}, drawn from real PDFs of the lost-SYN lesson with
 * the SYN+ACK dropped as well ({@link HandoutPdfTest#LESSON}): the first page in Korean and in
 * English, the Korean sequence diagram (the second page) and the first page of the Korean answers. Each page is drawn as PDFBox renders it and
 * checked to be an A4 page with a diagram or text on it; the pictures in {@code docs/} must have
 * the same size.
 *
 * <p>After a change to the handout or its PDF, {@code -Ddocs.update=true} writes them anew:
 * {@code ./mvnw -B -pl app -am verify -Dtest=HandoutPagePicturesTest -Dsurefire.failIfNoSpecifiedTests=false -Ddocs.update=true}
 */
class HandoutPagePicturesTest {

    /** Where the pictures are kept in the source tree (tests run in the module's folder). */
    private static final Path DOCS = Path.of("..", "docs");
    private static final boolean UPDATE = Boolean.getBoolean("docs.update");
    /** Sharp enough to read the explanation, small enough for a README. */
    private static final float DOTS_PER_INCH = 100;

    @Test
    void firstPagesInKoreanAndEnglish() throws IOException {
        picture(Language.KOREAN, 0, "handout-page-ko.png");
        picture(Language.ENGLISH, 0, "handout-page-en.png");
    }

    /** The sequence diagram, drawn by Batik: its Korean labels need the bundled font too. */
    @Test
    void theSequenceDiagramInKorean() throws IOException {
        picture(Language.KOREAN, 1, "handout-diagram-ko.png");
    }

    @Test
    void theFirstPageOfTheAnswers() throws IOException {
        String title = Messages.of(Language.KOREAN).text(Message.of("handout.answers.title"));
        try (PDDocument pdf = Loader.loadPDF(HandoutPdfTest.pdf(HandoutPdfTest.handout(List.of(Language.KOREAN))))) {
            int page = HandoutPdfTest.pageWith(pdf, title);
            assertThat(page).as("the page the answers start on").isGreaterThan(1);
            save(new PDFRenderer(pdf).renderImageWithDPI(page - 1, DOTS_PER_INCH), "handout-answers-ko.png");
        }
    }

    private static void picture(Language language, int page, String name) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(HandoutPdfTest.pdf(HandoutPdfTest.handout(List.of(language))))) {
            save(new PDFRenderer(pdf).renderImageWithDPI(page, DOTS_PER_INCH), name);
        }
    }

    private static void save(BufferedImage image, String name) throws IOException {
        // A4 is 210 mm by 297 mm.
        assertThat((double) image.getHeight() / image.getWidth()).isCloseTo(297.0 / 210, org.assertj.core.data.Offset.offset(0.01));
        assertThat(HandoutPdfTest.inkShare(image)).as(name).isBetween(0.01, 0.6);
        Path file = DOCS.resolve(name);
        if (UPDATE) {
            ImageIO.write(image, "png", file.toFile());
        }
        BufferedImage kept = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertThat(kept.getWidth()).as(name).isEqualTo(image.getWidth());
        assertThat(kept.getHeight()).as(name).isEqualTo(image.getHeight());
    }
}
