package tcplab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad command line: exit status 2, nothing on stdout, one line on stderr naming the option. */
class CommandLineErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "trace --bogus 1                        | unknown option '--bogus'",
            "trace handshake                        | unexpected argument 'handshake'",
            "trace --seed                           | --seed: missing value",
            "trace --seed abc                       | --seed: expected a whole number",
            "trace --seed 1 --seed 2                | --seed: given more than once",
            "trace --profile bsd                    | --profile: expected rfc or linux",
            "trace --isn-client 4294967296          | --isn-client: expected a number from 0 to 4294967295",
            "trace --isn-server -1                  | --isn-server: expected a number from 0 to 4294967295",
            "trace --loss 1.5                       | --loss: expected a probability from 0 to 1",
            "trace --loss-cs -0.2                   | --loss-cs: expected a probability from 0 to 1",
            "trace --loss-sc half                   | --loss-sc: expected a number",
            "trace --delay -10                      | --delay: expected milliseconds of 0 or more",
            "trace --delay-cs x                     | --delay-cs: expected a number",
            "trace --delay-sc -1                    | --delay-sc: expected milliseconds of 0 or more",
            "trace --jitter -3                      | --jitter: expected milliseconds of 0 or more",
            "trace --drop C>S:SYN                   | --drop: bad drop spec 'C>S:SYN'",
            "trace --drop C>S:SYN#1,S>C:XYZ#1       | --drop: bad drop spec 'S>C:XYZ#1'",
            "trace --scenario no-such-lesson        | --scenario: unknown scenario 'no-such-lesson'",
            "trace --absolute=1                     | --absolute: takes no value",
            "sweep --runs 0                         | --runs: expected a number from 1 to",
            "sweep --loss 0.1                       | unknown option '--loss'",
            "sweep --losses 0,2                     | --losses: expected probabilities from 0 to 1",
            "sweep --losses 0.1 --loss-to 0.2       | --losses: cannot be combined with --loss-to",
            "sweep --loss-step 0                    | --loss-step: must be more than 0",
            "sweep --loss-from 0.5 --loss-to 0.2    | --loss-to: 0.2 is below --loss-from 0.5",
            "sweep --loss-step 0.0001 --loss-to 1   | --loss-step: more than 1001 loss rates",
            "traec                                  | unknown subcommand 'traec'",
    })
    void badInputGivesExitStatusTwoAndOneLineNamingTheOption(String commandLine, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = CommandLine.run(commandLine.trim().split(" +"), print(out), print(err));

        String error = err.toString(StandardCharsets.UTF_8);
        assertThat(status).isEqualTo(CommandLine.USAGE_ERROR);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(error.lines()).hasSize(1);
        assertThat(error).contains(message.trim()).doesNotContain("Exception");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
