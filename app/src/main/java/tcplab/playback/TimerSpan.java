package tcplab.playback;

import tcplab.engine.Side;
import tcplab.engine.TimerKind;

/**
 * One run of a timer: started by the event at {@code armedIndex}, running until the event at
 * {@code stoppedIndex} (it fired, was cancelled or restarted), or to the end of the trace.
 */
record TimerSpan(Side side, TimerKind kind, long armedAt, long expiresAt, int attempt,
                 int armedIndex, int stoppedIndex) {
}
