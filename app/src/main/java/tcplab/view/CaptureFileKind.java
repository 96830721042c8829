package tcplab.view;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import tcplab.capture.CaptureContents;
import tcplab.capture.CaptureFile;
import tcplab.capture.ReadProgress;
import tcplab.i18n.Message;
import tcplab.pcap.PcapFormatException;

/**
 * Capture files, pcap and pcapng: recognized by their first four bytes (the pcap magic numbers in
 * either byte order and resolution, the pcapng section header), or by their name's ending when
 * those bytes are missing. Opening one shows its first complete connection.
 */
final class CaptureFileKind implements FileKind {

    private static final Set<Integer> MAGIC = Set.of(0xA1B2C3D4, 0xD4C3B2A1, 0xA1B23C4D, 0x4D3CB2A1, 0x0A0D0D0A);
    /** Name endings of capture files, for files too short to show their magic number. */
    static final Set<String> ENDINGS = Set.of(".pcap", ".pcapng", ".cap", ".dmp");

    private final LabModel lab;

    CaptureFileKind(LabModel lab) {
        this.lab = lab;
    }

    @Override
    public boolean recognizes(String fileName, byte[] head) {
        if (head.length >= 4) {
            return MAGIC.contains(ByteBuffer.wrap(head, 0, 4).getInt());
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        return ENDINGS.stream().anyMatch(name::endsWith);
    }

    @Override
    public Runnable read(Path file, ReadProgress progress, BooleanSupplier cancelled) throws IOException, FileProblem {
        CaptureContents contents;
        try {
            contents = CaptureFile.read(file, progress, cancelled);
        } catch (PcapFormatException e) {
            throw new FileProblem(Message.of("file.error.capture", String.valueOf(file.getFileName()), e.problem()));
        }
        if (contents.connections().isEmpty()) {
            throw new FileProblem(Message.of("file.error.noConnection", String.valueOf(file.getFileName()),
                    contents.packets()));
        }
        return () -> lab.show(new CapturedLesson(file, contents));
    }
}
