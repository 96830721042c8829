package tcplab.statediagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tcplab.engine.Side;
import tcplab.engine.Simulator;
import tcplab.engine.TcpState;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.playback.TextMeasure;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** The state diagram's geometry: every transition of the RFC's figure, boxes apart, labels inside and clear. */
class StateDiagramLayoutTest {

    /** A plain measure: every character 7 pixels wide, a line 15 pixels high. */
    private static final TextMeasure MEASURE = new TextMeasure() {
        @Override
        public double width(String text) {
            return text.lines().mapToInt(String::length).max().orElse(0) * 7.0;
        }

        @Override
        public double height(String text) {
            return text.split("\n", -1).length * 15.0;
        }
    };

    /** The transitions RFC 9293 figure 5 draws, written out from the figure. */
    private static final Set<String> RFC_FIGURE = Set.of(
            "CLOSED>LISTEN", "CLOSED>SYN-SENT", "LISTEN>CLOSED", "LISTEN>SYN-SENT", "LISTEN>SYN-RECEIVED",
            "SYN-SENT>CLOSED", "SYN-SENT>SYN-RECEIVED", "SYN-SENT>ESTABLISHED", "SYN-RECEIVED>LISTEN",
            "SYN-RECEIVED>ESTABLISHED", "SYN-RECEIVED>FIN-WAIT-1", "ESTABLISHED>FIN-WAIT-1", "ESTABLISHED>CLOSE-WAIT",
            "FIN-WAIT-1>FIN-WAIT-2", "FIN-WAIT-1>CLOSING", "FIN-WAIT-1>TIME-WAIT", "FIN-WAIT-2>TIME-WAIT",
            "CLOSING>TIME-WAIT", "CLOSE-WAIT>LAST-ACK", "LAST-ACK>CLOSED", "TIME-WAIT>CLOSED");

    @Test
    void everyTransitionOfTheFigureIsDrawnBetweenTheRightBoxes() {
        StateDiagramLayout layout = StateDiagramLayout.place(request(new Rectangle(0, 0, 600, 500), List.of(), List.of()));
        Set<String> drawn = layout.arrows().stream()
                .map(arrow -> arrow.edge().from().state().rfcName() + ">" + arrow.edge().to().state().rfcName())
                .collect(Collectors.toSet());
        assertThat(drawn).isEqualTo(RFC_FIGURE);
        assertThat(layout.arrows()).hasSize(RFC_FIGURE.size()).allSatisfy(arrow -> assertThat(arrow.edge().inFigure()).isTrue());
        // Connections end at the bottom CLOSED box and start from the top one.
        assertThat(layout.arrows()).filteredOn(arrow -> arrow.edge().to() == StateBox.CLOSED_BOTTOM)
                .extracting(arrow -> arrow.edge().from()).containsExactlyInAnyOrder(StateBox.TIME_WAIT, StateBox.LAST_ACK);
        assertThat(layout.boxes().keySet()).containsExactlyInAnyOrder(StateBox.values());
        assertThat(layout.boxes().keySet().stream().map(box -> box.state()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TcpState.values());
    }

    @Test
    void boxesNeverOverlapAndStayInsideAtAnySize() {
        for (double[] size : new double[][] {{260, 180}, {330, 260}, {600, 500}, {1200, 900}, {2000, 400}, {300, 1200}}) {
            Rectangle area = new Rectangle(10, 20, size[0], size[1]);
            StateDiagramLayout layout = StateDiagramLayout.place(request(area, List.of(), List.of()));
            List<Rectangle> boxes = new ArrayList<>(layout.boxes().values());
            for (int i = 0; i < boxes.size(); i++) {
                assertThat(area.contains(boxes.get(i))).as("box inside %sx%s", size[0], size[1]).isTrue();
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s and %s at %sx%s", boxes.get(i), boxes.get(j),
                            size[0], size[1]).isFalse();
                }
            }
            assertThat(layout.scale()).isLessThanOrEqualTo(1.6);
        }
    }

    /** No arrow, of the figure or of any transition a lesson takes outside it, passes over a box it does not join. */
    @Test
    void noArrowCrossesAThirdBox() {
        Set<StateDiagramLayout.EdgeMark> taken = new LinkedHashSet<>();
        for (Scenario scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                StateDiagramRun.whole(Simulator.run(LessonInputs.of(scenario).withProfile(profile).simulationInput()))
                        .taken().forEach(step -> taken.add(new StateDiagramLayout.EdgeMark(step.side(), step.edge())));
            }
        }
        assertThat(taken).anyMatch(mark -> !mark.edge().inFigure());
        StateDiagramLayout layout = StateDiagramLayout.place(request(new Rectangle(0, 0, 664, 612), List.of(),
                List.copyOf(taken)));
        for (StateDiagramLayout.Arrow arrow : layout.arrows()) {
            layout.boxes().forEach((box, bounds) -> {
                if (box != arrow.edge().from() && box != arrow.edge().to()) {
                    for (double part = 0; part <= 1; part += 0.01) {
                        Point point = arrow.start().add(arrow.end().subtract(arrow.start()).multiply(part));
                        assertThat(bounds.contains(new Rectangle(point.x(), point.y(), 0, 0)))
                                .as("%s crosses %s", arrow.edge(), box).isFalse();
                    }
                }
            });
        }
    }

    /**
     * Every lesson's whole run marked at once (as the printed diagram does), at a page's size and at
     * the window's smallest: every label inside the drawing, and no label, badge or box over another.
     */
    @Test
    void everyRunsLabelsStayInsideAndClearOfEverything() {
        for (Scenario scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                Trace trace = Simulator.run(LessonInputs.of(scenario).withProfile(profile).simulationInput());
                StateDiagramRun run = StateDiagramRun.whole(trace);
                List<StateDiagramLayout.BoxMark> boxMarks = new ArrayList<>();
                for (Side side : Side.values()) {
                    run.visited(side).forEach(box -> boxMarks.add(new StateDiagramLayout.BoxMark(side, box)));
                }
                Set<StateDiagramLayout.EdgeMark> edgeMarks = new LinkedHashSet<>();
                run.taken().forEach(step -> edgeMarks.add(new StateDiagramLayout.EdgeMark(step.side(), step.edge())));
                Rectangle area = new Rectangle(8, 8, 664, 612);
                StateDiagramLayout layout = StateDiagramLayout.place(request(area, boxMarks, List.copyOf(edgeMarks)));
                String what = scenario.id() + " " + profile;

                assertThat(layout.boxBadges()).as(what).hasSize(boxMarks.size());
                assertThat(layout.edgeBadges()).as(what).hasSize(edgeMarks.size());
                assertThat(layout.labels()).as(what).hasSize((int) edgeMarks.stream().map(StateDiagramLayout.EdgeMark::edge)
                        .filter(StateEdge::inFigure).distinct().count());
                List<Rectangle> placed = new ArrayList<>(layout.boxes().values());
                layout.boxBadges().forEach(badge -> placed.add(badge.bounds()));
                layout.edgeBadges().forEach(badge -> placed.add(badge.bounds()));
                for (int i = 0; i < placed.size(); i++) {
                    for (int j = i + 1; j < placed.size(); j++) {
                        assertThat(placed.get(i).overlaps(placed.get(j))).as("%s over %s in %s", placed.get(i), placed.get(j), what)
                                .isFalse();
                    }
                }
                for (StateDiagramLayout.EdgeLabel label : layout.labels()) {
                    assertThat(area.contains(label.bounds())).as("label %s inside in %s", label.text(), what).isTrue();
                    for (Rectangle other : placed) {
                        assertThat(label.bounds().overlaps(other)).as("label %s over %s in %s", label.text(), other, what).isFalse();
                    }
                    placed.add(label.bounds());
                }
            }
        }
    }

    private static StateDiagramLayout.Request request(Rectangle area, List<StateDiagramLayout.BoxMark> boxMarks,
                                                      List<StateDiagramLayout.EdgeMark> edgeMarks) {
        Map<StateBox, StateDiagramLayout.Size> sizes = new EnumMap<>(StateBox.class);
        for (StateBox box : StateBox.values()) {
            sizes.put(box, new StateDiagramLayout.Size(MEASURE.width(box.state().rfcName()) + 8, 20));
        }
        return new StateDiagramLayout.Request(area, 1.6, sizes, new StateDiagramLayout.Size(16, 16), boxMarks, edgeMarks,
                figure -> List.of(figure.name(), figure.name().replace('_', '\n')), MEASURE);
    }
}
