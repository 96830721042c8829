package tcplab.options;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;

/**
 * Converts a delay or jitter in milliseconds, to microsecond precision, into microseconds. At most
 * one day is accepted: every event of a run then stays far inside the engine's 64-bit microsecond
 * clock, however many retransmissions each wait for.
 */
public final class Milliseconds implements ITypeConverter<Long> {

    /** The longest delay or jitter accepted, in milliseconds: one day. */
    public static final long MAX_MILLIS = 86_400_000;

    @Override
    public Long convert(String text) {
        BigDecimal millis = NumberText.decimal(text, BigDecimal.ZERO, BigDecimal.valueOf(MAX_MILLIS), 3,
                "milliseconds from 0 to " + MAX_MILLIS + " (one day)");
        return millis.movePointRight(3).longValueExact();
    }
}
