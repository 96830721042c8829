package tcplab.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javax.imageio.ImageIO;
import tcplab.engine.Trace;
import tcplab.export.SequenceDiagramSvg;
import tcplab.export.StateDiagramSvg;
import tcplab.export.TraceCsv;
import tcplab.files.AtomicFile;
import tcplab.files.ExplainedIOException;
import tcplab.i18n.Message;
import tcplab.pcap.PcapWriter;

/**
 * Writes the run shown as a file: the trace as pcap or CSV, the sequence diagram as SVG (the
 * whole run) or PNG (the diagram as drawn now), the state diagram as SVG (the whole run). Each
 * file is written whole or not at all.
 */
final class RunExport {

    private final LanguageModel language;
    private final PlaybackModel playback;
    private final LadderView ladder;

    RunExport(LanguageModel language, PlaybackModel playback, LadderView ladder) {
        this.language = language;
        this.playback = playback;
        this.ladder = ladder;
    }

    /** Writes the run as {@code kind} to {@code file}, replacing it. */
    void write(ExportKind kind, Path file) throws IOException {
        Trace trace = playback.cursorProperty().get().trace();
        switch (kind) {
            case PCAP -> AtomicFile.write(file, out -> PcapWriter.write(trace, out));
            case CSV -> AtomicFile.write(file, out -> TraceCsv.write(trace, out));
            case SVG -> AtomicFile.write(file, out -> SequenceDiagramSvg.write(trace, language.messagesProperty().get(),
                    playback.relativeNumbersProperty().get(), SequenceDiagramSvg.DEFAULT_WIDTH, out));
            case STATE_SVG -> AtomicFile.write(file, out -> StateDiagramSvg.write(trace, trace.events().size(),
                    List.of(language.messagesProperty().get()), out));
            case PNG -> {
                Image image = ladder.snapshotDiagram();
                AtomicFile.write(file, out -> png(image, out));
            }
        }
    }

    private static void png(Image image, OutputStream out) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, pixels, 0, width);
        if (!ImageIO.write(picture, "png", out)) {
            throw new ExplainedIOException(Message.of("io.problem.noPngWriter"));
        }
    }
}
