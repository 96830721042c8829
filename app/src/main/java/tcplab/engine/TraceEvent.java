package tcplab.engine;

/**
 * One thing that happened in a simulated (or captured) connection. Events carry data, never
 * display text: the view and the command line decide how to say them.
 */
public sealed interface TraceEvent
        permits SegmentSent, SegmentDelivered, SegmentDropped, SegmentDuplicated,
                StateChanged, TimerArmed, TimerFired, TimerCancelled, AppCall {

    /** Simulated time of the event in microseconds since the run started. */
    long time();

    /** Where it happens: the sender for sent, dropped and duplicated segments, else the receiver or owner. */
    Side side();
}
