package tcplab.view;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Parent;
import javafx.util.Subscription;

/**
 * What the {@link DisplayModel} sets on a window's root: the text size for its zoom, which every
 * size in the style sheet is relative to, the icons' sizes for it, and the style class of its
 * theme's palette. Every
 * window of the lab follows it, so a second window looks like the main one.
 */
final class DisplayStyle {

    /** The text size at 100 %, in pixels. */
    static final double BASE_FONT_SIZE = 14;

    /**
     * The icons' sizes at 100 %, in pixels, by selector; the zoom multiplies them. They cannot be
     * in em in the style sheet: an icon's em is its own size, which that would change.
     */
    private static final Map<String, Integer> ICON_SIZES = Map.of(
            ".ikonli-font-icon", 16,
            ".playback-bar .button-icon .ikonli-font-icon", 20,
            ".host-node .host-icon", 30);

    private DisplayStyle() {
    }

    /** The root's text size for the display's zoom. */
    static String zoomStyle(DisplayModel display) {
        return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT_SIZE * display.zoomFactor());
    }

    /** Styles {@code root} for the display as it is now. */
    static void apply(Parent root, DisplayModel display) {
        showZoom(root, display);
        showTheme(root, display.themeProperty().get());
    }

    /**
     * Styles {@code root} for the display now and whenever its zoom or theme changes, until the
     * returned subscription is cancelled (a closed window's root must not be kept alive by it).
     */
    static Subscription follow(Parent root, DisplayModel display) {
        return display.zoomProperty().subscribe(zoom -> showZoom(root, display))
                .and(display.themeProperty().subscribe(theme -> showTheme(root, theme)));
    }

    private static void showZoom(Parent root, DisplayModel display) {
        root.setStyle(zoomStyle(display));
        root.getStylesheets().setAll(iconSizes(display.zoomFactor()));
    }

    /** A style sheet, as a data URI, that sizes every icon for the zoom. */
    private static String iconSizes(double zoomFactor) {
        StringBuilder css = new StringBuilder();
        // Their order does not matter: the more specific selector wins.
        ICON_SIZES.forEach((selector, size) -> css.append(selector).append(" { -fx-icon-size: ")
                .append(Math.round(size * zoomFactor)).append("; }\n"));
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void showTheme(Parent root, Theme theme) {
        for (Theme other : Theme.values()) {
            root.getStyleClass().remove(other.styleClass());
        }
        root.getStyleClass().add(theme.styleClass());
    }
}
