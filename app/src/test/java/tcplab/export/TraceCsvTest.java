package tcplab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tcplab.engine.Flag;
import tcplab.engine.SegmentDropped;
import tcplab.engine.SegmentEvent;
import tcplab.engine.SegmentSent;
import tcplab.engine.Simulator;
import tcplab.engine.StateChanged;
import tcplab.engine.TimerProfile;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.scenario.LessonInputs;
import tcplab.scenario.Scenario;
import tcplab.scenario.ScenarioCatalog;

/** The CSV export read back by a strict RFC 4180 reader gives every event of the trace, field by field. */
class TraceCsvTest {

    @Test
    void everyLessonUnderBothProfilesReadsBackEventByEvent() throws IOException {
        for (Scenario scenario : ScenarioCatalog.all()) {
            for (TimerProfile profile : TimerProfile.values()) {
                Trace trace = Simulator.run(LessonInputs.of(scenario).withProfile(profile).simulationInput());
                List<List<String>> rows = Rfc4180.parse(csv(trace));

                assertThat(rows.get(0)).isEqualTo(TraceCsv.COLUMNS);
                assertThat(rows).as(scenario.id()).hasSize(trace.events().size() + 1);
                for (int i = 0; i < trace.events().size(); i++) {
                    matches(trace, i, rows.get(i + 1));
                }
            }
        }
    }

    private static void matches(Trace trace, int index, List<String> row) {
        TraceEvent event = trace.events().get(index);
        assertThat(row).hasSize(TraceCsv.COLUMNS.size());
        assertThat(column(row, "step")).isEqualTo(Integer.toString(index + 1));
        assertThat(Long.parseLong(column(row, "time_us"))).isEqualTo(event.time());
        assertThat(column(row, "side")).isEqualTo(event.side().name().toLowerCase(Locale.ROOT));
        if (event instanceof SegmentEvent segmentEvent) {
            assertThat(Integer.parseInt(column(row, "transmission"))).isEqualTo(segmentEvent.transmissionId());
            assertThat(Long.parseLong(column(row, "raw_seq"))).isEqualTo(segmentEvent.segment().seq());
            assertThat(Long.parseLong(column(row, "seq")))
                    .isEqualTo(trace.relativeNumbers().seq(segmentEvent.transmissionId(), segmentEvent.segment()));
            assertThat(column(row, "flags")).isEqualTo(segmentEvent.segment().flagsJoined("+"));
            assertThat(column(row, "raw_ack")).isEqualTo(segmentEvent.segment().has(Flag.ACK)
                    ? Long.toString(segmentEvent.segment().ack()) : "");
            assertThat(Integer.parseInt(column(row, "len"))).isEqualTo(segmentEvent.segment().length());
        } else {
            assertThat(column(row, "transmission")).isEmpty();
            assertThat(column(row, "flags")).isEmpty();
        }
        if (event instanceof SegmentSent sent) {
            assertThat(column(row, "event")).isEqualTo("sent");
            assertThat(column(row, "detail")).isEqualTo(sent.retransmission() ? "retransmission" : "");
        } else if (event instanceof SegmentDropped) {
            assertThat(column(row, "event")).isEqualTo("dropped");
        } else if (event instanceof StateChanged change) {
            assertThat(column(row, "event")).isEqualTo("state");
            assertThat(column(row, "state")).isEqualTo(change.to().rfcName());
            assertThat(column(row, "detail")).isEqualTo("from=" + change.from().rfcName());
        } else {
            assertThat(column(row, "state")).isEmpty();
        }
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedAndReadBackWhole() {
        List<String> values = List.of("plain", "a,b", "say \"hi\"", "two\r\nlines", "", "\"", "한국어, English");
        StringBuilder line = new StringBuilder();
        for (String value : values) {
            line.append(line.length() == 0 ? "" : ",").append(TraceCsv.field(value));
        }
        line.append("\r\n");

        assertThat(Rfc4180.parse(line.toString())).containsExactly(values);
        assertThat(TraceCsv.field("plain")).isEqualTo("plain");
        assertThat(TraceCsv.field("a,b")).isEqualTo("\"a,b\"");
    }

    private static String column(List<String> row, String name) {
        return row.get(TraceCsv.COLUMNS.indexOf(name));
    }

    private static String csv(Trace trace) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceCsv.write(trace, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
