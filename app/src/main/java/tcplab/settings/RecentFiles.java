package tcplab.settings;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the learner opened last, newest first, remembered in the {@link Settings} under one
 * key: at most {@link #LIMIT}, each once. A remembered name that is no longer a valid path on this
 * system is left out rather than failing.
 */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int LIMIT = 8;
    static final String KEY = "files.recent";

    private final Settings settings;

    public RecentFiles(Settings settings) {
        this.settings = settings;
    }

    /** The remembered files, newest first. */
    public List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String name : settings.getString(KEY, "").split("\n")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                files.add(Path.of(name));
            } catch (InvalidPathException e) {
                // Written on another system, or edited by hand: not a file here.
            }
        }
        return files.subList(0, Math.min(LIMIT, files.size()));
    }

    /**
     * Puts {@code file} first, removing an earlier mention of it and the oldest beyond the limit,
     * and saves the settings.
     *
     * @throws IOException if the settings could not be saved; the list in memory is updated anyway
     */
    public void add(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(list());
        files.remove(absolute);
        files.add(0, absolute);
        store(files.subList(0, Math.min(LIMIT, files.size())));
    }

    /** Forgets {@code file} (it could not be opened any more) and saves the settings. */
    public void remove(Path file) throws IOException {
        List<Path> files = new ArrayList<>(list());
        if (files.remove(file.toAbsolutePath().normalize())) {
            store(files);
        }
    }

    private void store(List<Path> files) throws IOException {
        settings.putString(KEY, String.join("\n", files.stream().map(Path::toString).toList()));
        settings.save();
    }
}
