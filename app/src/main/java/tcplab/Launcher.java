package tcplab;

import tcplab.cli.CommandLine;

/** placeholder */
public final class Launcher {
    public static void main(String[] args) {
        if (args.length > 0 && CommandLine.selects(args[0])) {
            // Headless: decided before any JavaFX class is loaded, so no display is needed.
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        System.out.println("hi");
    }
}
