package tcplab.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import tcplab.engine.LinuxSetting;
import tcplab.engine.TcpState;

/**
 * Every term the window uses, in the order a learner meets them: the handshakes and segments, the
 * flags, the numbers, the timers, the ways to open and close, then every state of RFC 9293 and
 * every Linux setting the window shows.
 */
public final class Glossary {

    private static final List<GlossaryEntry> ENTRIES = build();

    private Glossary() {
    }

    /** Every entry, in the glossary's order. */
    public static List<GlossaryEntry> entries() {
        return ENTRIES;
    }

    /** The entry with the given id, if there is one. */
    public static Optional<GlossaryEntry> find(String id) {
        return ENTRIES.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** The entry of a state, e.g. {@code SYN-SENT}. */
    public static GlossaryEntry of(TcpState state) {
        return find(stateId(state)).orElseThrow();
    }

    /** The entry of a Linux setting, e.g. {@code tcp_fin_timeout}. */
    public static GlossaryEntry of(LinuxSetting setting) {
        return find(setting.sysctlName()).orElseThrow();
    }

    /** Every key the glossary's entries ask for, for the key-usage test. */
    public static Stream<String> keys() {
        return ENTRIES.stream().flatMap(entry -> Stream.of(entry.namesKey(), entry.definitionKey()));
    }

    private static List<GlossaryEntry> build() {
        List<GlossaryEntry> entries = new ArrayList<>();
        words(entries, "three-way-handshake", "four-way-handshake", "segment");
        symbols(entries, "syn", "SYN");
        symbols(entries, "syn-ack", "SYN+ACK", "SYN,ACK", "SYN-ACK");
        symbols(entries, "ack", "ACK");
        symbols(entries, "fin", "FIN");
        symbols(entries, "rst", "RST");
        symbols(entries, "psh", "PSH");
        symbols(entries, "sequence-number", "seq");
        symbols(entries, "isn", "ISN");
        symbols(entries, "acknowledgment-number", "ack");
        words(entries, "relative-numbers");
        symbols(entries, "mss", "MSS");
        words(entries, "receive-window", "piggybacking", "delayed-ack", "quick-ack", "duplicate-ack",
                "retransmission");
        symbols(entries, "rtt", "RTT");
        symbols(entries, "srtt", "SRTT");
        symbols(entries, "rttvar", "RTTVAR");
        symbols(entries, "rto", "RTO");
        words(entries, "karns-rule", "timestamps");
        symbols(entries, "msl", "MSL");
        symbols(entries, "two-msl", "2 × MSL", "2 MSL", "2MSL");
        words(entries, "active-open", "passive-open", "simultaneous-open", "active-closer", "passive-closer",
                "simultaneous-close", "half-close", "half-open", "challenge-ack", "old-duplicate",
                "time-wait-assassination");
        symbols(entries, "tcb", "TCB");
        for (TcpState state : TcpState.values()) {
            // The window writes RFC 9293's names; ss and netstat print the underscored ones.
            List<String> written = state.rfcName().equals(state.name())
                    ? List.of(state.name()) : List.of(state.rfcName(), state.name());
            entries.add(new GlossaryEntry(stateId(state), written, false));
        }
        for (LinuxSetting setting : LinuxSetting.values()) {
            entries.add(new GlossaryEntry(setting.sysctlName(),
                    List.of(LinuxSetting.PREFIX + setting.sysctlName(), setting.sysctlName()), false));
        }
        return List.copyOf(entries);
    }

    private static void words(List<GlossaryEntry> entries, String... ids) {
        Arrays.stream(ids).forEach(id -> entries.add(new GlossaryEntry(id, List.of(), true)));
    }

    private static void symbols(List<GlossaryEntry> entries, String id, String... symbols) {
        entries.add(new GlossaryEntry(id, List.of(symbols), true));
    }

    private static String stateId(TcpState state) {
        return state.rfcName().toLowerCase(Locale.ROOT);
    }
}
