package tcplab.capture;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Objects;

/** One end of a TCP connection: an IP address and a port. */
public record Endpoint(InetAddress address, int port) {

    public Endpoint {
        Objects.requireNonNull(address, "address");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** {@code 192.0.2.1:80}, or {@code [2001:db8::1]:80} for IPv6, as URLs and Wireshark write them. */
    @Override
    public String toString() {
        String host = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + shortened(host) + "]:" + port : host + ":" + port;
    }

    /** The longest run of zero groups written as {@code ::} (RFC 5952). */
    private static String shortened(String full) {
        String[] groups = full.replaceFirst("%.*$", "").split(":");
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < groups.length; ) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(j, i + 1);
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }
}
