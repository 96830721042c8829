package tcplab.view;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A scroll pane whose content is drawn straight to the window. JavaFX's scroll pane keeps its
 * viewport as a cached bitmap, which pays while still content scrolls; content that changes on
 * every frame (the packets and arrows while a lesson plays) would be drawn twice a frame, once
 * into the bitmap and once from it, for the whole window in the case of the window's own scroll.
 */
final class DirectViewport {

    private static final String VIEWPORT_CLASS = "viewport";

    private DirectViewport() {
    }

    /** Draws {@code scroll}'s content directly, with its present skin and any later one. */
    static void apply(ScrollPane scroll) {
        uncache(scroll);
        scroll.skinProperty().addListener((obs, old, skin) -> uncache(scroll));
    }

    private static void uncache(ScrollPane scroll) {
        for (Node child : scroll.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains(VIEWPORT_CLASS)) {
                child.setCache(false);
            }
        }
    }

    /** Whether {@code scroll}'s viewport is drawn directly, for tests; false before it has a skin. */
    static boolean drawsDirectly(ScrollPane scroll) {
        return scroll.getChildrenUnmodifiable().stream()
                .anyMatch(child -> child.getStyleClass().contains(VIEWPORT_CLASS) && !child.isCache());
    }
}
