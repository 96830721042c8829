package tcplab.engine;

import java.util.ArrayList;
import java.util.List;

/** Records every event of a run as a {@link TraceEvent}, in the order they happen. */
final class TraceRecorder implements EventSink {

    private final List<TraceEvent> events = new ArrayList<>(128);

    List<TraceEvent> events() {
        return events;
    }

    @Override
    public void sent(long time, Side sender, int transmissionId, int ordinal, Segment segment, boolean retransmission,
                     boolean oldDuplicate) {
        events.add(new SegmentSent(time, sender, transmissionId, ordinal, segment, retransmission, oldDuplicate));
    }

    @Override
    public void delivered(long time, Side receiver, int transmissionId, Segment segment) {
        events.add(new SegmentDelivered(time, receiver, transmissionId, segment));
    }

    @Override
    public void dropped(long time, Side sender, int transmissionId, Segment segment, DropCause cause) {
        events.add(new SegmentDropped(time, sender, transmissionId, segment, cause));
    }

    @Override
    public void duplicated(long time, Side sender, int transmissionId, int copyId, Segment segment) {
        events.add(new SegmentDuplicated(time, sender, transmissionId, copyId, segment));
    }

    @Override
    public void stateChanged(long time, Side side, TcpState from, TcpState to) {
        events.add(new StateChanged(time, side, from, to));
    }

    @Override
    public void timerArmed(long time, Side side, TimerKind kind, long expiresAt, int attempt) {
        events.add(new TimerArmed(time, side, kind, expiresAt, attempt));
    }

    @Override
    public void timerFired(long time, Side side, TimerKind kind) {
        events.add(new TimerFired(time, side, kind));
    }

    @Override
    public void timerCancelled(long time, Side side, TimerKind kind) {
        events.add(new TimerCancelled(time, side, kind));
    }

    @Override
    public void app(long time, Side side, AppAction action, int bytes) {
        events.add(new AppCall(time, side, action, bytes));
    }
}
