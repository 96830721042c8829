package tcplab.view;

import javafx.scene.text.Text;
import tcplab.playback.TextMeasure;

/** Sizes of texts as drawn in the font and style of a text node that is never shown. */
final class TextNodeMeasure implements TextMeasure {

    private final Text text;

    /** @param text a hidden node in the scene, styled as the texts to measure */
    TextNodeMeasure(Text text) {
        this.text = text;
    }

    @Override
    public double width(String shown) {
        text.setText(shown);
        return text.getLayoutBounds().getWidth();
    }

    @Override
    public double height(String shown) {
        text.setText(shown);
        return text.getLayoutBounds().getHeight();
    }
}
