package tcplab.playback;

import java.util.List;
import tcplab.engine.SegmentEvent;
import tcplab.engine.StateChanged;
import tcplab.engine.TraceEvent;

/**
 * The rows the sequence diagram inserts into its time axis so that what happens in one instant is
 * drawn apart: each segment leaving, arriving or being lost, and each state change, after the first
 * of its instant, moves everything after it one row down. Segments sent together so become
 * parallel arrows, each with its own label, and states entered in one instant are written one
 * under another, in the order they happened.
 */
public final class DiagramRows {

    /** For each event, the rows inserted up to and including it. */
    private final int[] rowAt;

    private DiagramRows(int[] rowAt) {
        this.rowAt = rowAt;
    }

    /** The rows for a trace's events, which are in time order. */
    public static DiagramRows of(List<TraceEvent> events) {
        int[] rowAt = new int[events.size()];
        int rows = 0;
        long instant = Long.MIN_VALUE;
        boolean drawnInInstant = false;
        for (int i = 0; i < events.size(); i++) {
            TraceEvent event = events.get(i);
            if (event.time() != instant) {
                instant = event.time();
                drawnInInstant = false;
            }
            if (drawn(event)) {
                if (drawnInInstant) {
                    rows++;
                }
                drawnInInstant = true;
            }
            rowAt[i] = rows;
        }
        return new DiagramRows(rowAt);
    }

    private static boolean drawn(TraceEvent event) {
        return event instanceof SegmentEvent || event instanceof StateChanged;
    }

    /** The row of the event at {@code eventIndex}: how many rows were inserted above it. */
    public int row(int eventIndex) {
        return rowAt.length == 0 ? 0 : rowAt[Math.max(0, Math.min(eventIndex, rowAt.length - 1))];
    }

    /** The row of a position: that of the last event that happened, 0 before any. */
    public int row(Position position) {
        return position.applied() == 0 ? 0 : row(position.applied() - 1);
    }

    /** Every row inserted in the whole trace. */
    public int total() {
        return rowAt.length == 0 ? 0 : rowAt[rowAt.length - 1];
    }
}
