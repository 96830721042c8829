package tcplab.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;

class FormatsTest {

    private static Trace at(long... micros) {
        List<TraceEvent> events = java.util.Arrays.stream(micros).<TraceEvent>mapToObj(time ->
                new StateChanged(time, Side.CLIENT, TcpState.CLOSED, TcpState.SYN_SENT)).toList();
        return new Trace(events, micros[micros.length - 1]);
    }

    @Test
    void aTraceOnWholeMillisecondsIsWrittenInMilliseconds() {
        Trace lesson = at(0, 50_000, 1_050_000);

        assertThat(Formats.seconds(lesson, 1_050_000)).isEqualTo("1.050");
        assertThat(Formats.seconds(lesson, 0)).isEqualTo("0.000");
    }

    @Test
    void aTraceWithTimesBetweenMillisecondsIsWrittenInMicrosecondsThroughout() {
        Trace loopback = at(0, 22, 47, 2_000);

        assertThat(Formats.seconds(loopback, 22)).isEqualTo("0.000022");
        assertThat(Formats.seconds(loopback, 47)).isEqualTo("0.000047");
        assertThat(Formats.seconds(loopback, 2_000)).as("the same precision for every time of it").isEqualTo("0.002000");
        assertThat(Formats.preciseSeconds(1_234_567)).isEqualTo("1.234567");
    }
}
