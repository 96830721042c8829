package tcplab.playback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the packets of one direction are drawn along the wire, so that each segment is a packet of
 * its own. Segments a sender puts on the wire in one instant travel as a train: the first one
 * ahead, the others behind it in the order they left, the whole train leaving flush with the
 * sender and arriving flush with the receiver. Any packets that would still overlap (jitter lets
 * one catch up with another) are then pushed apart, keeping their order. A packet falling off the
 * wire is left where it fell. Lengths are in any unit, such as pixels.
 */
public final class WireLayout {

    /**
     * A packet to place.
     *
     * @param packet where the frame has it
     * @param width  its drawn length along the wire
     */
    public record Car(PacketPosition packet, double width) {
    }

    private WireLayout() {
    }

    /**
     * Places packets that all travel the same way.
     *
     * @param cars       the packets of one direction
     * @param wireLength the length of the wire
     * @param gap        the room kept between two packets
     * @return for each transmission id, the distance from the sender's end of the wire to the
     *         packet's end nearest the sender
     */
    public static Map<Integer, Double> place(List<Car> cars, double wireLength, double gap) {
        double slot = cars.stream().mapToDouble(Car::width).max().orElse(0);
        Map<Integer, Double> offsets = new HashMap<>();
        List<Car> onWire = new ArrayList<>();
        for (Car car : cars) {
            offsets.put(id(car), trainOffset(car, slot, wireLength, gap));
            if (!car.packet().falling()) {
                onWire.add(car);
            }
        }
        // Front first: the packet furthest along, and of packets level with each other the one sent first.
        onWire.sort(Comparator.<Car>comparingDouble(car -> -(offsets.get(id(car)) + car.width()))
                .thenComparingInt(car -> car.packet().flight().sentIndex()));
        pushApart(onWire, offsets, wireLength, gap);
        return offsets;
    }

    /** Where a car's place in its train puts it: the train's front moves from the sender's end to the receiver's. */
    private static double trainOffset(Car car, double slot, double wireLength, double gap) {
        Flight flight = car.packet().flight();
        int size = Math.max(1, flight.trainSize());
        double pitch = size == 1 ? 0 : Math.min(slot + gap, Math.max(0, wireLength - slot) / (size - 1));
        double span = slot + (size - 1) * pitch;
        double behindFront = (size - 1 - flight.trainIndex()) * pitch;
        double offset = car.packet().progress() * Math.max(0, wireLength - span) + behindFront + (slot - car.width());
        return clamp(offset, car, wireLength);
    }

    /**
     * Moves each packet back until it clears the one ahead of it, then, if that pushed the last one
     * off the sender's end, moves them forward from there; where the wire is too short for all,
     * packets overlap rather than leave it.
     */
    private static void pushApart(List<Car> frontFirst, Map<Integer, Double> offsets, double wireLength, double gap) {
        for (int i = 1; i < frontFirst.size(); i++) {
            Car car = frontFirst.get(i);
            double ahead = offsets.get(id(frontFirst.get(i - 1)));
            offsets.put(id(car), Math.min(offsets.get(id(car)), ahead - gap - car.width()));
        }
        for (int i = frontFirst.size() - 1; i >= 0; i--) {
            Car car = frontFirst.get(i);
            double floor = 0;
            if (i + 1 < frontFirst.size()) {
                Car behind = frontFirst.get(i + 1);
                floor = offsets.get(id(behind)) + behind.width() + gap;
            }
            offsets.put(id(car), clamp(Math.max(offsets.get(id(car)), floor), car, wireLength));
        }
    }

    private static double clamp(double offset, Car car, double wireLength) {
        return Math.max(0, Math.min(offset, wireLength - car.width()));
    }

    private static int id(Car car) {
        return car.packet().flight().transmissionId();
    }
}
