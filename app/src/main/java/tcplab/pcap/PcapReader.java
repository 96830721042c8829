package tcplab.pcap;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import tcplab.files.IoProblem;
import tcplab.i18n.Message;

/**
 * Reads the TCP segments of a capture file one packet at a time: classic pcap (microsecond and
 * nanosecond timestamps, either byte order) and pcapng (sections in either byte order, several
 * interfaces with their time resolution and offset, enhanced, simple and obsolete packet blocks;
 * other blocks skipped). Link, IP and TCP decoding is {@link FrameDecoder}'s.
 *
 * <p>Memory stays bounded whatever the file says: one packet is held at a time, and no length
 * read from the file is allocated before it is checked against {@link #MAX_PACKET} or
 * {@link #MAX_BLOCK}. Every problem ends the read with a {@link PcapFormatException} naming it
 * and its byte offset; the cancel hook, asked before each record, ends it with an
 * {@link InterruptedIOException}.
 */
public final class PcapReader implements Closeable {

    /** The largest captured packet accepted in a pcap record (jumbo and offload frames fit). */
    static final int MAX_PACKET = 1 << 20;
    /** The largest pcapng block accepted. */
    static final int MAX_BLOCK = 16 << 20;

    private static final int PCAP_MICROS = 0xA1B2C3D4;
    private static final int PCAP_NANOS = 0xA1B23C4D;
    private static final int BLOCK_SECTION_HEADER = 0x0A0D0D0A;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int BLOCK_INTERFACE = 1;
    private static final int BLOCK_OBSOLETE_PACKET = 2;
    private static final int BLOCK_SIMPLE_PACKET = 3;
    private static final int BLOCK_ENHANCED_PACKET = 6;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final InputStream in;
    private final BooleanSupplier cancelled;
    private final FrameDecoder decoder = new FrameDecoder();
    private final boolean pcapng;
    private final List<Interface> interfaces = new ArrayList<>();
    private ByteOrder order;
    private byte[] buffer = new byte[64 * 1024];
    private long offset;
    private long packets;

    /** One capture interface: its link type, snap length and clock. */
    private record Interface(int linkType, long snapLength, BigInteger ticksPerSecond, long offsetSeconds) {
    }

    private PcapReader(InputStream in, BooleanSupplier cancelled) throws PcapFormatException {
        this.in = in;
        this.cancelled = cancelled;
        byte[] magic = new byte[4];
        if (!readOrEnd(magic, 4, Message.of("capture.part.fileHeader"))) {
            throw PcapFormatException.at(0, Message.of("capture.error.empty"));
        }
        int bigEndian = ByteBuffer.wrap(magic).getInt();
        int littleEndian = Integer.reverseBytes(bigEndian);
        pcapng = bigEndian == BLOCK_SECTION_HEADER;
        if (pcapng) {
            byte[] length = new byte[4];
            readFully(length, 4, Message.of("capture.part.sectionHeaderBlock"));
            sectionHeader(0, length);
        } else if (bigEndian == PCAP_MICROS || bigEndian == PCAP_NANOS) {
            pcapHeader(ByteOrder.BIG_ENDIAN, bigEndian == PCAP_NANOS);
        } else if (littleEndian == PCAP_MICROS || littleEndian == PCAP_NANOS) {
            pcapHeader(ByteOrder.LITTLE_ENDIAN, littleEndian == PCAP_NANOS);
        } else {
            throw PcapFormatException.at(0, Message.of("capture.error.notCapture", String.format("%08x", bigEndian)));
        }
    }

    /**
     * A reader of the capture {@code in}, positioned at its first packet. The reader does not
     * buffer: pass a buffered stream.
     *
     * @param cancelled asked before each record; true ends the read
     */
    public static PcapReader open(InputStream in, BooleanSupplier cancelled) throws PcapFormatException {
        return new PcapReader(in, cancelled);
    }

    /** A reader of the capture file {@code file}; the caller closes it. */
    public static PcapReader open(Path file, BooleanSupplier cancelled) throws PcapFormatException {
        if (Files.isDirectory(file)) {
            throw new PcapFormatException(Message.of("capture.error.folder", nameOf(file)));
        }
        InputStream stream;
        try {
            stream = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        } catch (IOException e) {
            throw new PcapFormatException(Message.of("capture.error.cannotOpen", nameOf(file),
                    IoProblem.of(e)));
        }
        try {
            return open(stream, cancelled);
        } catch (PcapFormatException e) {
            closeQuietly(stream);
            throw e;
        }
    }

    /** Every TCP segment of the capture {@code file}, in file order. */
    public static List<PcapRecord> read(byte[] file) throws PcapFormatException {
        List<PcapRecord> records = new ArrayList<>();
        try (PcapReader reader = open(new ByteArrayInputStream(file), () -> false)) {
            for (Optional<PcapRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        } catch (PcapFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("an uncancellable read of bytes in memory was cancelled", e);
        }
        return records;
    }

    /**
     * The next TCP segment, skipping packets that are not one; empty at the end of the file.
     *
     * @throws PcapFormatException    when the file is malformed or cannot be read
     * @throws InterruptedIOException when the cancel hook says so
     */
    public Optional<PcapRecord> next() throws IOException {
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedIOException("reading cancelled at byte " + offset);
            }
            long start = offset;
            PcapRecord record;
            if (pcapng) {
                byte[] header = new byte[8];
                if (!readOrEnd(header, 8, Message.of("capture.part.blockHeader"))) {
                    return Optional.empty();
                }
                record = block(start, header);
            } else {
                byte[] header = new byte[16];
                if (!readOrEnd(header, 16, Message.of("capture.part.recordHeader"))) {
                    return Optional.empty();
                }
                record = pcapRecord(start, ByteBuffer.wrap(header).order(order));
            }
            if (record != null) {
                return Optional.of(record);
            }
        }
    }

    /** The byte offset reached so far: the progress through the file. */
    public long offset() {
        return offset;
    }

    /** How many packets were read so far, TCP or not. */
    public long packets() {
        return packets;
    }

    /** How many packets were skipped so far, by reason. */
    public Map<SkipReason, Integer> skipped() {
        return decoder.skipped();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void pcapHeader(ByteOrder byteOrder, boolean nanos) throws PcapFormatException {
        order = byteOrder;
        byte[] rest = new byte[20];
        readFully(rest, 20, Message.of("capture.part.fileHeader"));
        ByteBuffer header = ByteBuffer.wrap(rest).order(order);
        long snapLength = header.getInt(12) & 0xFFFF_FFFFL;
        int linkType = header.getInt(16) & 0xFFFF;
        interfaces.add(new Interface(linkType, snapLength,
                BigInteger.valueOf(nanos ? NANOS_PER_SECOND : 1_000_000L), 0));
    }

    private PcapRecord pcapRecord(long start, ByteBuffer header) throws PcapFormatException {
        long seconds = header.getInt(0) & 0xFFFF_FFFFL;
        long fraction = header.getInt(4) & 0xFFFF_FFFFL;
        long captured = header.getInt(8) & 0xFFFF_FFFFL;
        long original = header.getInt(12) & 0xFFFF_FFFFL;
        packets++;
        if (captured > MAX_PACKET) {
            throw PcapFormatException.at(start, Message.of("capture.error.packetTooLarge", String.valueOf(packets),
                    String.valueOf(captured), String.valueOf(MAX_PACKET)));
        }
        byte[] frame = fill((int) captured, Message.of("capture.part.packet", String.valueOf(packets)));
        Interface link = interfaces.get(0);
        long nanos = time(start, BigInteger.valueOf(seconds).multiply(link.ticksPerSecond)
                .add(BigInteger.valueOf(fraction)), link);
        return decoder.decode(packets, start, nanos, 0, link.linkType, frame, (int) captured,
                Math.max(captured, original));
    }

    /**
     * The section header block starting at {@code start}, its type and the 4 bytes of its length
     * ({@code length}, in a byte order still unknown) read: its byte-order magic sets the order
     * of the section.
     */
    private void sectionHeader(long start, byte[] length) throws PcapFormatException {
        byte[] magicBytes = new byte[4];
        readFully(magicBytes, 4, Message.of("capture.part.sectionHeaderBlock"));
        int magic = ByteBuffer.wrap(magicBytes).getInt();
        if (magic == BYTE_ORDER_MAGIC) {
            order = ByteOrder.BIG_ENDIAN;
        } else if (Integer.reverseBytes(magic) == BYTE_ORDER_MAGIC) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else {
            throw PcapFormatException.at(start + 8, Message.of("capture.error.noByteOrderMagic",
                    String.format("%08x", magic)));
        }
        long totalLength = ByteBuffer.wrap(length).order(order).getInt() & 0xFFFF_FFFFL;
        ByteBuffer body = blockBody(start, totalLength, 4);
        need(start, body, 12, Message.of("capture.part.sectionHeader"));
        int major = body.getShort(0) & 0xFFFF;
        if (major != 1) {
            throw PcapFormatException.at(start, Message.of("capture.error.version", String.valueOf(major)));
        }
        interfaces.clear();
    }

    private PcapRecord block(long start, byte[] header) throws PcapFormatException {
        ByteBuffer h = ByteBuffer.wrap(header);
        if (h.getInt(0) == BLOCK_SECTION_HEADER) {
            sectionHeader(start, Arrays.copyOfRange(header, 4, 8));
            return null;
        }
        int type = h.order(order).getInt(0);
        long length = h.getInt(4) & 0xFFFF_FFFFL;
        ByteBuffer body = blockBody(start, length, 0);
        return switch (type) {
            case BLOCK_INTERFACE -> interfaceDescription(start, body);
            case BLOCK_ENHANCED_PACKET -> packetBlock(start, body, body.getInt(0), 4, 20);
            case BLOCK_OBSOLETE_PACKET -> packetBlock(start, body, body.getShort(0) & 0xFFFF, 4, 20);
            case BLOCK_SIMPLE_PACKET -> simplePacket(start, body);
            default -> null;
        };
    }

    /**
     * Reads the rest of a block of total length {@code length} whose first 8 bytes (and
     * {@code alreadyRead} more) are read, checks its trailing length and returns its body.
     */
    private ByteBuffer blockBody(long start, long length, int alreadyRead) throws PcapFormatException {
        if (length < 12 + alreadyRead || length % 4 != 0 || length > MAX_BLOCK) {
            throw PcapFormatException.at(start, Message.of("capture.error.blockLength", String.valueOf(length),
                    String.valueOf(12 + alreadyRead), String.valueOf(MAX_BLOCK)));
        }
        int bodyLength = (int) length - 12 - alreadyRead;
        byte[] rest = fill(bodyLength + 4, Message.of("capture.part.block"));
        ByteBuffer body = ByteBuffer.wrap(rest, 0, bodyLength + 4).order(order);
        long trailing = body.getInt(bodyLength) & 0xFFFF_FFFFL;
        if (trailing != length) {
            throw PcapFormatException.at(start, Message.of("capture.error.blockLengthsDiffer", String.valueOf(length),
                    String.valueOf(trailing)));
        }
        return ByteBuffer.wrap(rest, 0, bodyLength).slice().order(order);
    }

    private PcapRecord interfaceDescription(long start, ByteBuffer body) throws PcapFormatException {
        need(start, body, 8, Message.of("capture.part.interfaceDescription"));
        int linkType = body.getShort(0) & 0xFFFF;
        long snapLength = body.getInt(4) & 0xFFFF_FFFFL;
        BigInteger ticksPerSecond = BigInteger.valueOf(1_000_000L);
        long offsetSeconds = 0;
        int at = 8;
        while (at + 4 <= body.limit()) {
            int code = body.getShort(at) & 0xFFFF;
            int length = body.getShort(at + 2) & 0xFFFF;
            if (code == 0) {
                break;
            }
            if (at + 4 + length > body.limit()) {
                throw PcapFormatException.at(start, Message.of("capture.error.optionPastBlock"));
            }
            if (code == 9 && length == 1) {
                int resolution = body.get(at + 4) & 0xFF;
                int exponent = resolution & 0x7F;
                if ((resolution & 0x80) == 0 && exponent > 18) {
                    throw PcapFormatException.at(start, Message.of("capture.error.resolution", String.valueOf(exponent)));
                }
                ticksPerSecond = (resolution & 0x80) == 0 ? BigInteger.TEN.pow(exponent) : BigInteger.TWO.pow(exponent);
            } else if (code == 14 && length == 8) {
                offsetSeconds = body.getLong(at + 4);
            }
            at += 4 + (length + 3) / 4 * 4;
        }
        interfaces.add(new Interface(linkType, snapLength, ticksPerSecond, offsetSeconds));
        return null;
    }

    private PcapRecord packetBlock(long start, ByteBuffer body, int interfaceId, int timeAt, int dataAt)
            throws PcapFormatException {
        need(start, body, dataAt, Message.of("capture.part.packetBlock"));
        packets++;
        Interface link = link(start, interfaceId);
        long ticks = ((body.getInt(timeAt) & 0xFFFF_FFFFL) << 32) | (body.getInt(timeAt + 4) & 0xFFFF_FFFFL);
        long captured = body.getInt(timeAt + 8) & 0xFFFF_FFFFL;
        long original = body.getInt(timeAt + 12) & 0xFFFF_FFFFL;
        if (captured > body.limit() - dataAt) {
            throw PcapFormatException.at(start, Message.of("capture.error.packetPastBlock", String.valueOf(packets),
                    String.valueOf(captured), String.valueOf(body.limit() - dataAt)));
        }
        long nanos = time(start, new BigInteger(Long.toUnsignedString(ticks)), link);
        return decoder.decode(packets, start, nanos, interfaceId, link.linkType, frame(body, dataAt, (int) captured),
                (int) captured, Math.max(captured, original));
    }

    private PcapRecord simplePacket(long start, ByteBuffer body) throws PcapFormatException {
        need(start, body, 4, Message.of("capture.part.simplePacketBlock"));
        packets++;
        Interface link = link(start, 0);
        long original = body.getInt(0) & 0xFFFF_FFFFL;
        int captured = (int) Math.min(Math.min(original, link.snapLength == 0 ? Long.MAX_VALUE : link.snapLength),
                body.limit() - 4);
        return decoder.decode(packets, start, 0, 0, link.linkType, frame(body, 4, captured), captured,
                Math.max(captured, original));
    }

    private Interface link(long start, int interfaceId) throws PcapFormatException {
        if (interfaceId < 0 || interfaceId >= interfaces.size()) {
            throw PcapFormatException.at(start, Message.of("capture.error.unknownInterface", String.valueOf(packets),
                    Integer.toUnsignedString(interfaceId), String.valueOf(interfaces.size())));
        }
        return interfaces.get(interfaceId);
    }

    private static byte[] frame(ByteBuffer body, int from, int length) {
        byte[] frame = new byte[length];
        body.get(from, frame);
        return frame;
    }

    private static void need(long start, ByteBuffer body, int length, Message what) throws PcapFormatException {
        if (body.limit() < length) {
            throw PcapFormatException.at(start, Message.of("capture.error.blockTooShort", what));
        }
    }

    /** {@code ticks} of the interface's clock since the epoch, plus its offset, in nanoseconds. */
    private static long time(long start, BigInteger ticks, Interface link) throws PcapFormatException {
        BigInteger nanos = ticks.multiply(BigInteger.valueOf(NANOS_PER_SECOND)).divide(link.ticksPerSecond)
                .add(BigInteger.valueOf(link.offsetSeconds).multiply(BigInteger.valueOf(NANOS_PER_SECOND)));
        if (nanos.bitLength() >= 64) {
            throw PcapFormatException.at(start, Message.of("capture.error.timeTooLate"));
        }
        return nanos.longValue();
    }

    /** The next {@code length} bytes of the file in the reusable buffer. */
    private byte[] fill(int length, Message what) throws PcapFormatException {
        if (buffer.length < length) {
            buffer = new byte[length];
        }
        readFully(buffer, length, what);
        return buffer;
    }

    private void readFully(byte[] into, int length, Message what) throws PcapFormatException {
        if (!readOrEnd(into, length, what)) {
            throw PcapFormatException.at(offset, Message.of("capture.error.endsBefore", what));
        }
    }

    /** Reads {@code length} bytes; false when the file ends before the first of them. */
    private boolean readOrEnd(byte[] into, int length, Message what) throws PcapFormatException {
        long start = offset;
        int done = 0;
        try {
            while (done < length) {
                int n = in.read(into, done, length - done);
                if (n < 0) {
                    break;
                }
                done += n;
                offset += n;
            }
        } catch (IOException e) {
            throw PcapFormatException.at(offset, Message.of("capture.error.cannotRead", IoProblem.of(e)));
        }
        if (done == 0 && length > 0) {
            return false;
        }
        if (done < length) {
            throw PcapFormatException.at(start, Message.of("capture.error.endsInside", what, String.valueOf(done),
                    String.valueOf(length)));
        }
        return true;
    }

    /** The file's name, or the whole path where it has none (a root folder). */
    private static String nameOf(Path file) {
        return (file.getFileName() != null ? file.getFileName() : file).toString();
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // Nothing was read from it; the format problem is the one to report.
        }
    }
}
