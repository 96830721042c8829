package tcplab.pdf;

import java.util.Map;

/**
 * Characters a handout page uses that the bundled fonts lack, each with a look-alike they have.
 * A browser draws such a character from any font of the system; the PDF has only the fonts it
 * embeds, and openhtmltopdf would print {@code #} in its place: the answers' tick (✓) and the
 * cross on a lost segment (✕) are not in NanumGothic, the square root sign and the multiplication
 * sign are.
 */
final class StandInCharacters {

    private static final Map<Character, Character> STAND_INS = Map.of(
            '✓', '√', '✔', '√', '✕', '×', '✗', '×');

    private StandInCharacters() {
    }

    /** {@code page} with every character the fonts lack replaced by its stand-in. */
    static String replace(String page) {
        StringBuilder replaced = new StringBuilder(page.length());
        page.chars().forEach(character -> replaced.append(STAND_INS.getOrDefault((char) character, (char) character)));
        return replaced.toString();
    }
}
