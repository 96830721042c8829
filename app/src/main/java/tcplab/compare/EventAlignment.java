package tcplab.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tcplab.compare.TraceComparison.Pair;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.playback.DiagramRows;
import tcplab.playback.Flight;

/**
 * Two traces of one connection row by row, as their sequence diagrams are drawn side by side: the
 * events a diagram draws (segments sent, delivered and lost, and state changes) of both traces in
 * one list of rows, the same event of both in one row, and an event the other trace has no match
 * for beside a gap. Several events in one instant are separate rows, as everywhere in the lab, so
 * where one trace has more events in an instant than the other (a capture that shows the
 * handshake's ACK and the first data in one microsecond, a simulation that sends the data later),
 * the other gets a gap row there instead of every later row of one side moving down alone.
 *
 * <p>Two events match when they are the same kind of event of segments the
 * {@link TraceComparison} pairs (the sending of both, or the delivery of both, or the loss of
 * both), or when the same side changes between the same two states for the n-th time in both.
 * Of those matches the alignment keeps the longest chain that is in order in both traces; events
 * between two kept matches go to rows of their own in time order, the first trace's first.
 *
 * <p>Each row also says where the diagrams draw it: at which time on each side (a gap at the
 * other trace's time, kept between its own side's neighbours so that the diagram still runs
 * down) and below how many rows inserted into the time axis: a row is inserted whenever a row
 * would be drawn at the same time as the row before it on either side, so that both diagrams
 * insert the same rows and what is level in one row stays level below it.
 */
public final class EventAlignment {

    /** No event: the trace has a gap in this row. */
    public static final int GAP = -1;

    /**
     * One row of the two diagrams.
     *
     * @param first        the index in the first trace of its event in this row, or {@link #GAP}
     * @param second       the index in the second trace of its event in this row, or {@link #GAP}
     * @param firstTime    when the first diagram draws this row: its event's time, or for a gap
     *                     the second's time kept between the first's neighbouring events
     * @param secondTime   the same for the second diagram
     * @param insertedRows how many rows both diagrams insert into the time axis down to this row
     */
    public record Row(int first, int second, long firstTime, long secondTime, int insertedRows) {

        /** The event index of one trace in this row, or {@link #GAP}. */
        public int event(boolean inFirst) {
            return inFirst ? first : second;
        }

        /** When one trace's diagram draws this row. */
        public long time(boolean inFirst) {
            return inFirst ? firstTime : secondTime;
        }

        /** Whether both traces have their event in this row. */
        public boolean matched() {
            return first != GAP && second != GAP;
        }
    }

    private final List<Row> rows;
    private final int firstEventCount;
    private final int secondEventCount;

    private EventAlignment(List<Row> rows, int firstEventCount, int secondEventCount) {
        this.rows = List.copyOf(rows);
        this.firstEventCount = firstEventCount;
        this.secondEventCount = secondEventCount;
    }

    /**
     * Aligns the events of {@code first} and {@code second}, matching segment events by the pairs
     * of {@code comparison}, which must compare these two traces.
     */
    public static EventAlignment of(Trace first, Trace second, TraceComparison comparison) {
        List<TraceEvent> firstEvents = first.events();
        List<TraceEvent> secondEvents = second.events();
        List<int[]> chain = longestOrderedChain(matches(firstEvents, secondEvents, comparison));

        List<int[]> pairs = new ArrayList<>();
        int nextFirst = 0;
        int nextSecond = 0;
        for (int[] anchor : chain) {
            unmatchedInTimeOrder(firstEvents, nextFirst, anchor[0], secondEvents, nextSecond, anchor[1], pairs);
            pairs.add(anchor);
            nextFirst = anchor[0] + 1;
            nextSecond = anchor[1] + 1;
        }
        unmatchedInTimeOrder(firstEvents, nextFirst, firstEvents.size(), secondEvents, nextSecond,
                secondEvents.size(), pairs);
        return new EventAlignment(placed(pairs, firstEvents, secondEvents), firstEvents.size(), secondEvents.size());
    }

    /** Every event of one trace that could be the same as one of the other, as index pairs, one per event at most. */
    private static List<int[]> matches(List<TraceEvent> firstEvents, List<TraceEvent> secondEvents,
                                       TraceComparison comparison) {
        List<int[]> matches = new ArrayList<>();
        for (Pair pair : comparison.pairs()) {
            addIfSameKind(matches, pair.first().sentIndex(), pair.second().sentIndex(), firstEvents, secondEvents);
            addIfSameKind(matches, pair.first().endIndex(), pair.second().endIndex(), firstEvents, secondEvents);
        }
        Map<StateStep, List<Integer>> secondStates = new HashMap<>();
        for (int index = 0; index < secondEvents.size(); index++) {
            if (secondEvents.get(index) instanceof StateChanged change) {
                secondStates.computeIfAbsent(StateStep.of(change), step -> new ArrayList<>()).add(index);
            }
        }
        Map<StateStep, Integer> taken = new HashMap<>();
        for (int index = 0; index < firstEvents.size(); index++) {
            if (firstEvents.get(index) instanceof StateChanged change) {
                StateStep step = StateStep.of(change);
                int nth = taken.merge(step, 1, Integer::sum) - 1;
                List<Integer> candidates = secondStates.getOrDefault(step, List.of());
                if (nth < candidates.size()) {
                    matches.add(new int[] {index, candidates.get(nth)});
                }
            }
        }
        return matches;
    }

    /** A state change as it is matched across traces: who changed from what to what. */
    private record StateStep(Side side, TcpState from, TcpState to) {
        static StateStep of(StateChanged change) {
            return new StateStep(change.side(), change.from(), change.to());
        }
    }

    private static void addIfSameKind(List<int[]> matches, int firstIndex, int secondIndex,
                                      List<TraceEvent> firstEvents, List<TraceEvent> secondEvents) {
        // A flight still in the air at the end of its trace has no event ending it.
        if (firstIndex < firstEvents.size() && secondIndex < secondEvents.size()
                && firstEvents.get(firstIndex).getClass() == secondEvents.get(secondIndex).getClass()) {
            matches.add(new int[] {firstIndex, secondIndex});
        }
    }

    /**
     * The longest chain of matches whose second indices rise with their first (a longest increasing
     * subsequence, found in n log n), in order.
     */
    private static List<int[]> longestOrderedChain(List<int[]> matches) {
        int[][] sorted = matches.stream().sorted((a, b) -> Integer.compare(a[0], b[0])).toArray(int[][]::new);
        int[] tailOfLength = new int[sorted.length];
        int[] previous = new int[sorted.length];
        int length = 0;
        for (int i = 0; i < sorted.length; i++) {
            int low = 0;
            int high = length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (sorted[tailOfLength[middle]][1] < sorted[i][1]) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            previous[i] = low > 0 ? tailOfLength[low - 1] : -1;
            tailOfLength[low] = i;
            length = Math.max(length, low + 1);
        }
        int[][] chain = new int[length][];
        for (int i = length == 0 ? -1 : tailOfLength[length - 1], at = length - 1; i >= 0; i = previous[i], at--) {
            chain[at] = sorted[i];
        }
        return Arrays.asList(chain);
    }

    /**
     * Appends a row for each drawn event of the first trace in [firstFrom, firstTo) and of the
     * second in [secondFrom, secondTo), none matched, merged by time, the first's first at a tie.
     */
    private static void unmatchedInTimeOrder(List<TraceEvent> firstEvents, int firstFrom, int firstTo,
                                             List<TraceEvent> secondEvents, int secondFrom, int secondTo,
                                             List<int[]> pairs) {
        int i = nextDrawn(firstEvents, firstFrom, firstTo);
        int j = nextDrawn(secondEvents, secondFrom, secondTo);
        while (i < firstTo || j < secondTo) {
            if (j >= secondTo || (i < firstTo && firstEvents.get(i).time() <= secondEvents.get(j).time())) {
                pairs.add(new int[] {i, GAP});
                i = nextDrawn(firstEvents, i + 1, firstTo);
            } else {
                pairs.add(new int[] {GAP, j});
                j = nextDrawn(secondEvents, j + 1, secondTo);
            }
        }
    }

    private static int nextDrawn(List<TraceEvent> events, int from, int to) {
        int index = from;
        while (index < to && !DiagramRows.drawn(events.get(index))) {
            index++;
        }
        return index;
    }

    /** The rows with the times each diagram draws them at and the rows inserted above them. */
    private static List<Row> placed(List<int[]> pairs, List<TraceEvent> firstEvents, List<TraceEvent> secondEvents) {
        long[] firstTimes = drawnTimes(pairs, 0, 1, firstEvents, secondEvents);
        long[] secondTimes = drawnTimes(pairs, 1, 0, secondEvents, firstEvents);
        List<Row> rows = new ArrayList<>(pairs.size());
        int inserted = 0;
        for (int k = 0; k < pairs.size(); k++) {
            if (k > 0 && (firstTimes[k] == firstTimes[k - 1] || secondTimes[k] == secondTimes[k - 1])) {
                inserted++;
            }
            rows.add(new Row(pairs.get(k)[0], pairs.get(k)[1], firstTimes[k], secondTimes[k], inserted));
        }
        return rows;
    }

    /**
     * When one diagram draws each row: its own event's time, or for a gap the other's time within
     * the times of its own events before and after, so that the times never run backwards.
     */
    private static long[] drawnTimes(List<int[]> pairs, int own, int other, List<TraceEvent> ownEvents,
                                     List<TraceEvent> otherEvents) {
        int count = pairs.size();
        long[] nextOwn = new long[count];
        long next = Long.MAX_VALUE;
        for (int k = count - 1; k >= 0; k--) {
            nextOwn[k] = next;
            if (pairs.get(k)[own] != GAP) {
                next = ownEvents.get(pairs.get(k)[own]).time();
            }
        }
        long[] times = new long[count];
        long previous = Long.MIN_VALUE;
        for (int k = 0; k < count; k++) {
            int index = pairs.get(k)[own];
            times[k] = index != GAP ? ownEvents.get(index).time()
                    : Math.max(previous, Math.min(otherEvents.get(pairs.get(k)[other]).time(), nextOwn[k]));
            previous = times[k];
        }
        return times;
    }

    /** Every row, top to bottom. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * The rows one trace's diagram inserts into its time axis, event by event: an event's row's
     * count, and for an event the diagram does not draw, that of the drawn event before it.
     */
    public DiagramRows diagramRows(boolean inFirst) {
        int[] rowAt = new int[inFirst ? firstEventCount : secondEventCount];
        int drawnUpTo = 0;
        int rowsSoFar = 0;
        for (Row row : rows) {
            int index = row.event(inFirst);
            if (index == GAP) {
                continue;
            }
            Arrays.fill(rowAt, drawnUpTo, index, rowsSoFar);
            rowAt[index] = row.insertedRows();
            rowsSoFar = row.insertedRows();
            drawnUpTo = index + 1;
        }
        Arrays.fill(rowAt, drawnUpTo, rowAt.length, rowsSoFar);
        int total = rows.isEmpty() ? 0 : rows.get(rows.size() - 1).insertedRows();
        return DiagramRows.of(rowAt, total);
    }

    /** The rows where one trace has a gap, top to bottom. */
    public List<Row> gaps(boolean inFirst) {
        return rows.stream().filter(row -> row.event(inFirst) == GAP).toList();
    }
}
