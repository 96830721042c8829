package tcplab.engine;

/**
 * Which of an endpoint's timers run. Every arming gets a new generation number; the agenda keeps
 * the expiry of each arming, and only the expiry of a timer's latest arming, still running, is
 * taken ({@link #expire}). Cancelling or re-arming a timer thus needs no search through the agenda.
 */
final class EndpointTimers {

    private static final int KINDS = TimerKind.values().length;

    private final int[] generation = new int[KINDS];
    private final boolean[] running = new boolean[KINDS];

    /** Starts (or restarts) {@code kind}; returns the generation its expiry must carry. */
    int arm(TimerKind kind) {
        running[kind.ordinal()] = true;
        return ++generation[kind.ordinal()];
    }

    /** Stops {@code kind}; returns whether it was running. */
    boolean cancel(TimerKind kind) {
        int k = kind.ordinal();
        if (!running[k]) {
            return false;
        }
        running[k] = false;
        generation[k]++;
        return true;
    }

    boolean isRunning(TimerKind kind) {
        return running[kind.ordinal()];
    }

    /**
     * An expiry of {@code kind} armed as {@code armedGeneration} is due: returns whether it is the
     * running timer's (which then stops), not one cancelled or re-armed since.
     */
    boolean expire(TimerKind kind, int armedGeneration) {
        int k = kind.ordinal();
        if (!running[k] || generation[k] != armedGeneration) {
            return false;
        }
        running[k] = false;
        return true;
    }
}
