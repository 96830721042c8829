package tcplab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LinuxSettingsTest {

    @Test
    void defaultsAreThoseOfLinuxSixFiveAndLater() {
        LinuxSettings d = LinuxSettings.DEFAULTS;
        assertThat(d).isEqualTo(new LinuxSettings(6, 5, 4, 60, 0, 1));
        assertThat(d.timestamps()).isTrue();
        assertThat(d.timeWaitIgnoresReset()).isFalse();
    }

    @Test
    void assignmentTakesTheNameWithOrWithoutItsPrefix() {
        assertThat(LinuxSettings.DEFAULTS.with("tcp_syn_retries=2").tcpSynRetries()).isEqualTo(2);
        assertThat(LinuxSettings.DEFAULTS.with("net.ipv4.tcp_syn_linear_timeouts=0").tcpSynLinearTimeouts())
                .isZero();
        assertThat(LinuxSettings.DEFAULTS.with("net.ipv4.tcp_fin_timeout = 30").tcpFinTimeout()).isEqualTo(30);
        assertThat(LinuxSettings.DEFAULTS.with("tcp_rfc1337=1").timeWaitIgnoresReset()).isTrue();
        assertThat(LinuxSettings.DEFAULTS.with("tcp_timestamps=0").timestamps()).isFalse();
        assertThat(LinuxSettings.DEFAULTS.with("tcp_synack_retries=0").tcpSynackRetries()).isZero();
    }

    @Test
    void aValueLinuxRefusesNamesTheSettingAndItsRange() {
        assertThatThrownBy(() -> LinuxSettings.DEFAULTS.with("tcp_syn_retries=0"))
                .hasMessage("tcp_syn_retries: 0 is outside the range Linux accepts, 1..127");
        assertThatThrownBy(() -> LinuxSettings.DEFAULTS.with("net.ipv4.tcp_syn_linear_timeouts=128"))
                .hasMessage("tcp_syn_linear_timeouts: 128 is outside the range Linux accepts, 0..127");
        assertThatThrownBy(() -> LinuxSettings.DEFAULTS.with("tcp_synack_retries=256"))
                .hasMessageContaining("0..255");
        assertThatThrownBy(() -> LinuxSettings.DEFAULTS.with("tcp_fin_timeout=99999999999999999999"))
                .hasMessage("tcp_fin_timeout: 99999999999999999999 is outside the range Linux accepts,"
                        + " -2147483..2147483");
        assertThatThrownBy(() -> new LinuxSettings(6, 5, 4, 60, 0, -1)).hasMessageStartingWith("tcp_timestamps: -1");
    }

    @Test
    void malformedAssignmentsSayWhatIsWrong() {
        assertThatThrownBy(() -> LinuxSettings.DEFAULTS.with("tcp_syn_retries"))
                .hasMessage("expected NAME=VALUE, got 'tcp_syn_retries'");
        assertThatThrownBy(() -> LinuxSettings.DEFAULTS.with("tcp_retries2=3"))
                .hasMessageStartingWith("unknown setting 'tcp_retries2' (known: tcp_syn_retries,");
        assertThatThrownBy(() -> LinuxSettings.DEFAULTS.with("tcp_syn_retries=two"))
                .hasMessage("tcp_syn_retries: expected a whole number, got 'two'");
    }

    @Test
    void everySettingReadsBackWhatWasSet() {
        for (LinuxSetting setting : LinuxSetting.values()) {
            int other = setting.defaultValue() == setting.max() ? setting.min() : setting.defaultValue() + 1;
            LinuxSettings changed = LinuxSettings.DEFAULTS.with(setting, other);
            assertThat(changed.get(setting)).as(setting.sysctlName()).isEqualTo(other);
            for (LinuxSetting rest : LinuxSetting.values()) {
                if (rest != setting) {
                    assertThat(changed.get(rest)).isEqualTo(rest.defaultValue());
                }
            }
        }
    }

    @Test
    void modelTimeoutIsTheKernelsFormula() {
        // tcp_model_timeout with the initial RTO: 2^(n+1) - 1 seconds up to 6; ip-sysctl.rst's 127 s.
        assertThat(LinuxSettings.modelTimeout(6, 1_000_000, 120_000_000)).isEqualTo(127_000_000);
        assertThat(LinuxSettings.modelTimeout(2, 1_000_000, 120_000_000)).isEqualTo(7_000_000);
        assertThat(LinuxSettings.modelTimeout(7, 1_000_000, 120_000_000)).isEqualTo(247_000_000);
        // tcp_retries2 = 15 from TCP_RTO_MIN: the well-known 924.6 s.
        assertThat(LinuxSettings.modelTimeout(15, 200_000, 120_000_000)).isEqualTo(924_600_000);
    }

    @Test
    void synLimitsFollowTcpWriteTimeout() {
        assertThat(LinuxSettings.DEFAULTS.synRetransmissionsAllowed()).isEqualTo(10);
        assertThat(LinuxSettings.DEFAULTS.synGiveUpMicros()).isEqualTo(127_000_000);
        assertThat(LinuxSettings.DEFAULTS.synBacksOffAfter(4)).isFalse();
        assertThat(LinuxSettings.DEFAULTS.synBacksOffAfter(5)).isTrue();
        LinuxSettings classic = LinuxSettings.DEFAULTS.with(LinuxSetting.TCP_SYN_LINEAR_TIMEOUTS, 0);
        assertThat(classic.synBacksOffAfter(1)).isTrue();
        assertThat(classic.synRetransmissionsAllowed()).isEqualTo(6);
    }

    @Test
    void finWait2LastsTheFinTimeoutAtLeastThreeAndAHalfRtos() {
        long rto = 300_000;
        assertThat(LinuxSettings.DEFAULTS.finWait2Micros(rto)).isEqualTo(60_000_000);
        assertThat(LinuxSettings.DEFAULTS.with("tcp_fin_timeout=5").finWait2Micros(rto)).isEqualTo(5_000_000);
        assertThat(LinuxSettings.DEFAULTS.with("tcp_fin_timeout=0").finWait2Micros(rto)).isEqualTo(1_050_000);
        assertThat(LinuxSettings.DEFAULTS.with("tcp_fin_timeout=-5").finWait2Micros(rto)).isEqualTo(1_050_000);
        // Above 60 s: the keepalive timer waits the excess, then a time-wait socket the excess again.
        assertThat(LinuxSettings.DEFAULTS.with("tcp_fin_timeout=100").finWait2Micros(rto)).isEqualTo(80_000_000);
        assertThat(LinuxSettings.DEFAULTS.with("tcp_fin_timeout=61").finWait2Micros(rto)).isEqualTo(2_050_000);
    }

    @Test
    void namesAreFoundInAnyCaseWithOrWithoutPrefix() {
        assertThat(LinuxSetting.named("NET.IPV4.TCP_RFC1337")).contains(LinuxSetting.TCP_RFC1337);
        assertThat(LinuxSetting.named("tcp_timestamps")).contains(LinuxSetting.TCP_TIMESTAMPS);
        assertThat(LinuxSetting.named("net.ipv6.tcp_timestamps")).isEmpty();
    }
}
