package tcplab.view;

import javafx.css.PseudoClass;
import tcplab.engine.Side;

/** Style class and pseudo-class names shared by several views. */
final class ViewStyles {

    /** Marks a label whose text is the same in every language: protocol names, numbers, speeds. */
    static final String LANGUAGE_NEUTRAL = "language-neutral";
    static final String CLIENT = "client";
    static final String SERVER = "server";
    static final PseudoClass FALLING = PseudoClass.getPseudoClass("falling");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** A big window (a projector, full HD): the style sheet sets the smallest texts larger. */
    static final PseudoClass LARGE = PseudoClass.getPseudoClass("large");

    private ViewStyles() {
    }

    static String sideClass(Side side) {
        return side == Side.CLIENT ? CLIENT : SERVER;
    }
}
