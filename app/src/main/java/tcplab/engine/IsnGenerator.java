package tcplab.engine;

/**
 * Initial sequence numbers as RFC 9293 section 3.4.1 asks: ISN = M + F(localip, localport,
 * remoteip, remoteport, secretkey), where M is a clock ticking every 4 microseconds and F is a
 * keyed hash, here SipHash-2-4. The clock's starting offset and the key come from the run's
 * seeded random source, so a run is repeatable and the numbers still look random.
 */
final class IsnGenerator {

    private final long key0;
    private final long key1;
    private final long clockOffset;

    IsnGenerator(long key0, long key1, long clockOffset) {
        this.key0 = key0;
        this.key1 = key1;
        this.clockOffset = clockOffset;
    }

    /** The ISN for a connection opened by {@code local} at simulated time {@code nowMicros}. */
    long isn(Side local, long nowMicros) {
        long clock = clockOffset + nowMicros / 4;
        return (clock + hash(key0, key1, connectionId(local))) & SequenceNumbers.MASK;
    }

    /** The address/port quadruple seen from {@code local}, in network byte order. */
    private static byte[] connectionId(Side local) {
        Side remote = local.peer();
        byte[] id = new byte[12];
        putInt(id, 0, NetworkConfig.address(local));
        putInt(id, 4, NetworkConfig.address(remote));
        id[8] = (byte) (NetworkConfig.port(local) >>> 8);
        id[9] = (byte) NetworkConfig.port(local);
        id[10] = (byte) (NetworkConfig.port(remote) >>> 8);
        id[11] = (byte) NetworkConfig.port(remote);
        return id;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    /** SipHash-2-4 (Aumasson and Bernstein, 2012) of {@code message} under the key (k0, k1). */
    static long hash(long k0, long k1, byte[] message) {
        long[] v = {
            k0 ^ 0x736f6d6570736575L, k1 ^ 0x646f72616e646f6dL,
            k0 ^ 0x6c7967656e657261L, k1 ^ 0x7465646279746573L
        };
        int whole = message.length & ~7;
        for (int at = 0; at <= whole; at += 8) {
            long m = at < whole ? littleEndian(message, at, 8)
                    : littleEndian(message, at, message.length - whole) | ((long) message.length << 56);
            v[3] ^= m;
            sipRounds(v, 2);
            v[0] ^= m;
        }
        v[2] ^= 0xff;
        sipRounds(v, 4);
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    private static void sipRounds(long[] v, int rounds) {
        for (int round = 0; round < rounds; round++) {
            v[0] += v[1];
            v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
            v[0] = Long.rotateLeft(v[0], 32);
            v[2] += v[3];
            v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
            v[0] += v[3];
            v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
            v[2] += v[1];
            v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
            v[2] = Long.rotateLeft(v[2], 32);
        }
    }

    private static long littleEndian(byte[] b, int at, int count) {
        long v = 0;
        for (int i = count - 1; i >= 0; i--) {
            v = (v << 8) | (b[at + i] & 0xffL);
        }
        return v;
    }
}
