package tcplab.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tcplab.compare.EventAlignment.Row;
import tcplab.engine.LinkSettings;
import tcplab.engine.SegmentEvent;
import tcplab.engine.SimulationInput;
import tcplab.engine.Simulator;
import tcplab.engine.StateChanged;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.playback.DiagramRows;
import tcplab.playback.Flight;
import tcplab.playback.TraceCursor;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/**
 * Properties of the row alignment over pairs of runs: one lesson under two profiles, seeds and
 * links (delay, jitter, loss, duplication, reordering), or two different lessons.
 *
 * <p>A failure reports the smallest falsifying input and "Seed was ..."; {@code -DQT_SEED=<seed>}
 * draws the same inputs again.
 */
class EventAlignmentPropertiesTest {

    private record Runs(Trace first, Trace second) {
    }

    @Test
    void everyDrawnEventOfEachTraceIsInExactlyOneRowInItsOrder() {
        qt().withExamples(300).forAll(runs()).checkAssert(runs -> {
            EventAlignment alignment = align(runs);

            for (boolean inFirst : new boolean[] {true, false}) {
                List<TraceEvent> events = (inFirst ? runs.first() : runs.second()).events();
                List<Integer> drawn = IntStream.range(0, events.size())
                        .filter(i -> DiagramRows.drawn(events.get(i))).boxed().toList();
                List<Integer> inRows = alignment.rows().stream().map(row -> row.event(inFirst))
                        .filter(index -> index != EventAlignment.GAP).toList();
                assertThat(inRows).isEqualTo(drawn);
            }
            assertThat(alignment.rows()).noneMatch(row -> row.first() == EventAlignment.GAP
                    && row.second() == EventAlignment.GAP);
        });
    }

    @Test
    void eventsInOneRowAreOfOneKindAndDirection() {
        qt().withExamples(300).forAll(runs()).checkAssert(runs -> {
            for (Row row : align(runs).rows()) {
                if (row.matched()) {
                    TraceEvent first = runs.first().events().get(row.first());
                    TraceEvent second = runs.second().events().get(row.second());
                    assertThat(second.getClass()).isEqualTo(first.getClass());
                    assertThat(direction(second)).isEqualTo(direction(first));
                }
            }
        });
    }

    @Test
    void aGapFacesOnlyAnEventWithNoMatchAmongTheOtherTracesGapsThere() {
        qt().withExamples(300).forAll(runs()).checkAssert(runs -> {
            TraceComparison comparison = TraceComparison.of(runs.first(), runs.second(), 0);
            List<Row> rows = EventAlignment.of(runs.first(), runs.second(), comparison).rows();
            // Between two rows of matched events, no event of one trace faces a gap while its
            // counterpart in the other faces one too: they would have been one row.
            List<Row> stretch = new ArrayList<>();
            for (Row row : rows) {
                if (row.matched()) {
                    assertNoCounterpartsIn(stretch, runs, comparison);
                    stretch.clear();
                } else {
                    stretch.add(row);
                }
            }
            assertNoCounterpartsIn(stretch, runs, comparison);
        });
    }

    @Test
    void bothDiagramsInsertTheSameRowsAndNeverDrawTwoRowsOnOneHeight() {
        qt().withExamples(300).forAll(runs()).checkAssert(runs -> {
            EventAlignment alignment = align(runs);
            List<Row> rows = alignment.rows();
            for (int k = 1; k < rows.size(); k++) {
                Row above = rows.get(k - 1);
                Row row = rows.get(k);
                assertThat(row.insertedRows()).isBetween(above.insertedRows(), above.insertedRows() + 1);
                for (boolean inFirst : new boolean[] {true, false}) {
                    assertThat(row.time(inFirst)).as("time runs down").isGreaterThanOrEqualTo(above.time(inFirst));
                    boolean sameHeight = row.time(inFirst) == above.time(inFirst)
                            && row.insertedRows() == above.insertedRows();
                    assertThat(sameHeight).as("row %d drawn on row %d", k, k - 1).isFalse();
                }
            }
            for (boolean inFirst : new boolean[] {true, false}) {
                DiagramRows diagram = alignment.diagramRows(inFirst);
                for (Row row : rows) {
                    if (row.event(inFirst) != EventAlignment.GAP) {
                        assertThat(diagram.row(row.event(inFirst))).isEqualTo(row.insertedRows());
                    }
                }
                assertThat(diagram.total()).isEqualTo(rows.isEmpty() ? 0 : rows.get(rows.size() - 1).insertedRows());
            }
        });
    }

    @Test
    void aTraceBesideItselfIsDrawnAsItIsDrawnAlone() {
        qt().withExamples(150).forAll(runs()).checkAssert(runs -> {
            Trace trace = runs.first();
            EventAlignment alignment = EventAlignment.of(trace, trace, TraceComparison.of(trace, trace, 0));

            assertThat(alignment.rows()).allMatch(row -> row.matched() && row.first() == row.second());
            DiagramRows alone = new TraceCursor(trace).rows();
            DiagramRows aligned = alignment.diagramRows(true);
            for (int index = 0; index < trace.events().size(); index++) {
                assertThat(aligned.row(index)).as("event %d", index).isEqualTo(alone.row(index));
            }
            assertThat(aligned.total()).isEqualTo(alone.total());
        });
    }

    private static void assertNoCounterpartsIn(List<Row> stretch, Runs runs, TraceComparison comparison) {
        for (Row onlyFirst : stretch) {
            for (Row onlySecond : stretch) {
                if (onlyFirst.first() != EventAlignment.GAP && onlySecond.second() != EventAlignment.GAP) {
                    assertThat(counterparts(runs, comparison, onlyFirst.first(), onlySecond.second()))
                            .as("events %d and %d face gaps side by side", onlyFirst.first(), onlySecond.second())
                            .isFalse();
                }
            }
        }
    }

    /**
     * Whether two events are the same event of both traces: the same kind of event of two
     * transmissions the comparison pairs, or the n-th same state change of the same side in both.
     */
    private static boolean counterparts(Runs runs, TraceComparison comparison, int first, int second) {
        TraceEvent a = runs.first().events().get(first);
        TraceEvent b = runs.second().events().get(second);
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof StateChanged changeA && b instanceof StateChanged changeB) {
            return changeA.side() == changeB.side() && changeA.from() == changeB.from() && changeA.to() == changeB.to()
                    && occurrence(runs.first(), first) == occurrence(runs.second(), second);
        }
        for (TraceComparison.Pair pair : comparison.pairs()) {
            if (sameEnd(pair.first(), first, pair.second(), second)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameEnd(Flight flightA, int indexA, Flight flightB, int indexB) {
        return (flightA.sentIndex() == indexA && flightB.sentIndex() == indexB)
                || (flightA.endIndex() == indexA && flightB.endIndex() == indexB);
    }

    private static int occurrence(Trace trace, int index) {
        StateChanged change = (StateChanged) trace.events().get(index);
        int count = 0;
        for (int i = 0; i < index; i++) {
            if (trace.events().get(i) instanceof StateChanged earlier && earlier.side() == change.side()
                    && earlier.from() == change.from() && earlier.to() == change.to()) {
                count++;
            }
        }
        return count;
    }

    /** Which way a segment event's segment travels, or which side changes state. */
    private static Object direction(TraceEvent event) {
        return event instanceof SegmentEvent segment ? segment.segment().from() : ((StateChanged) event).side();
    }

    private static EventAlignment align(Runs runs) {
        return EventAlignment.of(runs.first(), runs.second(), TraceComparison.of(runs.first(), runs.second(), 0));
    }

    private static Gen<Runs> runs() {
        Gen<Scenario> scenarios = arbitrary().pick(ScenarioCatalog.all());
        return scenarios.zip(scenarios, booleans().all(), (one, other, same) -> same ? List.of(one, one) : List.of(one, other))
                .zip(run(), run(), (pair, first, second) -> new Runs(
                        Simulator.run(first.apply(pair.get(0))), Simulator.run(second.apply(pair.get(1)))));
    }

    /** How to run a lesson: a profile, a seed and a link each way. */
    private static Gen<Function<Scenario, SimulationInput>> run() {
        Gen<TimerProfile> profiles = arbitrary().enumValues(TimerProfile.class);
        return profiles.zip(longs().all(), links(), links(), (profile, seed, there, back) -> scenario -> {
            SimulationInput lesson = LessonInputs.of(scenario).withProfile(profile).simulationInput();
            return new SimulationInput(lesson.script(), profile, seed, lesson.isnClient(), lesson.isnServer(),
                    there, back, lesson.faults(), lesson.linux());
        });
    }

    private static Gen<LinkSettings> links() {
        return longs().between(0, 200_000).zip(longs().between(0, 50_000), doubles().between(0, 0.3),
                doubles().between(0, 0.2), (delay, jitter, loss, duplicate) -> new LinkSettings(delay, jitter, loss,
                        duplicate, 0.1));
    }
}
