package tcplab.view;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * Writes an image as PNG (8-bit RGBA, no filtering). JavaFX reads PNG but does not write it, and
 * writing it through AWT would make the app carry the whole desktop module for one picture.
 */
final class PngFile {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngFile() {
    }

    static void write(Image image, OutputStream out) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        PixelReader pixels = image.getPixelReader();
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] {8, 6, 0, 0, 0}); // bit depth 8, RGBA, deflate, no filter method, no interlace
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(data)) {
            byte[] row = new byte[1 + 4 * width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int argb = pixels.getArgb(x, y);
                    row[1 + 4 * x] = (byte) (argb >> 16);
                    row[2 + 4 * x] = (byte) (argb >> 8);
                    row[3 + 4 * x] = (byte) argb;
                    row[4 + 4 * x] = (byte) (argb >>> 24);
                }
                deflated.write(row);
            }
        }
        out.write(SIGNATURE);
        chunk(out, "IHDR", header.toByteArray());
        chunk(out, "IDAT", data.toByteArray());
        chunk(out, "IEND", new byte[0]);
    }

    private static void chunk(OutputStream out, String type, byte[] body) throws IOException {
        DataOutputStream chunk = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(body);
        chunk.writeInt(body.length);
        chunk.write(name);
        chunk.write(body);
        chunk.writeInt((int) crc.getValue());
        chunk.flush();
    }
}
