package tcplab.view;

import tcplab.engine.Trace;

/**
 * A trace a {@link TraceSource} gives the playback.
 *
 * @param trace     the trace
 * @param revision  whether it revises the trace before (the learner changed a setting), so the
 *                  playback stays at its time; if not, a new lesson begins at its start
 */
public record PublishedTrace(Trace trace, boolean revision) {
}
