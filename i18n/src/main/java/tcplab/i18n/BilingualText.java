package tcplab.i18n;

import java.util.Objects;

/**
 * A text written in Korean and in English rather than taken from the bundles, such as a teacher's
 * task or question; either language may be empty.
 *
 * @param ko the Korean text
 * @param en the English text
 */
public record BilingualText(String ko, String en) implements Localizable {

    /** Neither language. */
    public static final BilingualText EMPTY = new BilingualText("", "");

    public BilingualText {
        Objects.requireNonNull(ko, "ko");
        Objects.requireNonNull(en, "en");
    }

    /** Whether there is no text in either language. */
    public boolean isEmpty() {
        return ko.isBlank() && en.isBlank();
    }

    /** The text in {@code language}, or in the other one where the writer left it empty. */
    public String in(Language language) {
        boolean korean = language == Language.KOREAN;
        String chosen = korean ? ko : en;
        return chosen.isBlank() ? (korean ? en : ko) : chosen;
    }
}
