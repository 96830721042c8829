package tcplab.capture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import tcplab.pcap.PcapFormatException;
import tcplab.pcap.PcapReader;
import tcplab.pcap.PcapRecord;

/**
 * Reads a capture file (pcap or pcapng) into its TCP connections, streaming: one packet is read
 * at a time and at most {@link ConnectionTable#MAX_KEPT_PACKETS} packets are kept, so a file of
 * any size is read in bounded memory.
 */
public final class CaptureFile {

    /** How many packets are read between two progress reports. */
    private static final int PROGRESS_EVERY = 512;

    private CaptureFile() {
    }

    /**
     * The connections of the capture {@code file}.
     *
     * @param progress  told now and then how many bytes are read
     * @param cancelled asked before each packet; true ends the read
     * @throws PcapFormatException    when the file cannot be opened or is not a well-formed capture
     * @throws InterruptedIOException when {@code cancelled} said so
     */
    public static CaptureContents read(Path file, ReadProgress progress, BooleanSupplier cancelled)
            throws PcapFormatException, InterruptedIOException {
        long size = sizeOf(file);
        PcapReader reader = PcapReader.open(file, cancelled);
        try {
            return read(reader, progress, size);
        } finally {
            closeQuietly(reader);
        }
    }

    /** The connections of a capture held in memory. */
    public static CaptureContents read(byte[] capture) throws PcapFormatException {
        PcapReader reader = PcapReader.open(new ByteArrayInputStream(capture), () -> false);
        try {
            return read(reader, ReadProgress.NONE, capture.length);
        } catch (InterruptedIOException e) {
            throw new IllegalStateException("an uncancellable read was cancelled", e);
        } finally {
            closeQuietly(reader);
        }
    }

    /** Reads to the end; {@link PcapReader#next()} throws nothing but the two exceptions declared. */
    private static CaptureContents read(PcapReader reader, ReadProgress progress, long size)
            throws PcapFormatException, InterruptedIOException {
        ConnectionTable table = new ConnectionTable();
        long count = 0;
        try {
            for (Optional<PcapRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
                table.add(record.get());
                if (++count % PROGRESS_EVERY == 0) {
                    progress.reached(reader.offset(), size);
                }
            }
        } catch (PcapFormatException | InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("the reader reports every read problem as a PcapFormatException", e);
        }
        progress.reached(reader.offset(), size);
        return new CaptureContents(table.connections(), reader.packets(), reader.skipped());
    }

    private static void closeQuietly(PcapReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            // Everything was read (or the read already failed): a failing close loses nothing.
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // opening it reports the problem
        }
    }
}
