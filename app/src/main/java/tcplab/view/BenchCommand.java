package tcplab.view;

import java.io.PrintStream;
import java.util.List;
import tcplab.cli.CommandLine;
import tcplab.cli.Subcommand;
import tcplab.cli.UsageException;

/**
 * {@code bench}: opens the lab window with many segments in flight and measures its frame times.
 * It needs a display (a desktop, or Xvfb); JavaFX is only touched once it runs.
 */
public final class BenchCommand implements Subcommand {

    static final int DEFAULT_PACKETS = 200;
    static final int DEFAULT_FRAMES = 600;

    @Override
    public String summary() {
        return "measure the window's frame interval with " + DEFAULT_PACKETS + " packets in flight (needs a display)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        int packets = DEFAULT_PACKETS;
        int frames = DEFAULT_FRAMES;
        boolean paced = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--help" -> {
                    out.println("Usage: bench [--packets N] [--frames N] [--paced]");
                    out.println("  Opens the window with N segments on the wire (default " + DEFAULT_PACKETS
                            + ") and moves them every frame for N frames (default " + DEFAULT_FRAMES + ").");
                    out.println("  Renders in software (prism.order=sw) unless -Dprism.order is given.");
                    out.println("  Frames run back to back, so an interval is what one frame costs;");
                    out.println("  --paced keeps JavaFX's 60 Hz pulse instead.");
                    return CommandLine.OK;
                }
                case "--packets" -> packets = positive(args, ++i, "--packets");
                case "--frames" -> frames = positive(args, ++i, "--frames");
                case "--paced" -> paced = true;
                default -> throw new UsageException("unknown option " + args.get(i) + " (known: --packets, --frames, --paced)");
            }
        }
        return FrameBenchmark.run(packets, frames, paced, out, err);
    }

    private static int positive(List<String> args, int index, String option) throws UsageException {
        if (index >= args.size()) {
            throw new UsageException(option + " needs a number");
        }
        try {
            int value = Integer.parseInt(args.get(index));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UsageException(option + " takes a whole number above 0, not " + args.get(index));
    }
}
