package tcplab.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tcplab.files.AtomicFile;
import tcplab.files.IoProblem;
import tcplab.i18n.Message;

/**
 * The learner's remembered choices (language, and whatever else the window keeps between
 * starts), in one small text file of the app's own in its data folder, so that the app writes
 * nowhere else. The file holds one {@code key=value} per line, UTF-8; values escape backslash,
 * line feed and carriage return as {@code \\}, {@code \n} and {@code \r}.
 *
 * <p>Reading never fails: a missing file gives the defaults; an unreadable or damaged one gives
 * the defaults too, with {@link #problem()} saying why, and is kept beside the new file as
 * {@code NAME.damaged} on the next {@link #save()} rather than lost. A value that does not read as
 * the type asked for gives that call's default. Saving writes a temporary file beside the target
 * and renames it over the target, so a crash or a full disk never leaves half a file.
 *
 * <p>Keys are dotted words ({@code language}, {@code view.zoom}): letters, digits, {@code . _ -}.
 * Safe to use from several threads.
 */
public final class Settings {

    /** Larger than any settings file the app writes by far; a bigger one is not read at all. */
    static final int MAX_BYTES = 1 << 20;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]+");
    private static final String HEADER = "# TCP Handshake Lab settings: key=value, UTF-8";

    private final Path file;
    private final Map<String, String> values;
    private final Message problem;
    private boolean damagedFileKept;

    private Settings(Path file, Map<String, String> values, Message problem) {
        this.file = file;
        this.values = values;
        this.problem = problem;
        this.damagedFileKept = problem == null;
    }

    /**
     * The settings stored in {@code file}: empty if it does not exist, empty with a
     * {@link #problem()} if it cannot be read or is damaged.
     */
    public static Settings load(Path file) {
        Objects.requireNonNull(file);
        try {
            return new Settings(file, parse(read(file)), null);
        } catch (NoSuchFileException e) {
            return new Settings(file, new TreeMap<>(), null);
        } catch (IOException e) {
            return new Settings(file, new TreeMap<>(),
                    Message.of("settings.problem.unreadable", file.toString(), IoProblem.of(e)));
        } catch (DamagedException e) {
            return new Settings(file, new TreeMap<>(), Message.of("settings.problem.damaged", file.toString(), e.damage));
        }
    }

    /** Settings kept only in memory, never saved: for tests and for runs that must not remember. */
    public static Settings inMemory() {
        return new Settings(null, new TreeMap<>(), null);
    }

    /**
     * Why the stored settings were not used (the file and what is wrong with it), if they were not,
     * as a text to show in the learner's language.
     */
    public Optional<Message> problem() {
        return Optional.ofNullable(problem);
    }

    public synchronized String getString(String key, String fallback) {
        return values.getOrDefault(checkedKey(key), fallback);
    }

    public synchronized int getInt(String key, int fallback) {
        String value = values.get(checkedKey(key));
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The stored number; a value that is not a finite number gives {@code fallback}. */
    public synchronized double getDouble(String key, double fallback) {
        String value = values.get(checkedKey(key));
        try {
            double number = value == null ? fallback : Double.parseDouble(value);
            return Double.isFinite(number) ? number : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** {@code true} or {@code false} as stored; anything else gives {@code fallback}. */
    public synchronized boolean getBoolean(String key, boolean fallback) {
        String value = values.get(checkedKey(key));
        if ("true".equals(value)) {
            return true;
        }
        return "false".equals(value) ? false : fallback;
    }

    /** Sets {@code key} in memory; {@link #save()} stores it. */
    public synchronized void putString(String key, String value) {
        values.put(checkedKey(key), Objects.requireNonNull(value));
    }

    public void putInt(String key, int value) {
        putString(key, Integer.toString(value));
    }

    /** @throws IllegalArgumentException if {@code value} is not finite */
    public void putDouble(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " must be a finite number, not " + value);
        }
        putString(key, Double.toString(value));
    }

    public void putBoolean(String key, boolean value) {
        putString(key, Boolean.toString(value));
    }

    public synchronized void remove(String key) {
        values.remove(checkedKey(key));
    }

    /**
     * Writes every setting to the file, atomically: readers see the old file or the new one,
     * never a mixture. Settings made {@link #inMemory()} are not written.
     *
     * @throws IOException if the file cannot be written; the settings in memory stay as they are
     */
    public synchronized void save() throws IOException {
        if (file == null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        if (!damagedFileKept) {
            // The learner's old file is not thrown away unseen: it stays beside the new one.
            try {
                Files.move(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
            } catch (NoSuchFileException alreadyGone) {
                // nothing to keep
            }
            damagedFileKept = true;
        }
        String text = format();
        AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private String format() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        values.forEach((key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
        return text.toString();
    }

    private static String read(Path file) throws IOException, DamagedException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new DamagedException(Message.of("settings.damage.tooLarge", MAX_BYTES / 1024));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DamagedException(Message.of("settings.damage.notUtf8"));
        }
    }

    private static Map<String, String> parse(String text) throws DamagedException {
        Map<String, String> values = new TreeMap<>();
        int lineNumber = 0;
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            // A file edited on Windows ends its lines with CR LF.
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0 || !KEY.matcher(line.substring(0, equals)).matches()) {
                throw new DamagedException(Message.of("settings.damage.notKeyValue", lineNumber));
            }
            values.put(line.substring(0, equals), unescape(line.substring(equals + 1), lineNumber));
        }
        return values;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String value, int lineNumber) throws DamagedException {
        StringBuilder plain = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                throw new DamagedException(Message.of("settings.damage.bareLineBreak", lineNumber));
            }
            if (c != '\\') {
                plain.append(c);
                continue;
            }
            char escaped = ++i < value.length() ? value.charAt(i) : '?';
            switch (escaped) {
                case '\\' -> plain.append('\\');
                case 'n' -> plain.append('\n');
                case 'r' -> plain.append('\r');
                default -> throw new DamagedException(Message.of("settings.damage.badEscape", lineNumber));
            }
        }
        return plain.toString();
    }

    private static String checkedKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a settings key: " + key);
        }
        return key;
    }

    /** What is wrong with a settings file that could be read. */
    private static final class DamagedException extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Message damage;

        DamagedException(Message damage) {
            super(damage.key());
            this.damage = damage;
        }
    }
}
