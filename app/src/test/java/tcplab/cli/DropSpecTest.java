package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tcplab.engine.FaultAction;
import tcplab.engine.Flag;
import tcplab.engine.ScriptedFault;
import tcplab.engine.Side;

class DropSpecTest {

    @Test
    void flagsNameTheExactSetAndTheCountStartsAtOne() throws UsageException {
        assertThat(DropSpec.parse("--drop", "S>C:SYN+ACK#1"))
                .isEqualTo(new ScriptedFault(Side.SERVER, Optional.of(Set.of(Flag.SYN, Flag.ACK)), 1,
                        FaultAction.DROP, 0));
        assertThat(DropSpec.parse("--drop", "C>S:fin+ack#2"))
                .isEqualTo(new ScriptedFault(Side.CLIENT, Optional.of(Set.of(Flag.FIN, Flag.ACK)), 2,
                        FaultAction.DROP, 0));
    }

    @Test
    void noFlagsMeansAnySegment() throws UsageException {
        assertThat(DropSpec.parse("--drop", "C>S:#3")).isEqualTo(ScriptedFault.dropNth(Side.CLIENT, 3));
    }

    @Test
    void aListIsSplitAtCommas() throws UsageException {
        assertThat(DropSpec.parseList("--drop", "C>S:SYN#1, S>C:#2")).containsExactly(
                new ScriptedFault(Side.CLIENT, Optional.of(Set.of(Flag.SYN)), 1, FaultAction.DROP, 0),
                ScriptedFault.dropNth(Side.SERVER, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "C>S", "C>S:SYN", "C>S:SYN#", "C>S:SYN#0", "C>C:SYN#1", "X>S:#1", "C<S:#1",
            "C>S:SYN+#1", "C>S:URG#1", "C>S:SYN+SYN#1", "C>S:#99999999999", "C>S:SYN#1x", "C>S:,#1"})
    void malformedSpecsAreRejectedNamingTheOptionAndTheSpec(String spec) {
        assertThatThrownBy(() -> DropSpec.parseList("--drop", spec))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--drop: bad drop spec");
    }
}
