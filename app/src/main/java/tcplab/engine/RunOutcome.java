package tcplab.engine;

/**
 * What a run came to, without its trace: what a sweep of many runs needs. Times are in
 * microseconds of simulated time, {@link #NEVER} when the moment never came.
 *
 * @param clientConnectAt     when the client application first called connect
 * @param clientEstablishedAt when the client first reached ESTABLISHED (its connect succeeded)
 * @param serverEstablishedAt when the server first reached ESTABLISHED
 * @param clientFinal         the client's state when the run ended
 * @param serverFinal         the server's state when the run ended
 * @param endTime             when the last event happened
 * @param eventCount          how many events the run's trace has
 */
public record RunOutcome(long clientConnectAt, long clientEstablishedAt, long serverEstablishedAt,
                         TcpState clientFinal, TcpState serverFinal, long endTime, int eventCount) {

    /** Marks a moment that never came. */
    public static final long NEVER = -1;

    /** Whether the client's connect succeeded: it reached ESTABLISHED. */
    public boolean established() {
        return clientConnectAt != NEVER && clientEstablishedAt != NEVER;
    }

    /**
     * The connection setup time seen by the client: from connect to ESTABLISHED.
     *
     * @throws IllegalStateException if the connection was never established
     */
    public long setupMicros() {
        if (!established()) {
            throw new IllegalStateException("the connection was never established");
        }
        return clientEstablishedAt - clientConnectAt;
    }
}
