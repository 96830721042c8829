package tcplab.capture;

/**
 * Where on the path between the two hosts a capture was taken. It decides which times a capture
 * shows as they were and which it only lets one estimate, and which losses it can see.
 */
public enum CapturePoint {
    /**
     * On the client's host: the client's segments are seen as they leave, the server's as they
     * arrive. Segments the server sent that were lost on the way leave a gap.
     */
    AT_CLIENT,
    /** On the server's host: the mirror image of {@link #AT_CLIENT}. */
    AT_SERVER,
    /**
     * Somewhere on the path: every segment is seen some time after it left and some time before
     * it arrived; segments lost before this point leave a gap, those lost after it are seen.
     */
    BETWEEN,
    /**
     * Each segment is seen as it leaves its sender, so every send time is exact and every
     * arrival estimated: a loopback capture (one host is both ends) and the lab's own capture
     * of a simulated run.
     */
    AT_BOTH_HOSTS
}
