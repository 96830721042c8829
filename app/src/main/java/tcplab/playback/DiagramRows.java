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
    /** Every row inserted, down to the end of the diagram. */
    private final int total;

    private DiagramRows(int[] rowAt, int total) {
        this.rowAt = rowAt;
        this.total = total;
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
        return new DiagramRows(rowAt, rows);
    }

    /**
     * Rows decided elsewhere, for a diagram drawn beside another whose rows it shares (a
     * comparison): {@code rowAt} for each event, not decreasing, and {@code total} down to the end
     * of the diagram, at least the last event's.
     */
    public static DiagramRows of(int[] rowAt, int total) {
        for (int i = 0; i < rowAt.length; i++) {
            if (rowAt[i] < (i == 0 ? 0 : rowAt[i - 1])) {
                throw new IllegalArgumentException("rows decrease at event " + i);
            }
        }
        if (rowAt.length > 0 && total < rowAt[rowAt.length - 1]) {
            throw new IllegalArgumentException("total " + total + " below the last event's row");
        }
        return new DiagramRows(rowAt.clone(), total);
    }

    /** Whether the sequence diagram draws the event: a segment event or a state change. */
    public static boolean drawn(TraceEvent event) {
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
        return total;
    }
}
