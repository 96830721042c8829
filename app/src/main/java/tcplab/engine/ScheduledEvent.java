package tcplab.engine;

/** Something the simulation's agenda holds until its time comes. */
sealed interface ScheduledEvent {

    /** A segment arrives at {@code receiver}. */
    record Delivery(Side receiver, int transmissionId, Segment segment) implements ScheduledEvent {
    }

    /** A segment {@code sender} sent is lost on the wire, shown where it would be at this time. */
    record Drop(Side sender, int transmissionId, Segment segment, DropCause cause) implements ScheduledEvent {
    }

    /** A timer of {@code side} expires, if {@code generation} is still its latest arming ({@link EndpointTimers}). */
    record TimerExpiry(Side side, TimerKind kind, int generation) implements ScheduledEvent {
    }

    /** An old duplicate SYN of an earlier connection enters the link. */
    record OldSynEnters(OldDuplicateSyn syn) implements ScheduledEvent {
    }

    /** The delay of an application step of {@code side} has passed. */
    record ApplicationStep(Side side) implements ScheduledEvent {

        /** The one instance per side: the record holds nothing else, so none need be made while running. */
        static ApplicationStep of(Side side) {
            return side == Side.CLIENT ? CLIENT : SERVER;
        }

        private static final ApplicationStep CLIENT = new ApplicationStep(Side.CLIENT);
        private static final ApplicationStep SERVER = new ApplicationStep(Side.SERVER);
    }
}
