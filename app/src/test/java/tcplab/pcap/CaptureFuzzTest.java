package tcplab.pcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tcplab.capture.CaptureContents;
import tcplab.capture.CaptureFile;
import tcplab.capture.CapturePoint;
import tcplab.capture.CapturedConnection;
import tcplab.capture.CapturedTrace;
import tcplab.engine.TraceEvent;

/**
 * Mutates and truncates the committed captures thousands of times with a seeded generator: every
 * attempt ends in a read or a {@link PcapFormatException}, never another exception, and the whole
 * run ends (the timeout is a hang guard, far above what the run takes). The same holds when the
 * mutants go on to become connections and their traces, at every capture point.
 */
class CaptureFuzzTest {

    private static final long SEED = 20_261_201L;
    private static final int ATTEMPTS_PER_FILE = 1500;
    private static final int[] LENGTH_LIKE = {0, 1, 3, 0x7F, 0xFF, 0xFFFF, 0x7FFF_FFFF, 0xFFFF_FFFC, 0xFFFF_FFFF};

    @Test
    void everyMutationEndsInARecordListOrOneCleanException() throws IOException {
        List<byte[]> captures = new ArrayList<>();
        for (String name : CaptureFilesTest.CAPTURES) {
            captures.add(Files.readAllBytes(CaptureFilesTest.capture(name)));
        }
        int[] outcomes = new int[2];
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            Random random = new Random(SEED);
            for (byte[] original : captures) {
                for (int attempt = 0; attempt < ATTEMPTS_PER_FILE; attempt++) {
                    byte[] mutant = mutate(original, random);
                    try {
                        PcapReader.read(mutant);
                        outcomes[0]++;
                    } catch (PcapFormatException e) {
                        assertThat(e.getMessage()).isNotBlank();
                        outcomes[1]++;
                    }
                }
            }
        });
        assertThat(outcomes[0]).as("mutants read").isPositive();
        assertThat(outcomes[1]).as("mutants refused").isPositive();
    }

    @Test
    void everyMutationBecomesConnectionsAndTracesOrOneCleanException() throws IOException {
        List<byte[]> captures = new ArrayList<>();
        for (String name : CaptureFilesTest.CAPTURES) {
            captures.add(Files.readAllBytes(CaptureFilesTest.capture(name)));
        }
        int[] traces = new int[1];
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            Random random = new Random(SEED + 1);
            for (byte[] original : captures) {
                for (int attempt = 0; attempt < ATTEMPTS_PER_FILE / 3; attempt++) {
                    CaptureContents contents;
                    try {
                        contents = CaptureFile.read(mutate(original, random));
                    } catch (PcapFormatException e) {
                        assertThat(e.getMessage()).isNotBlank();
                        continue;
                    }
                    for (CapturedConnection connection : contents.connections()) {
                        for (CapturePoint point : CapturePoint.values()) {
                            CapturedTrace captured = connection.toTrace(point);
                            assertThat(captured.segments()).hasSizeGreaterThanOrEqualTo(connection.packets().size());
                            assertThat(captured.trace().events()).extracting(TraceEvent::time).isSorted();
                            traces[0]++;
                        }
                    }
                }
            }
        });
        assertThat(traces[0]).as("traces made of mutants").isPositive();
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] mutant = original.clone();
        int changes = 1 + random.nextInt(8);
        for (int i = 0; i < changes; i++) {
            int at = random.nextInt(mutant.length);
            switch (random.nextInt(3)) {
                case 0 -> mutant[at] = (byte) random.nextInt(256);
                case 1 -> mutant[at] ^= (byte) (1 << random.nextInt(8));
                default -> {
                    int value = LENGTH_LIKE[random.nextInt(LENGTH_LIKE.length)];
                    for (int b = 0; b < 4 && at + b < mutant.length; b++) {
                        mutant[at + b] = (byte) (value >>> (8 * b));
                    }
                }
            }
        }
        if (random.nextInt(4) == 0) {
            return java.util.Arrays.copyOf(mutant, random.nextInt(mutant.length + 1));
        }
        return mutant;
    }
}
