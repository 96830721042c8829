package tcplab.engine;

import java.util.List;

/**
 * What the two applications (and their hosts) do during a run, as data: a program of
 * {@link AppStep}s per side. A server with no {@link AppStep.Action#LISTEN} step has no listener
 * on its port, so its host answers a SYN with RST.
 *
 * @param client          the client application's steps, in order
 * @param server          the server application's steps, in order
 * @param serverSilent    the server host never answers (it is down, or a firewall drops
 *                        everything): segments reach it and vanish
 * @param timeWaitSkipped a deliberately non-compliant stack whose TIME-WAIT lasts zero time
 *                        instead of 2 MSL, to show the harm RFC 9293 MUST-13 prevents
 * @param oldSyns         SYNs the hosts sent in earlier connections, still in the network, that
 *                        reach the link during the run
 */
public record ApplicationScript(List<AppStep> client, List<AppStep> server, boolean serverSilent,
                                boolean timeWaitSkipped, List<OldDuplicateSyn> oldSyns) {

    public ApplicationScript {
        client = List.copyOf(client);
        server = List.copyOf(server);
        oldSyns = List.copyOf(oldSyns);
    }

    /** Hosts without old SYNs in the network. */
    public ApplicationScript(List<AppStep> client, List<AppStep> server, boolean serverSilent,
                             boolean timeWaitSkipped) {
        this(client, server, serverSilent, timeWaitSkipped, List.of());
    }

    /** The same programs, with the given old SYNs reaching the link. */
    public ApplicationScript withOldSyns(OldDuplicateSyn... syns) {
        return new ApplicationScript(client, server, serverSilent, timeWaitSkipped, List.of(syns));
    }

    /** Compliant hosts that answer, running the given programs. */
    public static ApplicationScript of(List<AppStep> client, List<AppStep> server) {
        return new ApplicationScript(client, server, false, false);
    }

    /** The program of one side. */
    public List<AppStep> steps(Side side) {
        return side == Side.CLIENT ? client : server;
    }
}
