package tcplab.options;

import picocli.CommandLine.ITypeConverter;

/** Converts an option's value to a whole number in a range that a subclass fixes. */
public abstract class WholeNumber implements ITypeConverter<Long> {

    private final long min;
    private final long max;

    protected WholeNumber(long min, long max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public Long convert(String text) {
        return NumberText.whole(text, min, max);
    }

    /** Any 64-bit whole number, such as a seed. */
    public static final class Any extends WholeNumber {
        public Any() {
            super(Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }
}
