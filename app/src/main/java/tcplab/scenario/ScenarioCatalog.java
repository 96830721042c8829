package tcplab.scenario;

import static tcplab.engine.AppStep.Action.ABORT;
import static tcplab.engine.AppStep.Action.CLOSE;
import static tcplab.engine.AppStep.Action.CONNECT;
import static tcplab.engine.AppStep.Action.LISTEN;
import static tcplab.engine.AppStep.Action.RESTART;
import static tcplab.engine.AppStep.Action.SHUTDOWN;
import static tcplab.engine.AppStep.Trigger.CLOSED;
import static tcplab.engine.AppStep.Trigger.ESTABLISHED;
import static tcplab.engine.AppStep.Trigger.PEER_FIN;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import tcplab.engine.AppStep;
import tcplab.engine.ApplicationScript;
import tcplab.engine.FaultAction;
import tcplab.engine.Flag;
import tcplab.engine.LinkSettings;
import tcplab.engine.LinuxSetting;
import tcplab.engine.LinuxSettings;
import tcplab.engine.OldDuplicateSyn;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;

/**
 * The lessons the lab offers, as data. Every lesson runs a small request/reply exchange (a
 * {@value #REQUEST}-byte request, a {@value #REPLY}-byte reply, longer in {@code syn-options}),
 * on a calm link of 50 ms each way except {@code long-delay}, and differs from the first in what
 * its applications and hosts do, in the segment a scripted fault aims at, in an old SYN of an
 * earlier connection still in the network, or in its link. Titles and summaries are the i18n keys
 * {@code scenario.<id>.title} and {@code scenario.<id>.summary}.
 */
public final class ScenarioCatalog {

    /** Bytes of the client's request (a short HTTP GET). */
    public static final int REQUEST = 64;
    /** Bytes of the server's reply. */
    public static final int REPLY = 512;

    private static final long MS = 1_000;

    /** Connect, send the request at once, close a moment after reading the reply. */
    private static final List<AppStep> CLIENT_CLOSES = clientCloses(REPLY);

    /** Listen, answer the request, close once the client has closed. */
    private static final List<AppStep> SERVER_ANSWERS = serverAnswers(REPLY);

    private static final ApplicationScript REQUEST_REPLY = ApplicationScript.of(CLIENT_CLOSES, SERVER_ANSWERS);

    /** A client whose SYNs reach a host that never answers. */
    private static final ApplicationScript UNANSWERED = new ApplicationScript(List.of(AppStep.then(CONNECT)), List.of(),
            true, false);

    /** A long link: 600 ms each way, so the round trip outlasts the initial 1 s RTO. */
    private static final LinkSettings SLOW = new LinkSettings(600 * MS, 0, 0, 0, 0);

    /**
     * The first reply of the server lingers in the network for 1.4 s more; the server's
     * retransmission gets the data through, and the lingering original arrives 1.6 s after the
     * start as an old duplicate: in TIME-WAIT under both profiles, or, with TIME-WAIT skipped,
     * while the second connection waits for its reply.
     */
    private static final ScriptedFault OLD_REPLY_DELAYED = new ScriptedFault(Side.SERVER,
            Optional.of(EnumSet.of(Flag.PSH, Flag.ACK)), 1, FaultAction.DELAY, 1_400 * MS);

    /** Bytes of the longer reply of {@code syn-options}: more than two segments of the announced MSS. */
    private static final int LONG_REPLY = 4_000;

    /**
     * As {@link #OLD_REPLY_DELAYED}, held 5 s: it arrives when the first connection has closed on
     * both sides, the lost last ACK made good, and the client is in TIME-WAIT under both profiles.
     */
    private static final ScriptedFault OLD_REPLY_HELD_LONG = new ScriptedFault(Side.SERVER,
            Optional.of(EnumSet.of(Flag.PSH, Flag.ACK)), 1, FaultAction.DELAY, 5_000 * MS);

    private static final List<Scenario> ALL = List.of(
            calm("handshake", REQUEST_REPLY),
            calm("server-close", ApplicationScript.of(
                    List.of(AppStep.then(CONNECT),
                            AppStep.writeOn(ESTABLISHED, REQUEST),
                            AppStep.on(PEER_FIN, CLOSE)),
                    List.of(AppStep.then(LISTEN),
                            AppStep.writeOnReceived(REQUEST, REPLY),
                            AppStep.then(CLOSE).delayedBy(100 * MS)))),
            calm("syn-lost", REQUEST_REPLY, drop(Side.CLIENT, 1, Flag.SYN)),
            calm("synack-lost", REQUEST_REPLY, drop(Side.SERVER, 1, Flag.SYN, Flag.ACK)),
            calm("ack-lost", ApplicationScript.of(
                    List.of(AppStep.then(CONNECT),
                            AppStep.writeOn(ESTABLISHED, REQUEST).delayedBy(2_000 * MS),
                            AppStep.onReceived(REPLY, CLOSE).delayedBy(100 * MS)),
                    SERVER_ANSWERS), drop(Side.CLIENT, 1, Flag.ACK)),
            calm("ack-lost-data", REQUEST_REPLY, drop(Side.CLIENT, 1, Flag.ACK)),
            calm("fin-lost", REQUEST_REPLY, drop(Side.CLIENT, 1, Flag.FIN, Flag.ACK)),
            calm("last-ack-lost", REQUEST_REPLY, drop(Side.CLIENT, 3, Flag.ACK)),
            calm("closed-port", ApplicationScript.of(List.of(AppStep.then(CONNECT)), List.of())),
            calm("no-answer", UNANSWERED),
            new Scenario("syn-retries-2", UNANSWERED, LinkSettings.CALM, LinkSettings.CALM, List.of(),
                    LinuxSettings.DEFAULTS.with(LinuxSetting.TCP_SYN_RETRIES, 2)),
            calm("simultaneous-open", ApplicationScript.of(
                    List.of(AppStep.then(CONNECT),
                            AppStep.writeOn(ESTABLISHED, REQUEST),
                            AppStep.onReceived(REPLY, CLOSE).delayedBy(100 * MS)),
                    List.of(AppStep.then(CONNECT),
                            AppStep.writeOnReceived(REQUEST, REPLY),
                            AppStep.on(PEER_FIN, CLOSE)))),
            calm("simultaneous-close", ApplicationScript.of(
                    List.of(AppStep.then(CONNECT),
                            AppStep.writeOn(ESTABLISHED, REQUEST),
                            AppStep.onReceived(REPLY, CLOSE)),
                    // The reply takes 50 ms to arrive: closing 50 ms after sending it makes both FINs leave together.
                    List.of(AppStep.then(LISTEN),
                            AppStep.writeOnReceived(REQUEST, REPLY),
                            AppStep.then(CLOSE).delayedBy(50 * MS)))),
            calm("half-close", ApplicationScript.of(
                    List.of(AppStep.then(CONNECT),
                            AppStep.writeOn(ESTABLISHED, REQUEST),
                            AppStep.then(SHUTDOWN)),
                    List.of(AppStep.then(LISTEN),
                            AppStep.writeOn(PEER_FIN, REPLY).delayedBy(200 * MS),
                            AppStep.then(CLOSE).delayedBy(100 * MS)))),
            // The server reads the client's FIN and closes 200 ms later: its delayed ACK (40 ms) goes alone.
            calm("late-close", ApplicationScript.of(CLIENT_CLOSES,
                    List.of(AppStep.then(LISTEN),
                            AppStep.writeOnReceived(REQUEST, REPLY),
                            AppStep.on(PEER_FIN, CLOSE).delayedBy(200 * MS)))),
            // The server's application forgets to close for 75 s, longer than tcp_fin_timeout (60 s).
            calm("fin-wait-2-timeout", ApplicationScript.of(CLIENT_CLOSES,
                    List.of(AppStep.then(LISTEN),
                            AppStep.writeOnReceived(REQUEST, REPLY),
                            AppStep.on(PEER_FIN, CLOSE).delayedBy(75_000 * MS)))),
            calm("abort", ApplicationScript.of(
                    List.of(AppStep.then(CONNECT),
                            AppStep.writeOn(ESTABLISHED, REQUEST),
                            AppStep.onReceived(REPLY, ABORT).delayedBy(100 * MS)),
                    SERVER_ANSWERS)),
            calm("old-duplicate", twoConnections(false), OLD_REPLY_DELAYED),
            calm("old-duplicate-no-time-wait", twoConnections(true), OLD_REPLY_DELAYED),
            new Scenario("long-delay", REQUEST_REPLY, SLOW, SLOW, List.of()),
            // The client connects 10 ms after an old SYN of its own enters the link; its new SYN is held
            // 200 ms on the way, so the old one's SYN+ACK and the client's RST go first (RFC 9293 Figure 8).
            calm("old-duplicate-syn", ApplicationScript.of(
                    List.of(AppStep.then(CONNECT).delayedBy(10 * MS),
                            AppStep.writeOn(ESTABLISHED, REQUEST),
                            AppStep.onReceived(REPLY, CLOSE).delayedBy(100 * MS)),
                    SERVER_ANSWERS).withOldSyns(new OldDuplicateSyn(Side.CLIENT, 0, 10)),
                    new ScriptedFault(Side.CLIENT, Optional.of(EnumSet.of(Flag.SYN)), 2, FaultAction.DELAY, 200 * MS)),
            // The server host restarts 500 ms after its reply and listens again 300 ms later; the client,
            // still ESTABLISHED, sends its second request 2 s after the first reply (RFC 9293 Figure 11).
            calm("half-open", ApplicationScript.of(
                    List.of(AppStep.then(CONNECT),
                            AppStep.writeOn(ESTABLISHED, REQUEST),
                            AppStep.writeOnReceived(REPLY, REQUEST).delayedBy(2_000 * MS)),
                    List.of(AppStep.then(LISTEN),
                            AppStep.writeOnReceived(REQUEST, REPLY),
                            AppStep.then(RESTART).delayedBy(500 * MS),
                            AppStep.then(LISTEN).delayedBy(300 * MS)))),
            calm("syn-options", ApplicationScript.of(clientCloses(LONG_REPLY), serverAnswers(LONG_REPLY))),
            // Both reasons for TIME-WAIT in one run: the client's last ACK is lost, so the server's FIN comes
            // again; the server's first reply, held 5 s, arrives in TIME-WAIT. Linux here ignores the RST
            // that the client's answer to it draws (tcp_rfc1337 = 1), so the second connection waits.
            new Scenario("time-wait-why", twoConnections(false), LinkSettings.CALM, LinkSettings.CALM,
                    List.of(drop(Side.CLIENT, 3, Flag.ACK), OLD_REPLY_HELD_LONG),
                    LinuxSettings.DEFAULTS.with(LinuxSetting.TCP_RFC1337, 1)));

    private ScenarioCatalog() {
    }

    /** Every scenario, in the order a course would take them. */
    public static List<Scenario> all() {
        return ALL;
    }

    /** The scenario with the given id. */
    public static Optional<Scenario> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * Two request/reply connections on the same address/port pair, one after the other; the
     * server takes its time over the second reply.
     */
    private static ApplicationScript twoConnections(boolean timeWaitSkipped) {
        return new ApplicationScript(
                List.of(AppStep.then(CONNECT),
                        AppStep.writeOn(ESTABLISHED, REQUEST),
                        AppStep.onReceived(REPLY, CLOSE),
                        AppStep.on(CLOSED, CONNECT),
                        AppStep.writeOn(ESTABLISHED, REQUEST),
                        AppStep.onReceived(REPLY, CLOSE).delayedBy(100 * MS)),
                List.of(AppStep.then(LISTEN),
                        AppStep.writeOnReceived(REQUEST, REPLY),
                        AppStep.on(PEER_FIN, CLOSE),
                        AppStep.on(CLOSED, LISTEN),
                        AppStep.writeOnReceived(REQUEST, REPLY).delayedBy(1_000 * MS),
                        AppStep.on(PEER_FIN, CLOSE)),
                false, timeWaitSkipped);
    }

    /** Connect, send the request at once, close a moment after reading a reply of {@code replyBytes}. */
    private static List<AppStep> clientCloses(int replyBytes) {
        return List.of(
                AppStep.then(CONNECT),
                AppStep.writeOn(ESTABLISHED, REQUEST),
                AppStep.onReceived(replyBytes, CLOSE).delayedBy(100 * MS));
    }

    /** Listen, answer the request with {@code replyBytes}, close once the client has closed. */
    private static List<AppStep> serverAnswers(int replyBytes) {
        return List.of(
                AppStep.then(LISTEN),
                AppStep.writeOnReceived(REQUEST, replyBytes),
                AppStep.on(PEER_FIN, CLOSE));
    }

    private static Scenario calm(String id, ApplicationScript script, ScriptedFault... faults) {
        return new Scenario(id, script, LinkSettings.CALM, LinkSettings.CALM, List.of(faults));
    }

    private static ScriptedFault drop(Side from, int nth, Flag... flags) {
        return new ScriptedFault(from, Optional.of(EnumSet.of(flags[0], flags)), nth, FaultAction.DROP, 0);
    }
}
