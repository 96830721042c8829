package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OptionsTest {

    private static final Set<String> VALUED = Set.of("--seed", "--loss", "--delay", "--drop");
    private static final Set<String> FLAGS = Set.of("--absolute");

    private static Options parse(String... args) throws UsageException {
        return Options.parse(List.of(args), VALUED, FLAGS);
    }

    @Test
    void valuesFollowTheirOptionOrAnEqualsSign() throws UsageException {
        Options options = parse("--seed", "-7", "--loss=0.25", "--absolute", "--delay", "12.5");

        assertThat(options.integer("--seed", Long.MIN_VALUE, Long.MAX_VALUE)).hasValue(-7L);
        assertThat(options.probability("--loss")).hasValue(new BigDecimal("0.25"));
        assertThat(options.millisAsMicros("--delay")).hasValue(12_500L);
        assertThat(options.flag("--absolute")).isTrue();
    }

    @Test
    void absentOptionsAreEmpty() throws UsageException {
        Options options = parse();

        assertThat(options.integer("--seed", 0, 1)).isEmpty();
        assertThat(options.probability("--loss")).isEmpty();
        assertThat(options.flag("--absolute")).isFalse();
        assertThat(options.all("--drop")).isEmpty();
    }

    @Test
    void aRepeatableOptionKeepsEveryValue() throws UsageException {
        assertThat(parse("--drop", "C>S:#1", "--drop", "S>C:#1").all("--drop")).containsExactly("C>S:#1", "S>C:#1");
    }

    @Test
    void probabilitiesAreExactDecimals() throws UsageException {
        assertThat(parse("--loss", "1").probability("--loss")).hasValue(BigDecimal.ONE);
        assertThat(parse("--loss", "0").probability("--loss")).hasValue(BigDecimal.ZERO);
        assertThat(parse("--loss", "1e-2").probability("--loss")).hasValue(new BigDecimal("0.01"));
    }

    @Test
    void everyKindOfBadInputNamesTheOption() {
        assertBad("unknown option '--sede'", "--sede", "1");
        assertBad("unexpected argument 'seed'", "seed");
        assertBad("--seed: missing value", "--seed");
        assertBad("--seed: missing value", "--seed", "--absolute");
        assertBad("--seed: missing value", "--seed=");
        assertBad("--absolute: takes no value", "--absolute=yes");
        assertThatThrownBy(() -> parse("--seed", "x").integer("--seed", 0, 9))
                .hasMessage("--seed: expected a whole number, got 'x'");
        assertThatThrownBy(() -> parse("--seed", "10").integer("--seed", 0, 9))
                .hasMessage("--seed: expected a number from 0 to 9, got 10");
        assertThatThrownBy(() -> parse("--seed", "1", "--seed", "2").integer("--seed", 0, 9))
                .hasMessage("--seed: given more than once");
        assertThatThrownBy(() -> parse("--loss", "1.5").probability("--loss"))
                .hasMessage("--loss: expected a probability from 0 to 1, got 1.5");
        assertThatThrownBy(() -> parse("--loss", "-0.1").probability("--loss"))
                .hasMessage("--loss: expected a probability from 0 to 1, got -0.1");
        assertThatThrownBy(() -> parse("--loss", "NaN").probability("--loss"))
                .hasMessage("--loss: expected a number, got 'NaN'");
        assertThatThrownBy(() -> parse("--delay", "-5").millisAsMicros("--delay"))
                .hasMessage("--delay: expected milliseconds of 0 or more, got -5");
        assertThatThrownBy(() -> parse("--delay", "1e30").millisAsMicros("--delay"))
                .hasMessageStartingWith("--delay: too long");
    }

    private static void assertBad(String message, String... args) {
        assertThatThrownBy(() -> parse(args)).isInstanceOf(UsageException.class).hasMessageStartingWith(message);
    }
}
