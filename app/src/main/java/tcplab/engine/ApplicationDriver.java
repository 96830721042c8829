package tcplab.engine;

import java.util.List;

/**
 * Runs an application's program ({@link AppStep}s) against its socket: each step waits for its
 * trigger and its delay, then the socket performs it. The driver keeps what the triggers look at
 * on the current connection; the socket tells it as those things happen.
 */
final class ApplicationDriver {

    /** The endpoint as the program sees it. */
    interface Socket {

        /** Makes the call a step names. */
        void perform(AppStep step);

        /** Asks for {@link ApplicationDriver#runScheduledStep()} after {@code delayMicros}. */
        void scheduleStep(long delayMicros);
    }

    private final List<AppStep> program;
    private final Socket socket;
    private int next;
    private boolean stepScheduled;
    private boolean stopped;

    // What the triggers look at, on the current connection.
    private boolean established;
    private int readBytes;
    private boolean peerFinReceived;
    private boolean connectionEnded;

    ApplicationDriver(List<AppStep> program, Socket socket) {
        this.program = program;
        this.socket = socket;
    }

    /** Runs every step whose trigger holds, in order, until one waits (or has a delay). */
    void drive() {
        while (!stopped && !stepScheduled && next < program.size()) {
            AppStep step = program.get(next);
            if (!triggered(step)) {
                return;
            }
            if (step.delayMicros() > 0) {
                stepScheduled = true;
                socket.scheduleStep(step.delayMicros());
                return;
            }
            next++;
            socket.perform(step);
        }
    }

    /** The delay of the step {@link #drive()} scheduled has passed: it runs, unless the program stopped. */
    void runScheduledStep() {
        stepScheduled = false;
        if (!stopped) {
            socket.perform(program.get(next++));
        }
    }

    /** The connection was aborted under the application: it runs no more steps. */
    void stop() {
        stopped = true;
    }

    /** A new connection (or listen) starts: the triggers look at it from now on. */
    void connectionStarted() {
        established = false;
        readBytes = 0;
        peerFinReceived = false;
        connectionEnded = false;
    }

    void established() {
        established = true;
    }

    void read(int bytes) {
        readBytes += bytes;
    }

    void peerFinReceived() {
        peerFinReceived = true;
    }

    /** The connection has ended: its endpoint is CLOSED. */
    void connectionEnded() {
        connectionEnded = true;
    }

    private boolean triggered(AppStep step) {
        return switch (step.trigger()) {
            case PREVIOUS -> true;
            case ESTABLISHED -> established;
            case RECEIVED -> readBytes >= step.triggerBytes();
            case PEER_FIN -> peerFinReceived;
            case CLOSED -> connectionEnded;
        };
    }
}
