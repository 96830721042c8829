package tcplab.options;

import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;

/** Converts a probability from 0 to 1, kept exactly as written so that 0.1 stays 0.1. */
public final class Probability implements ITypeConverter<BigDecimal> {

    /** Decimals a probability may have; finer rates make no difference to any run of this lab. */
    static final int DECIMALS = 9;

    @Override
    public BigDecimal convert(String text) {
        return NumberText.decimal(text, BigDecimal.ZERO, BigDecimal.ONE, DECIMALS, "a probability from 0 to 1");
    }
}
