package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsnGeneratorTest {

    /** The key 00 01 .. 0f of the SipHash paper's test vectors. */
    private static final long K0 = 0x0706050403020100L;
    private static final long K1 = 0x0f0e0d0c0b0a0908L;

    @ParameterizedTest(name = "{0} bytes")
    @CsvSource({
        "0, 726fdb47dd0e0e31",
        "1, 74f839c593dc67fd",
        "8, 93f5f5799a932462",
        "12, 751e8fbc860ee5fb",
        "15, a129ca6149be45e5"
    })
    void sipHashMatchesTheReferenceVectors(int length, String expected) {
        byte[] message = new byte[length];
        for (int i = 0; i < length; i++) {
            message[i] = (byte) i;
        }

        assertThat(IsnGenerator.hash(K0, K1, message)).isEqualTo(Long.parseUnsignedLong(expected, 16));
    }

    @Test
    void theClockAdvancesOneEveryFourMicroseconds() {
        IsnGenerator isn = new IsnGenerator(1, 2, 0xFFFF_FFF0L);

        long first = isn.isn(Side.CLIENT, 1_000);

        assertThat(isn.isn(Side.CLIENT, 1_004)).isEqualTo((first + 1) & 0xFFFF_FFFFL);
        assertThat(isn.isn(Side.CLIENT, 1_000 + 4 * 100)).isEqualTo((first + 100) & 0xFFFF_FFFFL);
    }

    @Test
    void theHashOfTheAddressPairSeparatesTheSidesAndTheKeys() {
        IsnGenerator isn = new IsnGenerator(1, 2, 3);

        assertThat(isn.isn(Side.CLIENT, 0)).isNotEqualTo(isn.isn(Side.SERVER, 0));
        assertThat(new IsnGenerator(1, 5, 3).isn(Side.CLIENT, 0)).isNotEqualTo(isn.isn(Side.CLIENT, 0));
        assertThat(isn.isn(Side.SERVER, 123_456)).isBetween(0L, 0xFFFF_FFFFL);
    }
}
