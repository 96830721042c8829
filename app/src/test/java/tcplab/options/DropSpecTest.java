package tcplab.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;
import tcplab.engine.FaultAction;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;

class DropSpecTest {

    @Test
    void flagsNameTheExactSetAndTheCountStartsAtOne() {
        assertThat(DropSpec.parse("S>C:SYN+ACK#1"))
                .isEqualTo(new ScriptedFault(Side.SERVER, Optional.of(Set.of(Flag.SYN, Flag.ACK)), 1,
                        FaultAction.DROP, 0));
        assertThat(DropSpec.parse("C>S:fin+ack#2"))
                .isEqualTo(new ScriptedFault(Side.CLIENT, Optional.of(Set.of(Flag.FIN, Flag.ACK)), 2,
                        FaultAction.DROP, 0));
    }

    @Test
    void noFlagsMeansAnySegmentAndTheShortFormSaysTheSame() {
        assertThat(DropSpec.parse("C>S:#3")).isEqualTo(ScriptedFault.dropNth(Side.CLIENT, 3));
        assertThat(DropSpec.parse("C:3")).isEqualTo(ScriptedFault.dropNth(Side.CLIENT, 3));
        assertThat(DropSpec.parse("S:1")).isEqualTo(ScriptedFault.dropNth(Side.SERVER, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:1", "S>C:#2", "S>C:SYN+ACK#1", "C>S:FIN+ACK#2", "C>S:#2147483647"})
    void formatIsReadBackAsTheSameFault(String spec) {
        ScriptedFault fault = DropSpec.parse(spec);
        assertThat(DropSpec.parse(DropSpec.format(fault))).isEqualTo(fault);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C>S", "C>S:SYN", "C>S:SYN#", "C>S:SYN#0", "C>C:SYN#1", "X>S:#1", "C<S:#1",
            "C>S:SYN+#1", "C>S:URG#1", "C>S:SYN+SYN#1", "C>S:#99999999999", "C>S:SYN#1x", "C>S:,#1",
            "C:0", "X:1", "C:", "C:2147483648", "C:1:2", "c:1"})
    void malformedSpecsAreRejectedNamingTheSpec(String spec) {
        assertThatThrownBy(() -> DropSpec.parse(spec))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("bad drop spec '");
    }
}
