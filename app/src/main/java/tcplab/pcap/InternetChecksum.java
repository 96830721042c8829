package tcplab.pcap;

/** The ones' complement sum of RFC 1071, used by the IPv4 header and the TCP checksum (IPv4 and IPv6). */
final class InternetChecksum {

    private InternetChecksum() {
    }

    /** Adds {@code length} bytes from {@code offset}, as 16-bit big-endian words, to {@code sum}. */
    static long add(long sum, byte[] data, int offset, int length) {
        int i = offset;
        int end = offset + length;
        for (; i + 1 < end; i += 2) {
            sum += ((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF);
        }
        if (i < end) {
            sum += (data[i] & 0xFF) << 8;
        }
        return sum;
    }

    /** The checksum field value for a running {@code sum}: folded to 16 bits and complemented. */
    static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    /**
     * The TCP pseudo-header of RFC 9293 3.1 (IPv4, 4-byte addresses) or RFC 8200 8.1 (IPv6, 16-byte
     * addresses): addresses, protocol 6 and the TCP length. The two differ only in field widths,
     * which a ones' complement sum does not see.
     */
    static long pseudoHeader(byte[] source, byte[] destination, int tcpLength) {
        long sum = add(0, source, 0, source.length);
        sum = add(sum, destination, 0, destination.length);
        return sum + 6 + (tcpLength >>> 16) + (tcpLength & 0xFFFF);
    }
}
