package tcplab.pcap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The TCP options of one captured segment.
 *
 * @param kinds       every option's kind number in header order, NOPs included, up to and
 *                    without the end-of-list option (1 = NOP, 2 = MSS, 3 = window scale, 4 = SACK
 *                    permitted, 5 = SACK, 8 = timestamps)
 * @param mss         the maximum segment size, if sent
 * @param windowScale the window scale shift, if sent
 * @param timestamp   TSval, if timestamps were sent
 * @param echoed      TSecr, if timestamps were sent
 * @param sackBlocks  the blocks of a SACK option, in header order
 * @param others      every option of another kind (or of a known kind with a length the RFCs do
 *                    not give it), with its data bytes
 */
public record TcpOptions(List<Integer> kinds, OptionalInt mss, OptionalInt windowScale,
                         OptionalLong timestamp, OptionalLong echoed, List<SackBlock> sackBlocks,
                         List<RawOption> others) {

    /** No options at all. */
    public static final TcpOptions NONE = new TcpOptions(List.of(), OptionalInt.empty(), OptionalInt.empty(),
            OptionalLong.empty(), OptionalLong.empty(), List.of(), List.of());

    public TcpOptions {
        kinds = List.copyOf(kinds);
        sackBlocks = List.copyOf(sackBlocks);
        others = List.copyOf(others);
    }

    public boolean sackPermitted() {
        return kinds.contains(4);
    }

    /** One block of a SACK option (RFC 2018): the received bytes from {@code left} up to {@code right}. */
    public record SackBlock(long left, long right) {
    }

    /** An option kept as bytes: its kind and the data after the kind and length bytes. */
    public record RawOption(int kind, byte[] data) {

        public RawOption {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RawOption o && o.kind == kind && Arrays.equals(o.data, data);
        }

        @Override
        public int hashCode() {
            return 31 * kind + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "RawOption[kind=" + kind + ", data=" + HexFormat.of().formatHex(data) + "]";
        }
    }

    /**
     * Decodes the options in {@code header[from, to)}.
     *
     * @return the options, or {@code null} when an option's length byte is missing, below 2 or
     *         runs past the header
     */
    static TcpOptions parse(byte[] header, int from, int to) {
        List<Integer> kinds = new ArrayList<>();
        OptionalInt mss = OptionalInt.empty();
        OptionalInt windowScale = OptionalInt.empty();
        OptionalLong timestamp = OptionalLong.empty();
        OptionalLong echoed = OptionalLong.empty();
        List<SackBlock> sackBlocks = new ArrayList<>();
        List<RawOption> others = new ArrayList<>();
        int at = from;
        while (at < to) {
            int kind = header[at] & 0xFF;
            if (kind == 0) {
                break;
            }
            kinds.add(kind);
            if (kind == 1) {
                at++;
                continue;
            }
            int length = at + 1 < to ? header[at + 1] & 0xFF : 0;
            if (length < 2 || at + length > to) {
                return null;
            }
            if (kind == 2 && length == 4) {
                mss = OptionalInt.of(Bytes.u16(header, at + 2));
            } else if (kind == 3 && length == 3) {
                windowScale = OptionalInt.of(header[at + 2] & 0xFF);
            } else if (kind == 4 && length == 2) {
                // SACK permitted has no data: its kind in kinds says it all.
            } else if (kind == 5 && length % 8 == 2) {
                for (int block = at + 2; block < at + length; block += 8) {
                    sackBlocks.add(new SackBlock(Bytes.u32(header, block), Bytes.u32(header, block + 4)));
                }
            } else if (kind == 8 && length == 10) {
                timestamp = OptionalLong.of(Bytes.u32(header, at + 2));
                echoed = OptionalLong.of(Bytes.u32(header, at + 6));
            } else {
                byte[] data = new byte[length - 2];
                System.arraycopy(header, at + 2, data, 0, data.length);
                others.add(new RawOption(kind, data));
            }
            at += length;
        }
        return new TcpOptions(kinds, mss, windowScale, timestamp, echoed, sackBlocks, others);
    }
}
