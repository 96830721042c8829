package tcplab.framebench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import tcplab.engine.Flag;
import tcplab.engine.Segment;
import tcplab.engine.SegmentDelivered;
import tcplab.engine.SegmentSent;
import tcplab.engine.Side;
import tcplab.engine.StateChanged;
import tcplab.engine.TcpState;
import tcplab.engine.Trace;
import tcplab.engine.TraceEvent;
import tcplab.i18n.Language;
import tcplab.options.ExitStatus;
import tcplab.scenario.ScenarioCatalog;
import tcplab.view.BundledFonts;
import tcplab.view.DisplayModel;
import tcplab.view.LabApplication;
import tcplab.view.LabModel;
import tcplab.view.LanguageModel;
import tcplab.view.MainView;
import tcplab.view.RenderingDefaults;
import tcplab.settings.Settings;

/**
 * Frame times of the real window with many segments in flight: every frame moves every packet
 * (and redraws the ladder and the diagrams), as playing does.
 */
final class FrameBenchmark {

    private static final int WARM_UP_FRAMES = 120;
    private static final long SPACING = 2_000;
    private static final long FLIGHT = 2_000_000;
    /** Simulated time per frame: as playing at 4x, where a 2 s flight takes 0.4 s. */
    private static final long STEP = 20_000;

    private FrameBenchmark() {
    }

    static int run(int packets, int frames, boolean paced, PrintWriter out, PrintWriter err) {
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw");
        }
        RenderingDefaults.apply();
        if (!paced) {
            // Pulses back to back, so each interval is what a frame costs rather than the 60 Hz tick.
            System.setProperty("javafx.animation.fullspeed", "true");
        }
        CompletableFuture<Result> result = new CompletableFuture<>();
        try {
            Platform.startup(() -> measure(packets, frames, result));
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            err.println("bench: cannot open a window (is there a display? try xvfb-run): " + e.getMessage());
            return ExitStatus.FAILURE;
        }
        try {
            Result measured = result.get(10, TimeUnit.MINUTES);
            long[] sorted = measured.intervals().clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "bench: %d packets in flight (%d drawn), %d frames, prism.order=%s, %s%n",
                    packets, measured.drawn(), frames, System.getProperty("prism.order"),
                    paced ? "60 Hz pulse" : "frames back to back");
            out.printf(Locale.ROOT, "frame interval: p50 %.2f ms, p99 %.2f ms, max %.2f ms (target p99 < 16.7 ms)%n",
                    millis(percentile(sorted, 50)), millis(percentile(sorted, 99)), millis(sorted[sorted.length - 1]));
            return ExitStatus.OK;
        } catch (ExecutionException | TimeoutException e) {
            err.println("bench: the window did not finish: " + e);
            return ExitStatus.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitStatus.FAILURE;
        } finally {
            Platform.exit();
        }
    }

    private record Result(long[] intervals, int drawn) {
    }

    private static void measure(int packets, int frames, CompletableFuture<Result> result) {
        BundledFonts.load();
        Settings settings = Settings.inMemory();
        LanguageModel language = new LanguageModel(settings);
        language.show(Language.ENGLISH);
        Trace crowded = crowdedTrace(packets);
        LabModel model = new LabModel(input -> crowded, ScenarioCatalog.all().get(0));
        MainView main = new MainView(language, new DisplayModel(settings), model);
        Scene scene = new Scene(main, 1280, 800);
        LabApplication.applyTheme(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();

        long from = (packets - 1) * SPACING + 1_000;
        long span = FLIGHT - from - 1_000;
        long[] intervals = new long[frames];
        new AnimationTimer() {
            private int frame = -WARM_UP_FRAMES;
            private long last;
            private int drawn;

            @Override
            public void handle(long now) {
                if (frame >= 0 && frame < frames) {
                    intervals[frame] = now - last;
                }
                if (frame == 0) {
                    drawn = main.networkStage().packetNodes().size();
                }
                last = now;
                frame++;
                if (frame > frames) {
                    stop();
                    stage.hide();
                    result.complete(new Result(intervals, drawn));
                    return;
                }
                model.playback().seek(from + Math.floorMod(frame * STEP, span));
            }
        }.start();
    }

    /** {@code packets} data segments, alternately from each side, all on the wire at once for most of 2 s. */
    static Trace crowdedTrace(int packets) {
        List<TraceEvent> sent = new ArrayList<>();
        List<TraceEvent> delivered = new ArrayList<>();
        sent.add(new StateChanged(0, Side.CLIENT, TcpState.SYN_SENT, TcpState.ESTABLISHED));
        sent.add(new StateChanged(0, Side.SERVER, TcpState.SYN_RECEIVED, TcpState.ESTABLISHED));
        for (int i = 0; i < packets; i++) {
            Side from = i % 2 == 0 ? Side.CLIENT : Side.SERVER;
            Segment segment = new Segment(from, 1 + (i / 2) * 100L, 1, EnumSet.of(Flag.PSH, Flag.ACK), 100, 65_535);
            long at = i * SPACING;
            sent.add(new SegmentSent(at, from, i + 1, i / 2 + 1, segment, false));
            delivered.add(new SegmentDelivered(at + FLIGHT, from.peer(), i + 1, segment));
        }
        List<TraceEvent> events = new ArrayList<>(sent);
        events.addAll(delivered);
        return new Trace(events, (packets - 1) * SPACING + FLIGHT);
    }

    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
