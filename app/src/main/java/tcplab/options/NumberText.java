package tcplab.options;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import picocli.CommandLine.TypeConversionException;

/**
 * Numbers as typed on the command line, read with bounded effort: the text is limited in length
 * and matched against a plain decimal pattern before it is parsed, and its range is checked by
 * comparison before any arithmetic, so that {@code 1e2147483647} costs no more than {@code 1}.
 * A refusal names the accepted range and repeats at most a short prefix of the text.
 */
public final class NumberText {

    /** Longer texts are refused unread; no number an option accepts needs more. */
    static final int MAX_LENGTH = 40;

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,9})?");

    private NumberText() {
    }

    /** A whole number from {@code min} to {@code max}. */
    public static long whole(String text, long min, long max) {
        if (text.length() <= MAX_LENGTH && WHOLE.matcher(text).matches()) {
            BigInteger value = new BigInteger(text);
            if (value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0) {
                return value.longValueExact();
            }
        }
        throw new TypeConversionException("expected a whole number from " + min + " to " + max + ", got "
                + ShownValue.quoted(text));
    }

    /**
     * A decimal number from {@code min} to {@code max} with at most {@code decimals} digits after the
     * point (trailing zeros aside), exactly as written.
     *
     * @param expected what the option takes, for the message, e.g. "a probability from 0 to 1"
     */
    public static BigDecimal decimal(String text, BigDecimal min, BigDecimal max, int decimals, String expected) {
        if (text.length() <= MAX_LENGTH && DECIMAL.matcher(text).matches()) {
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                value = null; // an exponent beyond int: far outside any range below
            }
            if (value != null && value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                    && value.stripTrailingZeros().scale() <= decimals) {
                return value;
            }
        }
        throw new TypeConversionException("expected " + expected + " with at most " + decimals + " decimals, got "
                + ShownValue.quoted(text));
    }
}
