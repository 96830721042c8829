package tcplab.pcap;

import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The TCP options of one captured segment.
 *
 * @param kinds       every option's kind number in header order (1 = NOP, 2 = MSS, 3 = window
 *                    scale, 4 = SACK permitted, 8 = timestamps)
 * @param mss         the maximum segment size, if sent
 * @param windowScale the window scale shift, if sent
 * @param timestamp   TSval, if timestamps were sent
 * @param echoed      TSecr, if timestamps were sent
 */
public record TcpOptions(List<Integer> kinds, OptionalInt mss, OptionalInt windowScale,
                         OptionalLong timestamp, OptionalLong echoed) {

    public TcpOptions {
        kinds = List.copyOf(kinds);
    }

    public boolean sackPermitted() {
        return kinds.contains(4);
    }
}
