package tcplab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.playback.Flight;
import tcplab.playback.TraceCursor;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** The SVG export is well-formed XML with one arrow per transmission and labels that cover no other label. */
class SequenceDiagramSvgTest {

    @Test
    void everyLessonDrawsOneArrowPerTransmissionInWellFormedSvg() throws Exception {
        for (Scenario scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                Trace trace = Simulator.run(LessonInputs.of(scenario).withProfile(profile).simulationInput());
                Document svg = parse(SequenceDiagramSvg.render(trace, Messages.of(Language.ENGLISH), true,
                        SequenceDiagramSvg.DEFAULT_WIDTH));

                List<Flight> flights = new TraceCursor(trace).flights();
                List<Element> arrows = withClass(svg, "g", "arrow");
                assertThat(arrows).as(scenario.id()).hasSize(flights.size());
                for (int i = 0; i < flights.size(); i++) {
                    assertThat(arrows.get(i).getAttribute("data-transmission"))
                            .isEqualTo(Integer.toString(flights.get(i).transmissionId()));
                    assertThat(arrows.get(i).getAttribute("class").contains("dropped")).isEqualTo(flights.get(i).dropped());
                }
                assertThat(withClass(svg, "text", "cross")).hasSize((int) flights.stream().filter(Flight::dropped).count());
                labelsDoNotOverlap(withClass(svg, "g", "label"));
            }
        }
    }

    @Test
    void textsAreInTheChosenLanguageAndEscaped() throws Exception {
        Trace trace = Simulator.run(LessonInputs.of(ScenarioCatalog.find("syn-lost").orElseThrow()).simulationInput());
        String korean = SequenceDiagramSvg.render(trace, Messages.of(Language.KOREAN), true, 800);
        Document svg = parse(korean);

        assertThat(withClass(svg, "text", "header").get(0).getTextContent()).isEqualTo("클라이언트");
        assertThat(korean).contains("재전송").startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(svg.getDocumentElement().getAttribute("width")).isEqualTo("800");
        assertThat(SvgMarkup.xml("a<b & \"c\"")).isEqualTo("a&lt;b &amp; &quot;c&quot;");
    }

    private static void labelsDoNotOverlap(List<Element> labels) {
        List<double[]> boxes = new ArrayList<>();
        for (Element label : labels) {
            Element rect = (Element) label.getElementsByTagName("rect").item(0);
            double[] box = {number(rect, "x"), number(rect, "y"), number(rect, "width"), number(rect, "height")};
            for (double[] other : boxes) {
                boolean apart = box[0] + box[2] <= other[0] || other[0] + other[2] <= box[0]
                        || box[1] + box[3] <= other[1] || other[1] + other[3] <= box[1];
                assertThat(apart).as("label at %s,%s overlaps one at %s,%s", box[0], box[1], other[0], other[1]).isTrue();
            }
            boxes.add(box);
        }
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> withClass(Document document, String tag, String styleClass) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (List.of(element.getAttribute("class").split(" ")).contains(styleClass)) {
                found.add(element);
            }
        }
        return found;
    }
}
