package tcplab.cli;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import tcplab.pcap.Endpoints;

/** The simulated hosts' addresses for the pcap headers. */
final class Addresses {

    static final Endpoints ENDPOINTS = new Endpoints(ipv4(192, 168, 0, 10), 50000, ipv4(192, 168, 0, 20), 80);

    private Addresses() {
    }

    private static Inet4Address ipv4(int a, int b, int c, int d) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
