package tcplab.playback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sequence diagram's label placement, measured without a window: every character 7 px wide, lines 15 px high. */
class LadderLabelLayoutTest {

    private static final double CHAR = 7;
    private static final double LINE = 15;
    private static final TextMeasure MONOSPACE = new TextMeasure() {
        @Override
        public double width(String text) {
            double widest = 0;
            for (String line : text.split("\n", -1)) {
                widest = Math.max(widest, line.codePointCount(0, line.length()) * CHAR);
            }
            return widest;
        }

        @Override
        public double height(String text) {
            return text.split("\n", -1).length * LINE;
        }
    };
    private final LadderLabelLayout layout = new LadderLabelLayout(MONOSPACE);

    @Test
    void aLabelThatFitsStaysOnOneLine() {
        assertThat(layout.wrap("SYN  seq 0  len 0", 17 * CHAR)).isEqualTo("SYN  seq 0  len 0");
    }

    @Test
    void theKindGoesAboveTheNumbersWhenBothFit() {
        assertThat(layout.wrap("SYN+ACK  seq 0  ack 1  len 0", 20 * CHAR)).isEqualTo("SYN+ACK\nseq 0  ack 1  len 0");
    }

    @Test
    void narrowRoomBreaksBetweenPartsThenWords() {
        String wrapped = layout.wrap("SYN+ACK  seq 0  ack 1  len 0", 9 * CHAR);
        assertThat(wrapped.split("\n")).containsExactly("SYN+ACK", "seq 0", "ack 1", "len 0");
    }

    @Test
    void textWithoutSpacesBreaksBetweenCharacters() {
        String korean = "재전송된세그먼트입니다";
        String wrapped = layout.wrap(korean, 4 * CHAR);
        assertThat(wrapped.split("\n")).containsExactly("재전송된", "세그먼트", "입니다");
        assertThat(wrapped.replace("\n", "")).isEqualTo(korean);
    }

    @Test
    void aWordTooWideAmongOthersIsCutAndNothingIsLost() {
        String text = "재전송(retransmission)  seq 1  len 64";
        String wrapped = layout.wrap(text, 10 * CHAR);
        for (String line : wrapped.split("\n")) {
            assertThat(MONOSPACE.width(line)).as(line).isLessThanOrEqualTo(10 * CHAR);
        }
        assertThat(wrapped.replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
    }

    @Test
    void labelsOfSegmentsSentTogetherAreStackedApartBetweenTheTimeLines() {
        // Three arrows on the same line: same centre, same height.
        LadderLabelLayout.Request request = new LadderLabelLayout.Request("ACK  seq 1  ack 1  len 0", 200, x -> 300);
        List<LadderLabelLayout.Placed> placed = layout.place(List.of(request, request, request), List.of(), 100, 300, 40);
        assertThat(placed).hasSize(3).allSatisfy(box -> {
            assertThat(box.x()).isGreaterThanOrEqualTo(100 + LadderLabelLayout.MARGIN);
            assertThat(box.maxX()).isLessThanOrEqualTo(300 - LadderLabelLayout.MARGIN);
            assertThat(box.y()).isGreaterThanOrEqualTo(40);
        });
        assertThat(placed.get(0).maxY()).as("the first sits just above its arrow")
                .isEqualTo(300 - LadderLabelLayout.GAP);
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).overlaps(placed.get(j))).as("%s and %s", placed.get(i), placed.get(j)).isFalse();
            }
        }
    }

    @Test
    void labelsOfCrossingArrowsStayOnTheirOwnArrows() {
        // A slow segment and three sent together the other way (a row apart) that cross it, as heavy delay and jitter draw them.
        List<LadderLabelLayout.Request> requests = List.of(
                new LadderLabelLayout.Request("DATA  seq 1  ack 1  len 64", 350, x -> 100 + (x - 100) * 1.2),
                new LadderLabelLayout.Request("ACK  seq 1  ack 65  len 0", 350, x -> 400 - (x - 100) * 0.6),
                new LadderLabelLayout.Request("ACK  seq 1  ack 65  len 0", 350, x -> 418 - (x - 100) * 0.6),
                new LadderLabelLayout.Request("FIN+ACK  seq 1  ack 65  len 0", 350, x -> 436 - (x - 100) * 0.6));
        List<LadderLabelLayout.Placed> placed = layout.place(requests, List.of(), 100, 600, 40);
        for (int i = 0; i < placed.size(); i++) {
            LadderLabelLayout.Placed box = placed.get(i);
            double lineAtCentre = requests.get(i).lineY().applyAsDouble(box.x() + box.width() / 2);
            assertThat(lineAtCentre).as("the arrow of %s passes along its label", box.text())
                    .isBetween(box.y() - LadderLabelLayout.GAP, box.maxY() + LadderLabelLayout.GAP);
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(box.overlaps(placed.get(j))).as("%s and %s", box, placed.get(j)).isFalse();
            }
        }
    }

    @Test
    void aLabelMovedAsideNeverGoesAboveTheTop() {
        LadderLabelLayout.Request high = new LadderLabelLayout.Request("SYN  seq 0  len 0", 200, x -> 45);
        List<LadderLabelLayout.Placed> placed = layout.place(List.of(high, high), List.of(), 100, 300, 40);
        assertThat(placed.get(1).y()).isGreaterThanOrEqualTo(40);
        assertThat(placed.get(0).overlaps(placed.get(1))).isFalse();
    }

    @Test
    void aLabelWiderThanTheRoomIsWrappedToIt() {
        LadderLabelLayout.Request request = new LadderLabelLayout.Request("FIN+ACK  seq 65  ack 513  len 0", 150, x -> 200);
        LadderLabelLayout.Placed box = layout.place(List.of(request), List.of(), 100, 200, 40).get(0);
        assertThat(box.text()).contains("\n");
        assertThat(box.width()).isLessThanOrEqualTo(100 - 2 * LadderLabelLayout.MARGIN);
        assertThat(box.height()).isEqualTo(box.text().split("\n").length * LINE + 2 * LadderLabelLayout.PAD);
    }

    @Test
    void noLabelCoversTheCrossOfALostSegment() {
        // A lost ACK's cross where the data sent with it passes: the data's label would sit on it.
        LadderLabelLayout.Placed cross = new LadderLabelLayout.Placed("", 190, 280, 20, 20);
        LadderLabelLayout.Request data = new LadderLabelLayout.Request("DATA  seq 1  ack 1  len 64", 200, x -> 318);
        LadderLabelLayout.Placed free = layout.place(List.of(data), List.of(), 100, 300, 40).get(0);
        assertThat(free.overlaps(cross)).as("without the cross kept, the label would cover it").isTrue();
        LadderLabelLayout.Placed box = layout.place(List.of(data), List.of(cross), 100, 300, 40).get(0);
        assertThat(box.overlaps(cross)).as("%s", box).isFalse();
        assertThat(data.lineY().applyAsDouble(box.x() + box.width() / 2))
                .as("still on its arrow").isBetween(box.y() - LadderLabelLayout.GAP, box.maxY() + LadderLabelLayout.GAP);
    }
}
