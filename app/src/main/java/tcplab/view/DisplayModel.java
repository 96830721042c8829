package tcplab.view;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import tcplab.settings.Settings;

/**
 * How the window looks: its colour theme and its zoom (100 % to 200 % of every text and
 * drawing, for a projector). Both are remembered for the next start, in the same store as the
 * language.
 */
public final class DisplayModel {

    static final String THEME_KEY = "view.theme";
    static final String ZOOM_KEY = "view.zoom";
    /** The zoom steps, in percent, that Ctrl+plus and Ctrl+minus move between. */
    public static final List<Integer> ZOOM_STEPS = List.of(100, 110, 125, 150, 175, 200);
    public static final int NORMAL_ZOOM = 100;

    private final Settings settings;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<Integer> zoom = new SimpleObjectProperty<>(this, "zoom");

    /**
     * Starts with the remembered theme and zoom, or the light theme at 100 % the first time.
     *
     * @param settings where the choices are remembered
     */
    public DisplayModel(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
        theme.set(Theme.fromTag(settings.getString(THEME_KEY, "")).orElse(Theme.LIGHT));
        int remembered = settings.getInt(ZOOM_KEY, NORMAL_ZOOM);
        zoom.set(ZOOM_STEPS.contains(remembered) ? remembered : NORMAL_ZOOM);
    }

    /** The theme; setting it changes the window at once. Remember it with {@link #remember()}. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The zoom in percent, one of {@link #ZOOM_STEPS}. */
    public ObjectProperty<Integer> zoomProperty() {
        return zoom;
    }

    /** The zoom as a factor: 1 at 100 %, 2 at 200 %. */
    public double zoomFactor() {
        return zoom.get() / 100.0;
    }

    public void zoomIn() {
        int index = ZOOM_STEPS.indexOf(zoom.get());
        zoom.set(ZOOM_STEPS.get(Math.min(index + 1, ZOOM_STEPS.size() - 1)));
    }

    public void zoomOut() {
        int index = ZOOM_STEPS.indexOf(zoom.get());
        zoom.set(ZOOM_STEPS.get(Math.max(index - 1, 0)));
    }

    public void resetZoom() {
        zoom.set(NORMAL_ZOOM);
    }

    /**
     * Stores the current theme and zoom for the next start.
     *
     * @throws IOException if they could not be stored; the window keeps them anyway
     */
    public void remember() throws IOException {
        settings.putString(THEME_KEY, theme.get().tag());
        settings.putInt(ZOOM_KEY, zoom.get());
        settings.save();
    }
}
