package tcplab.engine;

import java.util.Objects;

/**
 * One step of an application's program: when {@code trigger} holds, wait {@code delayMicros},
 * then do {@code action}. Steps run in order; a step waits until the one before it has run.
 * Triggers look at the side's current connection, so a program composes with loss and delay:
 * "write the reply after reading the request" happens whenever the request gets through.
 *
 * @param trigger      what the step waits for
 * @param triggerBytes for {@link Trigger#RECEIVED}, how many bytes must have been read on the
 *                     current connection; else 0
 * @param delayMicros  how long after the trigger the action happens (for the first step with
 *                     {@link Trigger#PREVIOUS}: the time since the run started)
 * @param action       what the application does
 * @param bytes        for {@link Action#WRITE}, how many bytes it writes; else 0
 */
public record AppStep(Trigger trigger, int triggerBytes, long delayMicros, Action action, int bytes) {

    /** What a step waits for. */
    public enum Trigger {
        /** Nothing: the previous step has run (or the run has started). */
        PREVIOUS,
        /** The current connection has reached ESTABLISHED. */
        ESTABLISHED,
        /** The application has read at least {@code triggerBytes} bytes on the current connection. */
        RECEIVED,
        /** The peer's FIN has arrived on the current connection (the peer has closed its side). */
        PEER_FIN,
        /** The current connection has ended: the endpoint is CLOSED again. */
        CLOSED
    }

    /**
     * What an application asks of its socket. A call the connection's state does not allow (a
     * write after close, a connect while connected) is skipped, as a socket call would fail.
     */
    public enum Action {
        /** Passive open: wait for a SYN. */
        LISTEN,
        /** Active open: send a SYN. */
        CONNECT,
        /** Send {@code bytes} bytes of data. */
        WRITE,
        /**
         * close(): the application is done with the socket. RFC 9293's CLOSE: a FIN follows the data
         * written before. On Linux the socket is then orphaned: it no longer receives (data arriving
         * later is answered with RST) and FIN-WAIT-2 ends after {@code tcp_fin_timeout}.
         */
        CLOSE,
        /**
         * shutdown(SHUT_WR): a half-close. A FIN follows the data written before, and the
         * application goes on reading until the peer's FIN.
         */
        SHUTDOWN,
        /**
         * close() with SO_LINGER set to 0 seconds: the connection is aborted with RST instead of
         * closed with FIN (RFC 9293's ABORT); unsent data is discarded and there is no TIME-WAIT.
         */
        ABORT,
        /**
         * The host crashes and starts again (RFC 9293 3.5.1): every connection's state is lost
         * at once and nothing is sent, so a peer is left with a half-open connection. The
         * program goes on as the restarted application.
         */
        RESTART
    }

    public AppStep {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(action, "action");
        if (delayMicros < 0) {
            throw new IllegalArgumentException("a step's delay must not be negative: " + delayMicros);
        }
        if ((trigger == Trigger.RECEIVED) != (triggerBytes > 0)) {
            throw new IllegalArgumentException(
                    "only a RECEIVED trigger, and every one, names a byte count: " + triggerBytes);
        }
        if ((action == Action.WRITE) != (bytes > 0)) {
            throw new IllegalArgumentException("only a WRITE, and every one, names a byte count: " + bytes);
        }
    }

    /** {@code action} as soon as the previous step has run. */
    public static AppStep then(Action action) {
        return new AppStep(Trigger.PREVIOUS, 0, 0, action, 0);
    }

    /** {@code action} as soon as {@code trigger} holds. */
    public static AppStep on(Trigger trigger, Action action) {
        return new AppStep(trigger, 0, 0, action, 0);
    }

    /** Write {@code bytes} bytes as soon as {@code trigger} holds. */
    public static AppStep writeOn(Trigger trigger, int bytes) {
        return new AppStep(trigger, 0, 0, Action.WRITE, bytes);
    }

    /** {@code action} once at least {@code readBytes} bytes have been read on the current connection. */
    public static AppStep onReceived(int readBytes, Action action) {
        return new AppStep(Trigger.RECEIVED, readBytes, 0, action, 0);
    }

    /** Write {@code bytes} bytes once at least {@code readBytes} bytes have been read on the current connection. */
    public static AppStep writeOnReceived(int readBytes, int bytes) {
        return new AppStep(Trigger.RECEIVED, readBytes, 0, Action.WRITE, bytes);
    }

    /** This step, {@code micros} later than its trigger. */
    public AppStep delayedBy(long micros) {
        return new AppStep(trigger, triggerBytes, micros, action, bytes);
    }
}
