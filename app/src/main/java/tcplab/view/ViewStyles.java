package tcplab.view;

import java.util.Locale;
import javafx.css.PseudoClass;
import tcplab.engine.Side;
import tcplab.playback.Flight;
import tcplab.playback.SegmentKind;

/** Style class and pseudo-class names shared by several views. */
final class ViewStyles {

    /** Marks a label whose text is the same in every language: protocol names, numbers, speeds. */
    static final String LANGUAGE_NEUTRAL = "language-neutral";
    static final String CLIENT = "client";
    static final String SERVER = "server";
    static final PseudoClass FALLING = PseudoClass.getPseudoClass("falling");
    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");
    /** A state the run has been in. */
    static final PseudoClass VISITED = PseudoClass.getPseudoClass("visited");
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    /** A note that tells of something that went wrong, not of something done. */
    static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    /** A big window (a projector, full HD): the style sheet sets the smallest texts larger. */
    static final PseudoClass LARGE = PseudoClass.getPseudoClass("large");

    private ViewStyles() {
    }

    /** The style class of a segment's kind, e.g. {@code kind-syn-ack}: its colour in the diagrams. */
    static String kindClass(Flight flight) {
        return "kind-" + SegmentKind.of(flight.segment()).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String sideClass(Side side) {
        return side == Side.CLIENT ? CLIENT : SERVER;
    }
}
