package tcplab.capture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tcplab.engine.Flag;
import tcplab.pcap.PcapRecord;

/**
 * Sorts the segments of a capture into connections as they are read. A segment belongs to the
 * connection of its address and port pair; a SYN without ACK opens a new connection on the same
 * pair when the one before has ended (a RST, or a FIN each way) or when its own SYN from the same
 * end carried another sequence number (Wireshark's rule, as {@link tcplab.engine.RelativeNumbers}
 * follows it) and the peer has answered it. While nothing has come back, a SYN with another number
 * stays in the connection: an old duplicate SYN that passed just before the real one (RFC 9293
 * section 3.5, Figure 8) belongs to the handshake it disturbs, whose SYN+ACK to it and RST refusing
 * that come after the real SYN.
 */
final class ConnectionTable {

    /** The most packets kept over all connections; later ones are counted, not kept. */
    static final int MAX_KEPT_PACKETS = 50_000;

    private final Map<Pair, Flow> current = new HashMap<>();
    private final List<Flow> flows = new ArrayList<>();
    private int kept;

    /** An unordered address and port pair. */
    private record Pair(Endpoint low, Endpoint high) {

        static Pair of(Endpoint a, Endpoint b) {
            return compare(a, b) <= 0 ? new Pair(a, b) : new Pair(b, a);
        }

        private static int compare(Endpoint a, Endpoint b) {
            int byAddress = Arrays.compare(a.address().getAddress(), b.address().getAddress());
            return byAddress != 0 ? byAddress : Integer.compare(a.port(), b.port());
        }
    }

    /** A connection being read. */
    private static final class Flow {
        final Endpoint firstSender;
        final Endpoint firstReceiver;
        final List<PcapRecord> packets = new ArrayList<>();
        Endpoint synSender;
        Endpoint synAckReceiver;
        long synSeq;
        long count;
        long start;
        long end;
        boolean finFromFirst;
        boolean finFromSecond;
        boolean reset;
        boolean answered;

        Flow(Endpoint source, Endpoint destination, long time) {
            firstSender = source;
            firstReceiver = destination;
            start = time;
            end = time;
        }

        boolean ended() {
            return reset || finFromFirst && finFromSecond;
        }
    }

    void add(PcapRecord record) {
        Endpoint source = new Endpoint(record.source(), record.sourcePort());
        Endpoint destination = new Endpoint(record.destination(), record.destinationPort());
        Pair pair = Pair.of(source, destination);
        Flow flow = current.get(pair);
        boolean bareSyn = record.flags().contains(Flag.SYN) && !record.flags().contains(Flag.ACK);
        if (flow == null || bareSyn && opensAnother(flow, source, record.seq())) {
            flow = new Flow(source, destination, record.timeNanos());
            current.put(pair, flow);
            flows.add(flow);
        }
        flow.count++;
        flow.start = Math.min(flow.start, record.timeNanos());
        flow.end = Math.max(flow.end, record.timeNanos());
        if (bareSyn && flow.synSender == null) {
            flow.synSender = source;
            flow.synSeq = record.seq();
        } else if (record.flags().contains(Flag.SYN) && flow.synAckReceiver == null) {
            flow.synAckReceiver = destination;
        }
        if (record.flags().contains(Flag.FIN)) {
            if (source.equals(flow.firstSender)) {
                flow.finFromFirst = true;
            } else {
                flow.finFromSecond = true;
            }
        }
        flow.reset |= record.flags().contains(Flag.RST);
        flow.answered |= flow.synSender != null && !source.equals(flow.synSender);
        if (kept < MAX_KEPT_PACKETS) {
            flow.packets.add(record);
            kept++;
        }
    }

    private static boolean opensAnother(Flow flow, Endpoint source, long seq) {
        return flow.ended() || flow.answered && source.equals(flow.synSender) && seq != flow.synSeq;
    }

    /** The connections read so far, numbered in the order of their first packets. */
    List<CapturedConnection> connections() {
        List<CapturedConnection> connections = new ArrayList<>();
        for (Flow flow : flows) {
            Endpoint client;
            ClientEvidence evidence;
            if (flow.synSender != null) {
                client = flow.synSender;
                evidence = ClientEvidence.SYN;
            } else if (flow.synAckReceiver != null) {
                client = flow.synAckReceiver;
                evidence = ClientEvidence.SYN;
            } else {
                client = flow.firstSender;
                evidence = ClientEvidence.FIRST_SENDER;
            }
            Endpoint server = client.equals(flow.firstSender) ? flow.firstReceiver : flow.firstSender;
            connections.add(new CapturedConnection(connections.size() + 1, client, server, evidence, flow.count,
                    flow.start, flow.end, evidence == ClientEvidence.SYN, flow.ended(), flow.packets));
        }
        return connections;
    }
}
