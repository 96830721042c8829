package tcplab.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcplab.HandmadeTraces;
import tcplab.engine.Flag;
import tcplab.engine.Side;

class WireLayoutTest {

    private static final double WIRE = 400;
    private static final double GAP = 6;

    @Test
    void aLonePacketTravelsFromFlushWithItsSenderToFlushWithItsReceiver() {
        assertThat(offset(car(1, 0, 1, 0, 60), 0)).isZero();
        assertThat(offset(car(1, 0, 1, 0, 60), 0.5)).isCloseTo(170, within(1e-9));
        assertThat(offset(car(1, 0, 1, 0, 60), 1)).isCloseTo(340, within(1e-9));
    }

    @Test
    void aTrainKeepsItsOrderWithoutOverlapAllTheWay() {
        for (double progress = 0; progress <= 1; progress += 0.05) {
            WireLayout.Car first = car(1, 0, 3, progress, 60);
            WireLayout.Car second = car(2, 1, 3, progress, 50);
            WireLayout.Car third = car(3, 2, 3, progress, 60);
            Map<Integer, Double> placed = WireLayout.place(List.of(third, first, second), WIRE, GAP);
            assertThat(placed.get(1)).as("first ahead of second at %s", progress).isGreaterThanOrEqualTo(placed.get(2) + 50 + GAP);
            assertThat(placed.get(2)).as("second ahead of third at %s", progress).isGreaterThanOrEqualTo(placed.get(3) + 60 + GAP);
            assertThat(placed.get(3)).isGreaterThanOrEqualTo(0);
            assertThat(placed.get(1) + 60).isLessThanOrEqualTo(WIRE);
        }
        Map<Integer, Double> leaving = WireLayout.place(List.of(car(1, 0, 2, 0, 60), car(2, 1, 2, 0, 60)), WIRE, GAP);
        assertThat(leaving.get(2)).isZero();
        Map<Integer, Double> arriving = WireLayout.place(List.of(car(1, 0, 2, 1, 60), car(2, 1, 2, 1, 60)), WIRE, GAP);
        assertThat(arriving.get(1) + 60).isCloseTo(WIRE, within(1e-9));
    }

    @Test
    void aTrainMovesSteadilyFromTheFirstMoment() {
        double before = -1;
        for (double progress = 0; progress <= 1; progress += 0.1) {
            double lead = WireLayout.place(List.of(car(1, 0, 2, progress, 60), car(2, 1, 2, progress, 60)), WIRE, GAP).get(1);
            assertThat(lead).isGreaterThan(before);
            before = lead;
        }
    }

    @Test
    void aPacketThatCatchesUpWithAnotherIsPushedBehindIt() {
        Map<Integer, Double> placed = WireLayout.place(List.of(car(1, 0, 1, 0.50, 60), car(2, 0, 1, 0.52, 60)), WIRE, GAP);
        double ahead = Math.max(placed.get(1), placed.get(2));
        double behind = Math.min(placed.get(1), placed.get(2));
        assertThat(ahead - behind).isGreaterThanOrEqualTo(60 + GAP);
    }

    @Test
    void aFallingPacketStaysWhereItFellAndOthersPassIt() {
        WireLayout.Car falling = new WireLayout.Car(new PacketPosition(flight(1, 0, 2), 0.5, true, 0.3), 60);
        WireLayout.Car passing = car(2, 1, 2, 0.6, 60);
        Map<Integer, Double> placed = WireLayout.place(List.of(falling, passing), WIRE, GAP);
        Map<Integer, Double> alone = WireLayout.place(List.of(falling), WIRE, GAP);
        assertThat(placed.get(1)).isEqualTo(alone.get(1));
    }

    @Test
    void onATooShortWireThePacketsStayOnIt() {
        List<WireLayout.Car> cars = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            cars.add(car(i + 1, i, 10, 0.5, 60));
        }
        Map<Integer, Double> placed = WireLayout.place(cars, 300, GAP);
        assertThat(placed.values()).allSatisfy(offset -> assertThat(offset).isBetween(0.0, 240.0));
        for (int i = 1; i < 10; i++) {
            assertThat(placed.get(i)).isGreaterThanOrEqualTo(placed.get(i + 1));
        }
    }

    private static double offset(WireLayout.Car car, double progress) {
        WireLayout.Car moved = new WireLayout.Car(new PacketPosition(car.packet().flight(), progress, false, 0), car.width());
        return WireLayout.place(List.of(moved), WIRE, GAP).get(car.packet().flight().transmissionId());
    }

    private static WireLayout.Car car(int id, int trainIndex, int trainSize, double progress, double width) {
        return new WireLayout.Car(new PacketPosition(flight(id, trainIndex, trainSize), progress, false, 0), width);
    }

    private static Flight flight(int id, int trainIndex, int trainSize) {
        return new Flight(id, HandmadeTraces.segment(Side.CLIENT, 1000 + id, 0, 0, Flag.ACK), id, 0, 50_000,
                Flight.Outcome.DELIVERED, false, false, id, 100 + id, trainIndex, trainSize);
    }
}
