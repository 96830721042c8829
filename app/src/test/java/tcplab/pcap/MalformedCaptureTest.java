package tcplab.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tcplab.pcap.CaptureBytes.CLIENT_V4;
import static tcplab.pcap.CaptureBytes.SERVER_V4;
import static tcplab.pcap.CaptureBytes.concat;
import static tcplab.pcap.CaptureBytes.ipv4;
import static tcplab.pcap.CaptureBytes.pcap;
import static tcplab.pcap.CaptureBytes.tcp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tcplab.i18n.Language;
import tcplab.i18n.Messages;
import org.junit.jupiter.api.io.TempDir;

/** Broken files end in one {@link PcapFormatException} naming the problem and its byte offset. */
class MalformedCaptureTest {

    private static final byte[] PACKET = ipv4(tcp(CLIENT_V4, SERVER_V4, 0x10, new byte[0], 0));

    @TempDir
    Path folder;

    private static void assertRefused(byte[] file, String message) {
        assertThatThrownBy(() -> PcapReader.read(file)).isExactlyInstanceOf(PcapFormatException.class)
                .hasMessage(message);
    }

    @Test
    void theProblemIsSaidInEachLanguageWithItsPartsTranslatedToo() {
        byte[] file = java.util.Arrays.copyOf(new byte[] {(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1}, 10);

        assertThatThrownBy(() -> PcapReader.read(file)).isInstanceOfSatisfying(PcapFormatException.class, e -> {
            assertThat(Messages.of(Language.ENGLISH).text(e.problem())).isEqualTo(e.getMessage())
                    .isEqualTo("at byte 4: the file ends inside the file header (6 of its 20 bytes)");
            assertThat(Messages.of(Language.KOREAN).text(e.problem()))
                    .isEqualTo("4번째 바이트 위치: 파일 헤더 중간에서 파일이 끝납니다(20바이트 중 6바이트만 있습니다).");
        });
    }

    @Test
    void anEmptyFileAndGarbage() {
        assertRefused(new byte[0], "at byte 0: the file is empty, not a capture");
        assertRefused("GET / HTTP/1.1\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "at byte 0: not a pcap or pcapng capture (it starts with 47455420)");
    }

    @Test
    void aFolderAndAMissingFile() {
        assertThatThrownBy(() -> PcapReader.open(folder, () -> false)).isExactlyInstanceOf(PcapFormatException.class)
                .hasMessageEndingWith("is a folder, not a capture file");
        assertThatThrownBy(() -> PcapReader.open(folder.resolve("none.pcap"), () -> false))
                .isExactlyInstanceOf(PcapFormatException.class).hasMessageStartingWith("cannot open none.pcap");
    }

    @Test
    void aFileCutShortAnywhere() {
        byte[] file = pcap(101, PACKET, PACKET);
        assertRefused(java.util.Arrays.copyOf(file, 10), "at byte 4: the file ends inside the file header (6 of its 20 bytes)");
        assertRefused(java.util.Arrays.copyOf(file, 24 + 16 + 40 + 5),
                "at byte 80: the file ends inside the packet record header (5 of its 16 bytes)");
        assertRefused(java.util.Arrays.copyOf(file, 24 + 16 + 30),
                "at byte 40: the file ends inside the packet 1 (30 of its 40 bytes)");
    }

    @Test
    void aCapturedLengthBeyondAnyPacketIsRefusedBeforeItIsAllocated() {
        byte[] file = pcap(101, PACKET);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(32, 0x7FFF_FFF0);

        assertRefused(file, "at byte 24: packet 1 claims 2147483632 captured bytes, more than the 1048576 a capture holds");
    }

    @Test
    void ipAndTcpLengthsThatLie() {
        byte[] tooLong = PACKET.clone();
        tooLong[3] = (byte) 200;
        byte[] offset = PACKET.clone();
        offset[20 + 12] = (byte) 0xF0;

        assertRefused(pcap(101, tooLong), "at byte 24: packet 1: IPv4 total length 200 does not fit the header length"
                + " 20 and the 40 bytes on the wire");
        assertRefused(pcap(101, offset), "at byte 24: packet 1: TCP data offset 60 outside 20 to the segment’s 20 bytes");
    }

    @Test
    void aLinkHeaderLongerThanThePacket() {
        assertRefused(pcap(1, new byte[10]), "at byte 24: packet 1: Ethernet header longer than the packet’s 10 bytes");
        assertRefused(pcap(113, new byte[15]),
                "at byte 24: packet 1: Linux cooked capture header longer than the packet’s 15 bytes");
    }

    @Test
    void pcapngBlocksWhoseLengthsLie() {
        ByteOrder le = ByteOrder.LITTLE_ENDIAN;
        byte[] section = CaptureBytes.sectionHeader(le);
        byte[] idb = CaptureBytes.interfaceDescription(le, 101, -1);
        byte[] packet = CaptureBytes.enhancedPacket(le, 0, 0, PACKET);
        int at = section.length + idb.length;
        byte[] trailer = concat(section, idb, packet);
        ByteBuffer.wrap(trailer).order(le).putInt(trailer.length - 4, 99);
        byte[] huge = concat(section, idb, packet);
        ByteBuffer.wrap(huge).order(le).putInt(at + 4, 0xFFFF_FFFC);
        byte[] captured = concat(section, idb, packet);
        ByteBuffer.wrap(captured).order(le).putInt(at + 20, 41);

        assertRefused(trailer, "at byte " + at + ": block length " + packet.length + " at its start but 99 at its end");
        assertRefused(huge, "at byte " + at + ": block length 4294967292 is not a multiple of 4 between 12 and 16777216");
        assertRefused(captured, "at byte " + at + ": packet 1 claims 41 captured bytes in a block with room for 40");
        assertRefused(concat(section, packet), "at byte " + section.length + ": packet 1 names interface 0 but the"
                + " section describes 0");
    }

    @Test
    void theCancelHookEndsTheReadBetweenPackets() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        try (PcapReader reader = PcapReader.open(new ByteArrayInputStream(pcap(101, PACKET, PACKET, PACKET)),
                () -> asked.incrementAndGet() > 2)) {
            assertThat(reader.next()).isPresent();
            assertThat(reader.next()).isPresent();
            assertThatThrownBy(reader::next).isExactlyInstanceOf(InterruptedIOException.class)
                    .hasMessage("reading cancelled at byte 136");
        }
    }

    @Test
    void aReadErrorOfTheStreamIsAFormatExceptionWithItsOffset() throws IOException {
        byte[] file = pcap(101, PACKET);
        InputStream failing = new InputStream() {
            private int read;

            @Override
            public int read() throws IOException {
                if (read == 30) {
                    throw new IOException("disk gone");
                }
                return file[read++] & 0xFF;
            }
        };
        try (PcapReader reader = PcapReader.open(failing, () -> false)) {
            assertThatThrownBy(reader::next).isExactlyInstanceOf(PcapFormatException.class)
                    .hasMessage("at byte 30: cannot read the file: the system reports an error (disk gone)");
        }
        Path copy = folder.resolve("copy.pcap");
        Files.write(copy, file);
        assertThat(CaptureFilesTest.readAll(copy)).hasSize(1);
    }
}
