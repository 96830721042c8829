package tcplab.pcap;

/** Unsigned big-endian (network order) fields of a byte array. */
final class Bytes {

    private Bytes() {
    }

    static int u8(byte[] data, int at) {
        return data[at] & 0xFF;
    }

    static int u16(byte[] data, int at) {
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }

    static long u32(byte[] data, int at) {
        return ((long) u16(data, at) << 16) | u16(data, at + 2);
    }
}
