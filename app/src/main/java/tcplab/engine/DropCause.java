package tcplab.engine;

/** Why the link lost a segment. */
public enum DropCause {
    /** The direction's random loss probability. */
    RANDOM_LOSS,
    /** A scripted fault or a learner's click named this segment. */
    FAULT
}
