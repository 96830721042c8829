package tcplab.capture;

import java.util.Optional;
import tcplab.engine.Side;
import tcplab.engine.TcpState;

/**
 * One state change of the trace, as inferred from the capture.
 *
 * @param eventIndex  the index of its {@link tcplab.engine.StateChanged} event in the trace
 * @param side        the host
 * @param state       the state it entered
 * @param evidence    what shows it
 * @param alternative the state the host would be in instead, when the capture cannot tell the two
 *                    apart (see {@link StateEvidence#UNCONFIRMED_ARRIVAL} and
 *                    {@link StateEvidence#RESET_IN_TIME_WAIT}); empty when it can
 */
public record InferredState(int eventIndex, Side side, TcpState state, StateEvidence evidence,
                            Optional<TcpState> alternative) {
}
