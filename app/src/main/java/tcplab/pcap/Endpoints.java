package tcplab.pcap;

import java.net.Inet4Address;
import java.util.Objects;
import tcplab.engine.Side;

/** The IPv4 addresses and TCP ports of the simulated client and server, for the packet headers. */
public record Endpoints(Inet4Address client, int clientPort, Inet4Address server, int serverPort) {

    public Endpoints {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(server, "server");
        requirePort(clientPort);
        requirePort(serverPort);
    }

    private static void requirePort(int port) {
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("not a TCP port: " + port);
        }
    }

    public Inet4Address address(Side side) {
        return side == Side.CLIENT ? client : server;
    }

    public int port(Side side) {
        return side == Side.CLIENT ? clientPort : serverPort;
    }
}
