package tcplab.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tcplab.engine.AppStep;
import tcplab.engine.AppStep.Action;
import tcplab.engine.AppStep.Trigger;
import tcplab.engine.ApplicationScript;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

/**
 * What the two applications of a recorded connection did, read back from its segments as a
 * program the simulator runs: the client connects, the server listens, and each new segment a
 * side sends with data, a FIN or a RST becomes a write, a close or an abort (a shutdown of the
 * sending half, where the side goes on taking in data after its FIN). Each step waits for
 * what came just before it at that side (the connection established, the peer's data read so
 * far, the peer's FIN, or its own previous step) and then for as long as the recording shows, so
 * the simulated applications answer what they receive as the recorded ones did.
 */
public final class CapturedApplications {

    private CapturedApplications() {
    }

    /** The applications' program that makes the segments of {@code trace}. */
    public static ApplicationScript of(Trace trace) {
        Map<Side, SideProgram> programs = new EnumMap<>(Side.class);
        programs.put(Side.CLIENT, new SideProgram(AppStep.then(Action.CONNECT)));
        programs.put(Side.SERVER, new SideProgram(AppStep.then(Action.LISTEN)));
        for (TraceEvent event : trace.events()) {
            if (event instanceof StateChanged change && change.to() == TcpState.ESTABLISHED) {
                programs.get(change.side()).established(change.time());
            } else if (event instanceof SegmentDelivered delivered) {
                Segment segment = delivered.segment();
                SideProgram receiver = programs.get(delivered.side());
                if (segment.length() > 0) {
                    long end = trace.relativeNumbers().seq(delivered.transmissionId(), segment) + segment.length() - 1;
                    receiver.read(end, delivered.time());
                }
                if (segment.has(Flag.FIN)) {
                    receiver.peerFin(delivered.time());
                }
            } else if (event instanceof SegmentSent sent && !sent.retransmission() && !sent.segment().has(Flag.SYN)) {
                programs.get(sent.side()).sent(sent.segment(), sent.time());
            }
        }
        return ApplicationScript.of(programs.get(Side.CLIENT).steps, programs.get(Side.SERVER).steps);
    }

    /** One side's program as it is read, with what its next step waits for. */
    private static final class SideProgram {
        final List<AppStep> steps = new ArrayList<>();
        Trigger trigger = Trigger.PREVIOUS;
        int triggerBytes;
        long triggerTime;
        long bytesRead;
        boolean closed;
        /** Where its close() is in the program, once it has closed. */
        int closeStep = -1;

        SideProgram(AppStep first) {
            steps.add(first);
        }

        void established(long time) {
            if (steps.size() == 1) {
                wait(Trigger.ESTABLISHED, 0, time);
            }
        }

        void read(long byteCount, long time) {
            if (closeStep >= 0 && steps.get(closeStep).action() == Action.CLOSE) {
                // Data still taken in after its FIN: it only shut down its sending half (a Linux host
                // that had called close() would have answered the data with RST).
                AppStep close = steps.get(closeStep);
                steps.set(closeStep, new AppStep(close.trigger(), close.triggerBytes(), close.delayMicros(),
                        Action.SHUTDOWN, 0));
            }
            if (byteCount > bytesRead) {
                bytesRead = byteCount;
                wait(Trigger.RECEIVED, (int) Math.min(Integer.MAX_VALUE, byteCount), time);
            }
        }

        void peerFin(long time) {
            wait(Trigger.PEER_FIN, 0, time);
        }

        private void wait(Trigger next, int bytes, long time) {
            trigger = next;
            triggerBytes = bytes;
            triggerTime = time;
        }

        void sent(Segment segment, long time) {
            if (closed) {
                return;
            }
            if (segment.length() > 0) {
                step(Action.WRITE, segment.length(), time);
            }
            if (segment.has(Flag.FIN) || segment.has(Flag.RST)) {
                step(segment.has(Flag.RST) ? Action.ABORT : Action.CLOSE, 0, time);
                closed = true;
                closeStep = steps.size() - 1;
            }
        }

        private void step(Action action, int bytes, long time) {
            steps.add(new AppStep(trigger, triggerBytes, Math.max(0, time - triggerTime), action, bytes));
            wait(Trigger.PREVIOUS, 0, time);
        }
    }
}
