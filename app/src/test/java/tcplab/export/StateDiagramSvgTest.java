package tcplab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tcplab.export.SequenceDiagramSvgTest.parse;
import static tcplab.export.SequenceDiagramSvgTest.withClass;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * The state diagram's SVG, for every lesson under both profiles in both languages: well-formed,
 * every state drawn, and exactly the states and transitions each host went through marked, as
 * read from the trace's state changes.
 */
class StateDiagramSvgTest {

    @Test
    void everyLessonMarksExactlyTheStatesAndTransitionsOfItsRun() throws Exception {
        int lessons = 0;
        for (Scenario scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                Trace trace = Simulator.run(LessonInputs.of(scenario).withProfile(profile).simulationInput());
                for (Language language : List.of(Language.KOREAN, Language.ENGLISH)) {
                    String what = scenario.id() + " " + profile + " " + language;
                    Document svg = parse(StateDiagramSvg.render(trace, trace.events().size(), Messages.of(language)));
                    checkMarks(svg, trace, trace.events().size(), what);
                }
                lessons++;
            }
        }
        assertThat(lessons).isEqualTo(2 * ScenarioCatalog.all().size());
    }

    @Test
    void partOfARunMarksOnlyWhatHappenedUpToThePosition() throws Exception {
        Trace trace = run("simultaneous-close");
        for (int upTo = 0; upTo <= trace.events().size(); upTo += 3) {
            checkMarks(parse(StateDiagramSvg.render(trace, upTo, Messages.of(Language.ENGLISH))), trace, upTo, "event " + upTo);
        }
        Document start = parse(StateDiagramSvg.render(trace, 0, Messages.of(Language.ENGLISH)));
        assertThat(withClass(start, "g", "taken-client")).isEmpty();
        assertThat(withClass(start, "g", "visited-client")).singleElement()
                .satisfies(box -> assertThat(box.getAttribute("data-box")).isEqualTo("closed-top"));
    }

    @Test
    void aClosedConnectionEndsInTheBottomClosedBox() throws Exception {
        Document svg = parse(StateDiagramSvg.render(run("handshake"), run("handshake").events().size(),
                Messages.of(Language.ENGLISH)));
        Element bottom = box(svg, "closed-bottom");
        assertThat(classes(bottom)).contains("visited-client", "visited-server", "final-client", "final-server");
        assertThat(classes(box(svg, "closed-top"))).contains("visited-client", "visited-server")
                .doesNotContain("final-client", "final-server");
    }

    @Test
    void bothLanguagesWriteEachLabelInKoreanThenEnglish() throws Exception {
        Trace trace = run("handshake");
        String both = StateDiagramSvg.render(trace, trace.events().size(),
                List.of(Messages.of(Language.KOREAN), Messages.of(Language.ENGLISH)));
        Document svg = parse(both);
        List<String> labels = withClass(svg, "g", "label").stream().map(Element::getTextContent).toList();
        assertThat(labels).isNotEmpty().allSatisfy(label -> assertThat(label).containsPattern("\\p{IsHangul}")
                .containsPattern("[a-z]{3}"));
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("RFC 9293 상태 다이어그램 / RFC 9293 state diagram");
        assertThat(both).contains("클라이언트가 거친 상태 / States the client was in");
    }

    @Test
    void theLegendExplainsDottedTransitionsOnlyWhenTheRunTakesOne() throws Exception {
        Trace abort = run("abort");
        String withReset = StateDiagramSvg.render(abort, abort.events().size(), Messages.of(Language.ENGLISH));
        Trace handshake = run("handshake");
        String clean = StateDiagramSvg.render(handshake, handshake.events().size(), Messages.of(Language.ENGLISH));

        assertThat(withClass(parse(withReset), "g", "extra")).isNotEmpty();
        assertThat(withReset).contains("a transition the RFC’s figure does not draw");
        assertThat(withClass(parse(clean), "g", "extra")).isEmpty();
        assertThat(clean).doesNotContain("does not draw");
    }

    @Test
    void everyStyleRuleStaysInsideTheDrawing() throws Exception {
        Trace trace = run("handshake");
        Document svg = parse(StateDiagramSvg.render(trace, trace.events().size(), Messages.of(Language.ENGLISH)));
        assertThat(svg.getDocumentElement().getAttribute("class")).isEqualTo(StateDiagramSvg.ROOT_CLASS);
        String style = svg.getElementsByTagName("style").item(0).getTextContent();
        List<String> selectors = Arrays.stream(style.split("\\{[^}]*}")).flatMap(rule -> Arrays.stream(rule.split(",")))
                .map(String::strip).filter(selector -> !selector.isEmpty()).toList();
        assertThat(selectors).hasSizeGreaterThan(10).allSatisfy(selector -> assertThat(selector)
                .matches("svg\\." + StateDiagramSvg.ROOT_CLASS + " .+"));
    }

    @Test
    void aPositionOutsideTheRunIsRefused() {
        Trace trace = run("handshake");
        Messages english = Messages.of(Language.ENGLISH);
        assertThatThrownBy(() -> StateDiagramSvg.render(trace, -1, english)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StateDiagramSvg.render(trace, trace.events().size() + 1, english))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StateDiagramSvg.render(trace, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every state is drawn, and the marks are those the trace's first {@code upTo} events give,
     * read straight from its state changes: a host is in the state its first change leaves, then in
     * each state it enters.
     */
    private static void checkMarks(Document svg, Trace trace, int upTo, String what) {
        List<Element> boxes = withClass(svg, "g", "state");
        Set<String> drawn = boxes.stream().map(box -> box.getAttribute("data-state")).collect(Collectors.toSet());
        assertThat(drawn).as(what).isEqualTo(Arrays.stream(TcpState.values()).map(TcpState::rfcName).collect(Collectors.toSet()));
        assertThat(boxes.stream().map(Element::getTextContent).collect(Collectors.toSet())).as(what).isEqualTo(drawn);
        Map<String, String> stateOfBox = new HashMap<>();
        boxes.forEach(box -> stateOfBox.put(box.getAttribute("data-box"), box.getAttribute("data-state")));

        List<StateChanged> changes = trace.events().stream().filter(StateChanged.class::isInstance)
                .map(StateChanged.class::cast).toList();
        List<StateChanged> happened = trace.events().subList(0, upTo).stream().filter(StateChanged.class::isInstance)
                .map(StateChanged.class::cast).toList();
        for (Side side : Side.values()) {
            String name = side.name().toLowerCase();
            TcpState now = changes.stream().filter(change -> change.side() == side).findFirst()
                    .map(StateChanged::from).orElse(TcpState.CLOSED);
            Set<String> visited = new HashSet<>(Set.of(now.rfcName()));
            Set<String> taken = new HashSet<>();
            for (StateChanged change : happened) {
                if (change.side() == side) {
                    visited.add(change.to().rfcName());
                    taken.add(change.from().rfcName() + ">" + change.to().rfcName());
                    now = change.to();
                }
            }
            assertThat(withClass(svg, "g", "visited-" + name).stream().map(box -> box.getAttribute("data-state"))
                    .collect(Collectors.toSet())).as("states %s visited in %s", name, what).isEqualTo(visited);
            assertThat(withClass(svg, "g", "final-" + name)).as("last state of %s in %s", name, what).singleElement()
                    .satisfies(box -> assertThat(box.getAttribute("data-state")).isEqualTo(
                            happened.stream().filter(change -> change.side() == side).reduce((a, b) -> b)
                                    .map(change -> change.to().rfcName()).orElse(visited.iterator().next())));
            assertThat(withClass(svg, "g", "taken-" + name).stream()
                    .map(edge -> stateOfBox.get(edge.getAttribute("data-from")) + ">" + stateOfBox.get(edge.getAttribute("data-to")))
                    .collect(Collectors.toSet())).as("transitions %s took in %s", name, what).isEqualTo(taken);
        }
    }

    private static Element box(Document svg, String id) {
        return withClass(svg, "g", "state").stream().filter(box -> box.getAttribute("data-box").equals(id)).findFirst()
                .orElseThrow();
    }

    private static List<String> classes(Element element) {
        return List.of(element.getAttribute("class").split(" "));
    }

    private static Trace run(String lesson) {
        return Simulator.run(LessonInputs.of(ScenarioCatalog.find(lesson).orElseThrow()).simulationInput());
    }
}
