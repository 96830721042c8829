package tcplab.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import javafx.application.Application;

/**
 * The window's colour themes. Each pairs an AtlantaFX theme with a style class on the window's
 * root that picks the lab's own palette in {@code lab.css}.
 */
public enum Theme {
    LIGHT(new PrimerLight()),
    DARK(new PrimerDark()),
    /** Black on white with strong colours and thick lines: projectors wash out anything paler. */
    HIGH_CONTRAST(new PrimerLight());

    private final atlantafx.base.theme.Theme base;

    Theme(atlantafx.base.theme.Theme base) {
        this.base = base;
    }

    /** The style class that selects this theme's palette, e.g. {@code theme-high-contrast}. */
    public String styleClass() {
        return "theme-" + name().toLowerCase().replace('_', '-');
    }

    /** The tag stored in the settings, e.g. {@code dark}. */
    String tag() {
        return name().toLowerCase();
    }

    static Optional<Theme> fromTag(String tag) {
        for (Theme theme : values()) {
            if (theme.tag().equals(tag)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }

    /** Makes this theme's AtlantaFX style sheet the application's base style sheet. */
    void applyBase() {
        String stylesheet = base.getUserAgentStylesheet();
        // Set again, even unchanged, JavaFX would style every node of the window anew.
        if (!stylesheet.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(stylesheet);
        }
    }
}
