package tcplab.export;

import tcplab.playback.TextMeasure;

/**
 * Text sizes estimated from the characters alone, for drawings made without a window: Hangul and
 * other wide scripts take a full em, capitals and digits about two thirds, narrow letters and
 * spaces a third, the rest a little over half; a line is 1.25 em high. The estimates lean wide,
 * so a label laid out with them fits in the viewer's font.
 */
final class EstimatedTextMeasure implements TextMeasure {

    private static final double LINE_HEIGHT = 1.25;
    private final double fontSize;

    /** @param fontSize the font's size in pixels */
    EstimatedTextMeasure(double fontSize) {
        this.fontSize = fontSize;
    }

    @Override
    public double width(String text) {
        double widest = 0;
        for (String line : text.split("\n", -1)) {
            widest = Math.max(widest, line.codePoints().mapToDouble(EstimatedTextMeasure::ems).sum() * fontSize);
        }
        return widest;
    }

    @Override
    public double height(String text) {
        return text.split("\n", -1).length * LINE_HEIGHT * fontSize;
    }

    /** A character's estimated advance in ems. */
    private static double ems(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || codePoint >= 0x2E80 && codePoint <= 0xFFEF) {
            return 1.0;
        }
        if (codePoint == ' ' || "il.,:;|!()[]'’".indexOf(codePoint) >= 0) {
            return 0.34;
        }
        if (Character.isUpperCase(codePoint) || Character.isDigit(codePoint) || codePoint == '+' || codePoint == '%') {
            return 0.68;
        }
        return 0.6;
    }
}
