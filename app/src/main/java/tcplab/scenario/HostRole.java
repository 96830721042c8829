package tcplab.scenario;

import tcplab.engine.AppStep;
import tcplab.engine.ApplicationScript;
import tcplab.engine.Side;

/**
 * What a host does in a lesson, read from its script: the window names it under the host, so
 * a server that opens at the same time as the client, or has no listener, is not called "waiting".
 */
public enum HostRole {
    /** Opens the connection (active open). */
    CONNECTS,
    /** Opens it at the same time as its peer (simultaneous open). */
    CONNECTS_SIMULTANEOUSLY,
    /** Waits for connections (passive open). */
    LISTENS,
    /** Has no program listening on the port: a SYN is answered with RST. */
    NO_LISTENER,
    /** Does not answer at all: the host is down or a firewall drops everything. */
    SILENT;

    /** The role of {@code side} in {@code script}. */
    public static HostRole of(ApplicationScript script, Side side) {
        if (side == Side.SERVER && script.serverSilent()) {
            return SILENT;
        }
        boolean connects = does(script, side, AppStep.Action.CONNECT);
        if (connects) {
            return does(script, side.peer(), AppStep.Action.CONNECT) ? CONNECTS_SIMULTANEOUSLY : CONNECTS;
        }
        return does(script, side, AppStep.Action.LISTEN) ? LISTENS : NO_LISTENER;
    }

    private static boolean does(ApplicationScript script, Side side, AppStep.Action action) {
        return script.steps(side).stream().anyMatch(step -> step.action() == action);
    }
}
