package tcplab.playback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Where the sequence diagram's arrow labels go, as plain geometry: each label is wrapped to the
 * room between the time lines, centred there just above its arrow; if labels placed before it are
 * in the way (segments sent in the same instant, arrows that cross), it slides along its arrow,
 * above or below it, and only if that finds no room is it moved down (or up) a step at a time. Text is measured through {@link TextMeasure}, so no window is needed.
 */
public final class LadderLabelLayout {

    /** Room kept between a label and a time line, so an arrowhead stays visible beside it. */
    public static final double MARGIN = 8;
    public static final double PAD = 3;
    public static final double GAP = 2;
    /** How many places on each side of the wanted one a label tries along its arrow. */
    private static final int ALONG_STEPS = 6;

    /**
     * One arrow's label to place.
     *
     * @param text    the label, its parts separated by two spaces (kind, then numbers)
     * @param centreX where the label would be centred if nothing were in the way
     * @param lineY   the height of the arrow's line at a given x
     */
    public record Request(String text, double centreX, DoubleUnaryOperator lineY) {
    }

    /**
     * A placed label: its wrapped text and the box of its background patch.
     */
    public record Placed(String text, double x, double y, double width, double height) {

        public double maxX() {
            return x + width;
        }

        public double maxY() {
            return y + height;
        }

        public boolean overlaps(Placed other) {
            return x < other.maxX() + GAP && other.x < maxX() + GAP
                    && y < other.maxY() + GAP && other.y < maxY() + GAP;
        }
    }

    private final TextMeasure measure;

    public LadderLabelLayout(TextMeasure measure) {
        this.measure = measure;
    }

    /**
     * Places every label between the time lines at {@code clientX} and {@code serverX}, none higher
     * than {@code top}, in the order given: a later label yields to an earlier one, and every label
     * to the {@code kept} boxes (the crosses of lost segments), which nothing may cover.
     */
    public List<Placed> place(List<Request> requests, List<Placed> kept, double clientX, double serverX, double top) {
        double left = clientX + MARGIN;
        double right = serverX - MARGIN;
        List<Placed> taken = new ArrayList<>(kept);
        List<Placed> placed = new ArrayList<>();
        for (Request request : requests) {
            Placed box = placeOne(request, left, right, top, taken);
            taken.add(box);
            placed.add(box);
        }
        return placed;
    }

    private Placed placeOne(Request request, double left, double right, double top, List<Placed> placed) {
        String text = wrap(request.text(), right - left - 2 * PAD);
        double boxWidth = Math.min(measure.width(text) + 2 * PAD, right - left);
        double boxHeight = measure.height(text) + 2 * PAD;
        double minX = Math.max(left, Math.min(right - boxWidth, request.centreX() - boxWidth / 2));
        double wanted = request.lineY().applyAsDouble(minX + boxWidth / 2) - boxHeight - GAP;
        Placed box = new Placed(text, minX, wanted, boxWidth, boxHeight);
        if (!overlapsAny(box, placed)) {
            return box;
        }
        // Slid along its own arrow, just above or just below it, nearest the wanted place first: a label
        // kept from its place by others (simultaneous or crossing segments, heavy delay, jitter) stays on its arrow.
        double slack = right - boxWidth - left;
        double stride = Math.max(slack / ALONG_STEPS, 4);
        for (int step = 0; step <= 2 * ALONG_STEPS; step++) {
            double x = minX + (step + 1) / 2 * stride * (step % 2 == 1 ? -1 : 1);
            if (x < left || x > right - boxWidth) {
                continue;
            }
            double lineAt = request.lineY().applyAsDouble(x + boxWidth / 2);
            for (double y : new double[] {lineAt - boxHeight - GAP, lineAt + GAP}) {
                Placed along = new Placed(text, x, y, boxWidth, boxHeight);
                if (y >= top && !overlapsAny(along, placed)) {
                    return along;
                }
            }
        }
        for (int step = 1; overlapsAny(box, placed); step++) {
            // Below first (the later label goes under), then above, further each time.
            double shift = (step + 1) / 2 * (boxHeight / 2 + GAP) * (step % 2 == 1 ? 1 : -1);
            box = new Placed(text, minX, Math.max(top, wanted + shift), boxWidth, boxHeight);
        }
        return box;
    }

    private static boolean overlapsAny(Placed box, List<Placed> others) {
        for (Placed other : others) {
            if (box.overlaps(other)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Fits a label to the given width: the kind above the numbers if that is enough, else greedy
     * line filling, breaking between the label's parts (separated by two spaces), where a part
     * alone is too wide between its words, and where a word alone is too wide (Korean may be
     * written without spaces) between its characters.
     */
    public String wrap(String text, double room) {
        if (fits(text, room)) {
            return text;
        }
        String[] parts = text.split(" {2,}");
        // The kind on one line and the numbers on the next reads best, when both fit.
        String numbers = String.join("  ", Arrays.copyOfRange(parts, 1, parts.length));
        if (parts.length > 1 && fits(parts[0], room) && fits(numbers, room)) {
            return parts[0] + '\n' + numbers;
        }
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : parts) {
            String separator = line.isEmpty() ? "" : "  ";
            for (String word : fits(part, room) ? new String[] {part} : part.split(" ")) {
                for (String piece : fits(word, room) ? List.of(word) : characterRuns(word, room)) {
                    String longer = line + separator + piece;
                    if (line.isEmpty() || fits(longer, room)) {
                        line = longer;
                    } else {
                        lines.add(line);
                        line = piece;
                    }
                    separator = "";
                }
                separator = " ";
            }
        }
        lines.add(line);
        return String.join("\n", lines);
    }

    /** A word too wide for the room, cut into runs of characters that fit (at least one character each). */
    private List<String> characterRuns(String word, double room) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        word.codePoints().forEach(codePoint -> {
            String longer = run + Character.toString(codePoint);
            if (run.length() > 0 && !fits(longer, room)) {
                runs.add(run.toString());
                run.setLength(0);
            }
            run.appendCodePoint(codePoint);
        });
        runs.add(run.toString());
        return runs;
    }

    private boolean fits(String text, double room) {
        return measure.width(text) <= room;
    }
}
