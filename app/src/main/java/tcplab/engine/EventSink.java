package tcplab.engine;

/**
 * Where a run reports what happens, as plain values: the trace recorder turns them into
 * {@link TraceEvent}s, the outcome recorder only counts and watches states, so a sweep of
 * thousands of runs builds no event objects.
 */
interface EventSink {

    void sent(long time, Side sender, int transmissionId, int ordinal, Segment segment, boolean retransmission,
              boolean oldDuplicate);

    void delivered(long time, Side receiver, int transmissionId, Segment segment);

    void dropped(long time, Side sender, int transmissionId, Segment segment, DropCause cause);

    void duplicated(long time, Side sender, int transmissionId, int copyId, Segment segment);

    void stateChanged(long time, Side side, TcpState from, TcpState to);

    void timerArmed(long time, Side side, TimerKind kind, long expiresAt, int attempt);

    void timerFired(long time, Side side, TimerKind kind);

    void timerCancelled(long time, Side side, TimerKind kind);

    void app(long time, Side side, AppAction action, int bytes);
}
