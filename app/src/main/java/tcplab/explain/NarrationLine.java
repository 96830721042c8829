package tcplab.explain;

import java.util.List;
import tcplab.i18n.Message;

/**
 * One sentence of a run's narration, beginning with its time.
 *
 * @param events   the indices of the trace events it tells, in order: one event, or an event and
 *                 the state change it caused in the same instant
 * @param sentence the sentence, not yet in any language
 */
public record NarrationLine(List<Integer> events, Message sentence) {

    public NarrationLine {
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a line tells at least one event");
        }
    }

    /** Whether this line tells the trace's event at {@code eventIndex}. */
    public boolean tells(int eventIndex) {
        return events.contains(eventIndex);
    }
}
