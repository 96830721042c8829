package tcplab.exercise;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import tcplab.i18n.Message;

/**
 * An exercise as a short text to write on a board or paste in a chat:
 * {@code TCPLAB2.<data>.<check>}, where data is the compact JSON of the exercise (fields that only
 * repeat what reading assumes are left out), compressed with raw deflate against a fixed
 * dictionary of the format's own words and written in base64url without padding, and check is
 * the CRC-32 of data as eight lower-case hexadecimal digits. Whitespace inside a code is ignored,
 * so a code broken over lines still reads. Codes of version 1 ({@code TCPLAB1.}) still read.
 */
public final class ExerciseCode {

    /** What every code written now starts with: the lab and the format's version. */
    public static final String PREFIX = prefix(ExerciseFormat.VERSION);

    /**
     * Longer and a code no longer fits a chat message or a board; the window's editor of teacher
     * texts refuses texts that would make one.
     */
    public static final int MAX_CHARS = 3000;

    /**
     * Words an exercise's JSON is mostly made of; deflate refers back to them, which keeps a
     * typical code short. Part of format version 1: changing it makes a new version.
     */
    private static final String DICTIONARY_V1 = "{\"version\":1,\"lesson\":\"handshake\",\"profile\":\"linux\",\"rfc\","
            + "\"seed\":1,\"isn\":{\"mode\":\"fixed\",\"rfc9293\",\"client\":1000,\"server\":5000},"
            + "\"linux\":{\"tcp_syn_retries\":6,\"tcp_synack_retries\":5,\"tcp_syn_linear_timeouts\":4,"
            + "\"tcp_fin_timeout\":60,\"tcp_rfc1337\":0,\"tcp_timestamps\":1},\"links\":{\"clientToServer\":"
            + "{\"lossPercent\":0.0,\"delayMillis\":50,\"jitterMillis\":0},\"serverToClient\":{\"lossPercent\":0.0,"
            + "\"delayMillis\":50,\"jitterMillis\":0}},\"drops\":[\"C>S:#1\",\"S>C:SYN+ACK#1\"],\"startMillis\":"
            + "\"language\":\"ko\",\"en\",\"teacher\":{\"task\":{\"ko\":\"\",\"en\":\"\"},\"hints\":[{\"ko\":\"\","
            + "\"en\":\"\"}]}}";

    /** Version 2 adds the words of the teacher's questions. */
    private static final String DICTIONARY_V2 = DICTIONARY_V1 + "\"questions\":[{\"beforeEvent\":1,\"prompt\":"
            + "{\"ko\":\"\",\"en\":\"\"},\"choices\":[{\"text\":{\"ko\":\"\",\"en\":\"\"},\"correct\":true,"
            + "\"feedback\":{\"ko\":\"\",\"en\":\"\"}},{\"text\":{\"ko\":\"\",\"en\":\"\"},\"correct\":false}]}]";

    private static final int CHECK_DIGITS = 8;

    private ExerciseCode() {
    }

    /** The code of an exercise. */
    public static String encode(Exercise exercise) {
        byte[] json = ExerciseFormat.write(exercise, false).getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setDictionary(dictionary(ExerciseFormat.VERSION));
        deflater.setInput(json);
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        String data = Base64.getUrlEncoder().withoutPadding().encodeToString(packed.toByteArray());
        return PREFIX + data + "." + check(data);
    }

    /** Reads a code back into its exercise, checking the code and then every field. */
    public static Exercise decode(String code) throws ExerciseProblem {
        String compact = code.replaceAll("\\s+", "");
        if (compact.length() > ExerciseFormat.MAX_BYTES) {
            throw new ExerciseProblem(Message.of("exercise.problem.tooLarge", Integer.toString(ExerciseFormat.MAX_BYTES)));
        }
        int version = ExerciseFormat.VERSION;
        while (version >= ExerciseFormat.OLDEST_VERSION
                && !compact.regionMatches(true, 0, prefix(version), 0, prefix(version).length())) {
            version--;
        }
        if (version < ExerciseFormat.OLDEST_VERSION) {
            throw new ExerciseProblem(Message.of("exercise.problem.codePrefix", PREFIX));
        }
        int start = prefix(version).length();
        int dot = compact.lastIndexOf('.');
        String data = compact.substring(start, Math.max(dot, start));
        String check = dot < start ? "" : compact.substring(dot + 1);
        if (!check.toLowerCase(Locale.ROOT).equals(check(data))) {
            throw new ExerciseProblem(Message.of("exercise.problem.codeCheck"));
        }
        return ExerciseFormat.read(unpack(data, dictionary(version)));
    }

    private static String prefix(int version) {
        return "TCPLAB" + version + ".";
    }

    private static byte[] dictionary(int version) {
        return (version == 1 ? DICTIONARY_V1 : DICTIONARY_V2).getBytes(StandardCharsets.UTF_8);
    }

    private static String unpack(String data, byte[] dictionary) throws ExerciseProblem {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setDictionary(dictionary);
            inflater.setInput(Base64.getUrlDecoder().decode(data));
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            while (!inflater.finished()) {
                int count = inflater.inflate(buffer);
                // Input that ends before the stream does, or unpacks to more than an exercise can be.
                if (count == 0 && inflater.needsInput() || json.size() + count > ExerciseFormat.MAX_BYTES) {
                    throw new ExerciseProblem(Message.of("exercise.problem.codeData"));
                }
                json.write(buffer, 0, count);
            }
            return json.toString(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | DataFormatException e) {
            throw new ExerciseProblem(Message.of("exercise.problem.codeData"));
        } finally {
            inflater.end();
        }
    }

    private static String check(String data) {
        CRC32 crc = new CRC32();
        crc.update(data.getBytes(StandardCharsets.US_ASCII));
        String hex = Long.toHexString(crc.getValue());
        return "0".repeat(CHECK_DIGITS - hex.length()) + hex;
    }
}
