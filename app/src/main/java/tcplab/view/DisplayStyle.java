package tcplab.view;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.util.Subscription;

/**
 * What the {@link DisplayModel} sets on a window's root: the text size for its zoom, which every
 * size in the style sheet is relative to, and the style class of its theme's palette. Every
 * window of the lab follows it, so a second window looks like the main one.
 */
final class DisplayStyle {

    /** The text size at 100 %, in pixels. */
    static final double BASE_FONT_SIZE = 14;

    private DisplayStyle() {
    }

    /** The root's text size for the display's zoom. */
    static String zoomStyle(DisplayModel display) {
        return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT_SIZE * display.zoomFactor());
    }

    /** Styles {@code root} for the display as it is now. */
    static void apply(Parent root, DisplayModel display) {
        root.setStyle(zoomStyle(display));
        showTheme(root, display.themeProperty().get());
    }

    /**
     * Styles {@code root} for the display now and whenever its zoom or theme changes, until the
     * returned subscription is cancelled (a closed window's root must not be kept alive by it).
     */
    static Subscription follow(Parent root, DisplayModel display) {
        return display.zoomProperty().subscribe(zoom -> root.setStyle(zoomStyle(display)))
                .and(display.themeProperty().subscribe(theme -> showTheme(root, theme)));
    }

    private static void showTheme(Parent root, Theme theme) {
        for (Theme other : Theme.values()) {
            root.getStyleClass().remove(other.styleClass());
        }
        root.getStyleClass().add(theme.styleClass());
    }
}
