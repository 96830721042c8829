package tcplab.framebench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tcplab.options.HelpOption;
import tcplab.options.WholeNumber;

/**
 * {@code bench}: opens the lab window with many segments in flight and measures its frame times.
 * It needs a display (a desktop, or Xvfb); JavaFX is only touched once it runs.
 */
@Command(name = "bench", sortOptions = false,
        description = "measure the window's frame interval with " + BenchCommand.DEFAULT_PACKETS
                + " packets in flight (needs a display)",
        footer = {"", "Opens the window with N segments on the wire and moves them every frame.",
                "Renders in software (prism.order=sw) unless -Dprism.order is given.",
                "Frames run back to back, so an interval is what one frame costs; --paced keeps JavaFX's",
                "60 Hz pulse instead.",
                "",
                "Exit status: 0 done, 2 bad options (one line on stderr names the option), 1 no window."})
public final class BenchCommand implements Callable<Integer> {

    static final int DEFAULT_PACKETS = 200;
    /** All packets must be on the wire at once: they leave 2 ms apart during a 2 s flight. */
    static final int MAX_PACKETS = 500;
    static final int DEFAULT_FRAMES = 600;
    /** About five minutes of frames at 60 Hz. */
    static final int MAX_FRAMES = 20_000;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--packets", paramLabel = "N", converter = Packets.class,
            description = "segments on the wire, 1.." + MAX_PACKETS + " (default " + DEFAULT_PACKETS + ")")
    private long packets = DEFAULT_PACKETS;

    @Option(names = "--frames", paramLabel = "N", converter = Frames.class,
            description = "frames measured, 1.." + MAX_FRAMES + " (default " + DEFAULT_FRAMES + ")")
    private long frames = DEFAULT_FRAMES;

    @Option(names = "--paced", description = "keep JavaFX's 60 Hz pulse")
    private boolean paced;

    static final class Packets extends WholeNumber {
        Packets() {
            super(1, MAX_PACKETS);
        }
    }

    static final class Frames extends WholeNumber {
        Frames() {
            super(1, MAX_FRAMES);
        }
    }

    @Override
    public Integer call() {
        return FrameBenchmark.run((int) packets, (int) frames, paced, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
