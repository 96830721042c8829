package tcplab.engine;

/** Counts a run's events and notes the moments a {@link RunOutcome} reports; builds no events. */
final class OutcomeRecorder implements EventSink {

    private int events;
    private long clientConnectAt = RunOutcome.NEVER;
    private long clientEstablishedAt = RunOutcome.NEVER;
    private long serverEstablishedAt = RunOutcome.NEVER;

    RunOutcome outcome(TcpState clientFinal, TcpState serverFinal, long endTime) {
        return new RunOutcome(clientConnectAt, clientEstablishedAt, serverEstablishedAt,
                clientFinal, serverFinal, endTime, events);
    }

    @Override
    public void sent(long time, Side sender, int transmissionId, int ordinal, Segment segment, boolean retransmission,
                     boolean oldDuplicate) {
        events++;
    }

    @Override
    public void delivered(long time, Side receiver, int transmissionId, Segment segment) {
        events++;
    }

    @Override
    public void dropped(long time, Side sender, int transmissionId, Segment segment, DropCause cause) {
        events++;
    }

    @Override
    public void duplicated(long time, Side sender, int transmissionId, int copyId, Segment segment) {
        events++;
    }

    @Override
    public void stateChanged(long time, Side side, TcpState from, TcpState to) {
        events++;
        if (to == TcpState.ESTABLISHED) {
            if (side == Side.CLIENT && clientEstablishedAt == RunOutcome.NEVER) {
                clientEstablishedAt = time;
            } else if (side == Side.SERVER && serverEstablishedAt == RunOutcome.NEVER) {
                serverEstablishedAt = time;
            }
        }
    }

    @Override
    public void timerArmed(long time, Side side, TimerKind kind, long expiresAt, int attempt) {
        events++;
    }

    @Override
    public void timerFired(long time, Side side, TimerKind kind) {
        events++;
    }

    @Override
    public void timerCancelled(long time, Side side, TimerKind kind) {
        events++;
    }

    @Override
    public void app(long time, Side side, AppAction action, int bytes) {
        events++;
        if (action == AppAction.CONNECT && side == Side.CLIENT && clientConnectAt == RunOutcome.NEVER) {
            clientConnectAt = time;
        }
    }
}
