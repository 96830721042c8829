package tcplab.options;

import picocli.CommandLine.Option;

/** The {@code --help} option every command shares. */
public final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;
}
