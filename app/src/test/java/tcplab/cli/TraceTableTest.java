package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tcplab.HandmadeTraces;
import tcplab.engine.Simulator;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.explain.Formats;
import tcplab.scenario.ScenarioCatalog;

class TraceTableTest {

    /** Rows written with spaces for readability; the table separates fields by tabs. */
    private static String tsv(String... rows) {
        return (String.join("\n", rows) + "\n").replace(' ', '\t');
    }

    private static String print(TraceTable table) {
        StringWriter text = new StringWriter();
        table.print(new PrintWriter(text, true));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void relativeNumbersCountFromEachSidesIsnAndAckIsZeroWithoutTheAckFlag() {
        String expected = tsv(
                "t_ms side event flags seq ack len state",
                "0.000 S state - - - - LISTEN",
                "0.000 C app connect - - - -",
                "0.000 C state - - - - SYN-SENT",
                "0.000 C send SYN 0 0 0 -",
                "50.000 S recv SYN 0 0 0 -",
                "50.000 S state - - - - SYN-RECEIVED",
                "50.000 S send SYN,ACK 0 1 0 -",
                "100.250 C recv SYN,ACK 0 1 0 -",
                "100.250 C state - - - - ESTABLISHED",
                "100.250 C send ACK 1 1 0 -",
                "100.250 C app write - - 120 -",
                "100.250 C send PSH,ACK 1 1 120 -",
                "100.250 C dup ACK 1 1 0 -",
                "125.250 C drop PSH,ACK 1 1 120 -",
                "150.250 S recv ACK 1 1 0 -",
                "150.250 S state - - - - ESTABLISHED",
                "150.250 S recv ACK 1 1 0 -",
                "1100.250 C timeout - - - - -",
                "1100.250 C send PSH,ACK 1 1 120 -",
                "1150.250 S recv PSH,ACK 1 1 120 -",
                "1150.250 S app read - - 120 -",
                "1150.250 S send ACK 1 121 0 -",
                "1200.250 C recv ACK 1 121 0 -");

        assertThat(print(new TraceTable(HandmadeTraces.lossyHandshake(), false))).isEqualTo(expected);
    }

    @Test
    void absoluteNumbersAreTheRaw32BitFieldsIncludingTheWrap() {
        String expected = tsv(
                "t_ms side event flags seq ack len state",
                "0.000 S state - - - - LISTEN",
                "0.000 C app connect - - - -",
                "0.000 C state - - - - SYN-SENT",
                "0.000 C send SYN 4294967200 0 0 -",
                "50.000 S recv SYN 4294967200 0 0 -",
                "50.000 S state - - - - SYN-RECEIVED",
                "50.000 S send SYN,ACK 7000 4294967201 0 -",
                "100.250 C recv SYN,ACK 7000 4294967201 0 -",
                "100.250 C state - - - - ESTABLISHED",
                "100.250 C send ACK 4294967201 7001 0 -",
                "100.250 C app write - - 120 -",
                "100.250 C send PSH,ACK 4294967201 7001 120 -",
                "100.250 C dup ACK 4294967201 7001 0 -",
                "125.250 C drop PSH,ACK 4294967201 7001 120 -",
                "150.250 S recv ACK 4294967201 7001 0 -",
                "150.250 S state - - - - ESTABLISHED",
                "150.250 S recv ACK 4294967201 7001 0 -",
                "1100.250 C timeout - - - - -",
                "1100.250 C send PSH,ACK 4294967201 7001 120 -",
                "1150.250 S recv PSH,ACK 4294967201 7001 120 -",
                "1150.250 S app read - - 120 -",
                "1150.250 S send ACK 7001 25 0 -",
                "1200.250 C recv ACK 7001 25 0 -");

        assertThat(print(new TraceTable(HandmadeTraces.lossyHandshake(), true))).isEqualTo(expected);
    }

    @Test
    void aResetToAClosedPortShowsTheRefusedCallAndRstAck() {
        assertThat(new TraceTable(HandmadeTraces.refused(), false).rows()).containsExactly(
                "0.000\tC\tapp\tconnect\t-\t-\t-\t-",
                "0.000\tC\tstate\t-\t-\t-\t-\tSYN-SENT",
                "0.000\tC\tsend\tSYN\t0\t0\t0\t-",
                "50.000\tS\trecv\tSYN\t0\t0\t0\t-",
                "50.000\tS\tsend\tRST,ACK\t1\t1\t0\t-",
                "100.000\tC\trecv\tRST,ACK\t1\t1\t0\t-",
                "100.000\tC\tstate\t-\t-\t-\t-\tCLOSED",
                "100.000\tC\tapp\trefused\t-\t-\t-\t-");
    }

    @Test
    void anOldDuplicateSynIsAnOldRowNotASend() {
        Trace trace = Simulator.run(ScenarioCatalog.find("old-duplicate-syn").orElseThrow()
                .input(TimerProfile.RFC, 1, OptionalLong.of(1000), OptionalLong.of(5000)));

        assertThat(new TraceTable(trace, true).rows()).startsWith(
                "0.000\tS\tapp\tlisten\t-\t-\t-\t-",
                "0.000\tS\tstate\t-\t-\t-\t-\tLISTEN",
                "0.000\tC\told\tSYN\t990\t0\t0\t-",
                "10.000\tC\tapp\tconnect\t-\t-\t-\t-",
                "10.000\tC\tstate\t-\t-\t-\t-\tSYN-SENT",
                "10.000\tC\tsend\tSYN\t1000\t0\t0\t-");
    }

    @Test
    void millisecondsHaveThreeDecimals() {
        assertThat(Formats.millis(0)).isEqualTo("0.000");
        assertThat(Formats.millis(7)).isEqualTo("0.007");
        assertThat(Formats.millis(1_000)).isEqualTo("1.000");
        assertThat(Formats.millis(240_050_010)).isEqualTo("240050.010");
    }
}
