package tcplab.engine;

import java.util.Arrays;

/**
 * The simulator's agenda: a binary min-heap ordered by (time, insertion counter), so that events
 * due at the same microsecond happen in the order they were scheduled. Times and counters live in
 * arrays beside the events, so scheduling allocates nothing but the event itself.
 *
 * <p>The insertion counter is an {@code int} compared as sequence numbers are, by the sign of the
 * difference: it may wrap, since the entries waiting at one time are never 2^31 insertions apart.
 */
final class EventQueue {

    /** Ample for a lesson: a handshake with loss holds at most nine entries at once. */
    private static final int INITIAL_CAPACITY = 16;

    private long[] times = new long[INITIAL_CAPACITY];
    private int[] orders = new int[INITIAL_CAPACITY];
    private ScheduledEvent[] events = new ScheduledEvent[INITIAL_CAPACITY];
    private int size;
    private int inserted;

    boolean isEmpty() {
        return size == 0;
    }

    /** Schedules {@code event} at {@code time}. */
    void add(long time, ScheduledEvent event) {
        if (size == events.length) {
            times = Arrays.copyOf(times, size * 2);
            orders = Arrays.copyOf(orders, size * 2);
            events = Arrays.copyOf(events, size * 2);
        }
        int order = inserted++;
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            if (!before(time, order, parent)) {
                break;
            }
            move(parent, at);
            at = parent;
        }
        put(at, time, order, event);
    }

    /** The time of the earliest entry; only when not {@link #isEmpty()}. */
    long earliestTime() {
        return times[0];
    }

    /** Removes and returns the earliest entry. */
    ScheduledEvent poll() {
        ScheduledEvent first = events[0];
        int last = --size;
        long lastTime = times[last];
        int lastOrder = orders[last];
        ScheduledEvent lastEvent = events[last];
        events[last] = null;
        if (size > 0) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && before(times[child + 1], orders[child + 1], child)) {
                    child++;
                }
                if (!before(times[child], orders[child], lastTime, lastOrder)) {
                    break;
                }
                move(child, at);
                at = child;
            }
            put(at, lastTime, lastOrder, lastEvent);
        }
        return first;
    }

    private void move(int from, int to) {
        times[to] = times[from];
        orders[to] = orders[from];
        events[to] = events[from];
    }

    private void put(int at, long time, int order, ScheduledEvent event) {
        times[at] = time;
        orders[at] = order;
        events[at] = event;
    }

    private boolean before(long time, int order, int slot) {
        return before(time, order, times[slot], orders[slot]);
    }

    private static boolean before(long time, int order, long otherTime, int otherOrder) {
        return time < otherTime || (time == otherTime && order - otherOrder < 0);
    }
}
