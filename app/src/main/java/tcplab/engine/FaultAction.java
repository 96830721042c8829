package tcplab.engine;

/** What a scripted fault does to the segment it names. */
public enum FaultAction {
    DROP,
    DELAY
}
