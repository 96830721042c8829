package tcplab.sweep;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import tcplab.engine.LinuxSetting;
import tcplab.engine.SimulationInput;
import tcplab.engine.TimerProfile;

/**
 * A loss experiment as CSV (RFC 4180, comma-separated, a header line, CRLF line ends), one row per
 * series and loss rate. Columns: {@code series} (its name), {@code lesson} (the scenario id),
 * {@code profile} ({@code rfc} or {@code linux}), {@code sysctl} (under Linux every kernel setting
 * as {@code name=value} joined by spaces, else empty), {@code seed}, then the columns {@code sweep}
 * prints, with the same values: {@code loss}, {@code runs}, {@code established} (the share, four
 * decimals), {@code p50_ms}, {@code p90_ms}, {@code p99_ms} ({@code -} when no run was established).
 */
public final class SweepCsv {

    /** The columns before those of {@link SweepPoint#COLUMNS}. */
    public static final List<String> SERIES_COLUMNS = List.of("series", "lesson", "profile", "sysctl", "seed");

    private SweepCsv() {
    }

    /** Writes {@code series}, made with {@code seed}, to {@code out}. */
    public static void write(List<SweepSeries> series, long seed, Writer out) throws IOException {
        List<String> header = new ArrayList<>(SERIES_COLUMNS);
        header.addAll(SweepPoint.COLUMNS);
        out.write(line(header));
        for (SweepSeries one : series) {
            SimulationInput base = one.base();
            for (SweepPoint point : one.points()) {
                List<String> fields = new ArrayList<>(List.of(one.name(), one.lesson(),
                        base.profile().name().toLowerCase(Locale.ROOT), sysctl(base), Long.toString(seed)));
                fields.addAll(point.fields());
                out.write(line(fields));
            }
        }
    }

    /** The kernel settings of a Linux run, as {@code sysctl} names them; empty for the RFC profile. */
    public static String sysctl(SimulationInput base) {
        if (base.profile() != TimerProfile.LINUX) {
            return "";
        }
        StringJoiner settings = new StringJoiner(" ");
        for (LinuxSetting setting : LinuxSetting.values()) {
            settings.add(setting.sysctlName() + "=" + base.linux().get(setting));
        }
        return settings.toString();
    }

    private static String line(List<String> fields) {
        StringJoiner line = new StringJoiner(",", "", "\r\n");
        for (String field : fields) {
            boolean quoted = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
            line.add(quoted ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
        }
        return line.toString();
    }
}
