package tcplab.engine;

import java.util.Arrays;

/**
 * The simulator's agenda: a binary min-heap ordered by (time, insertion counter), so that events
 * due at the same microsecond happen in the order they were scheduled.
 */
final class EventQueue {

    /** Something due to happen. Fields a/b/segment mean what {@link #kind} says. */
    static final class Entry {
        long time;
        long order;
        int kind;
        Side side;
        int a;
        int b;
        Segment segment;
    }

    private Entry[] heap = new Entry[32];
    private int size;
    private long inserted;

    boolean isEmpty() {
        return size == 0;
    }

    /** Schedules an entry; returns it for the caller to fill in its payload. */
    Entry add(long time, int kind, Side side) {
        Entry e = new Entry();
        e.time = time;
        e.order = inserted++;
        e.kind = kind;
        e.side = side;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            Entry p = heap[parent];
            if (!before(e, p)) {
                break;
            }
            heap[at] = p;
            at = parent;
        }
        heap[at] = e;
        return e;
    }

    /** Removes and returns the earliest entry. */
    Entry poll() {
        Entry first = heap[0];
        Entry last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            int at = 0;
            while (true) {
                int child = 2 * at + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && before(heap[child + 1], heap[child])) {
                    child++;
                }
                if (!before(heap[child], last)) {
                    break;
                }
                heap[at] = heap[child];
                at = child;
            }
            heap[at] = last;
        }
        return first;
    }

    private static boolean before(Entry x, Entry y) {
        return x.time < y.time || (x.time == y.time && x.order < y.order);
    }
}
